import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { savedAccountPage } from "./auth-fixtures";
import { db, createArticle, useSettings } from "./support/db";
import { HOSTILE_TEXT, REFUSED_INPUT } from "./support/hostile";

test.describe.configure({ timeout: 120_000 });

/** Fails the test on any dialog, foreign request or script-set flag. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith("http://localhost") && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  };
}

test("hostile text posted through the API and the form is stored exactly and inert on the article, the dashboard and the feeds", async ({ page, request, browser }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  for (const [index, body] of HOSTILE_TEXT.entries()) {
    const name = `${body.replace(/[\u202A-\u202E\u2066-\u2069\r\n\t\u0000-\u001F]/g, "").slice(0, 60)} #${index}`;
    const response = await request.post("/api/comments", {
      data: { article: article.slug, name, email: `hostile${index}@example.org`, website: "https://example.org/?a=<b>", body },
    });
    expect(response.status(), body.slice(0, 80)).toBe(201);
  }
  // One more through the real form, with markup in every field.
  await page.goto(`/articles/${article.slug}`);
  await page.getByLabel("Comment *").fill(`<img src=x onerror=window.__pwned=1> via the form`);
  await page.getByLabel("Name *").fill(`<b onmouseover=window.__pwned=1>Form</b>`);
  await page.getByLabel("Email *").fill("form-hostile@example.org");
  await page.getByLabel("Website", { exact: true }).fill("https://example.org/\"><script>");
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#respond").getByRole("status")).toContainText("published");

  const stored = await (await db()).comment.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" }, select: { body: true } });
  expect(stored.slice(0, HOSTILE_TEXT.length).map((c) => c.body)).toEqual(HOSTILE_TEXT);

  // The article page.
  const reader = await browser.newPage();
  const check = watch(reader);
  await expect(async () => {
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator("#comments article")).toHaveCount(HOSTILE_TEXT.length + 1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await reader.mouse.move(300, 300);
  await check();
  await expect(reader.locator("#comments iframe, #comments img, #comments style, #comments object, #comments input[autofocus], #comments details, #comments b")).toHaveCount(0);
  const texts = (await reader.locator("#comments article .isolate-text").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  for (const body of HOSTILE_TEXT) expect(texts).toContain(body.replace(/\s+/g, " ").trim());
  const hrefs = await reader.locator("#comments a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
  await expect(reader.locator("#comments").getByText("<b onmouseover=window.__pwned=1>Form</b>")).toBeVisible();
  await reader.close();

  // The dashboard, where editors read the same text with more detail.
  const dashboard = await savedAccountPage(browser, "editor");
  const checkDashboard = watch(dashboard);
  await dashboard.goto(`/dashboard?status=approved&article=${article.slug}`);
  await expect(dashboard.getByText("via the form").first()).toBeVisible();
  await checkDashboard();
  await expect(dashboard.locator("main iframe, main img, main style, main object, main details")).toHaveCount(0);
  await dashboard.context().close();

  // The feeds: well-formed, with the text as text.
  for (const feed of [`/articles/${article.slug}/comments/feed.xml`, "/comments/feed.xml"]) {
    const xml = await (await request.get(feed)).text();
    expect(XMLValidator.validate(xml), feed).toBe(true);
    const items = [new XMLParser().parse(xml).rss.channel.item].flat() as { description: string }[];
    const descriptions = items.map((item) => String(item.description));
    if (feed.startsWith("/articles")) expect(descriptions).toContain(HOSTILE_TEXT[17]);
    expect(xml).not.toContain("hostile0@example.org");
  }
});

test("input that cannot be shown safely is refused with a message next to its field, through the API and the form", async ({ page, request }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  for (const { patch, field, message } of REFUSED_INPUT) {
    const response = await request.post("/api/comments", { data: { article: article.slug, name: "R", email: "r@example.org", body: "ok", ...patch } });
    expect(response.status(), JSON.stringify(patch).slice(0, 80)).toBe(400);
    expect((await response.json()).fields[field]).toMatch(message);
  }
  // The same refusal through the form, shown beside the field.
  await page.goto(`/articles/${article.slug}`);
  await page.getByLabel("Comment *").fill("fine");
  await page.getByLabel("Name *").fill("\u202Eevil");
  await page.getByLabel("Email *").fill("r@example.org");
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#author-error")).toContainText("text-direction");
  expect(await (await db()).comment.count({ where: { articleId: article.id } })).toBe(0);
});
