import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "@playwright/test";
import { approve, commentsOf, createApprovedComment, createArticle, db, unique, useSettings } from "./support/db";

test.describe("the JSON API", () => {
  test("answers each outcome with its status code", async ({ request }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false });
    const article = await createArticle();
    const post = (data: unknown, headers: Record<string, string> = {}) => request.post("/api/comments", { data: data as object, headers });
    const base = { article: article.slug, name: unique("Api"), email: `${unique("api")}@example.org`, body: "Via the API." };

    const created = await post(base);
    expect(created.status()).toBe(201);
    const { id, status } = await created.json();
    expect(status).toBe("approved");
    expect(typeof id).toBe("number");

    expect((await post(base)).status()).toBe(409);
    const invalid = await post({ ...base, email: "nope", body: "" });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).fields).toEqual({ body: "Please type your comment.", email: "Please enter a valid email address, like name@example.com." });
    expect((await post({ ...base, article: "no-such-article", body: "x" })).status()).toBe(404);
    expect((await post({ ...base, parent: 999_999_999, body: "y" })).status()).toBe(404);
    const huge = await request.post("/api/comments", { data: JSON.stringify({ ...base, body: "x".repeat(1_100_000) }), headers: { "content-type": "application/json" } });
    expect(huge.status()).toBe(413);
    expect((await request.post("/api/comments", { data: "{not json", headers: { "content-type": "application/json" } })).status()).toBe(400);

    await useSettings({ floodSeconds: 15, requirePriorApproval: false });
    expect((await post({ ...base, email: "flood@example.org", body: "first" })).status()).toBe(201);
    const flood = await post({ ...base, email: "flood@example.org", body: "second" });
    expect(flood.status()).toBe(429);
    expect((await flood.json()).error).toBe("You are posting comments too quickly. Slow down.");

    const closed = await createArticle({ commentsOpen: false });
    expect((await post({ ...base, article: closed.slug, email: "closed@example.org" })).status()).toBe(403);
  });

  test("stores one comment when two identical posts race", async ({ request }) => {
    await useSettings({ floodSeconds: 15, requirePriorApproval: false });
    const article = await createArticle();
    const data = { article: article.slug, name: "Double", email: `${unique("double")}@example.org`, body: "Clicked twice." };
    const responses = await Promise.all([request.post("/api/comments", { data }), request.post("/api/comments", { data })]);
    expect(responses.map((r) => r.status()).sort()).toEqual([201, 409]);
    expect(await commentsOf(article.id)).toHaveLength(1);
  });

  test("lists approved comments without email or IP", async ({ request }) => {
    const article = await createArticle();
    const email = `${unique("secret")}@example.org`;
    await createApprovedComment(article, { name: "Listed", email, body: "Listed body." });
    const response = await request.get(`/api/comments?article=${article.slug}`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain("Listed body.");
    expect(text).not.toContain(email);
    expect(text).not.toContain("192.0.2.10");
    expect((await request.get("/api/comments")).status()).toBe(400);
    expect((await request.get("/api/comments?article=missing")).status()).toBe(404);
  });
});

test("a commenter's email appears in no public output", async ({ page, request }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  const email = `${unique("private")}@example.org`;
  const name = unique("Private");
  // Posted through the form, so the action's own answer is checked too.
  await page.goto(`/articles/${article.slug}`);
  const actionResponses: string[] = [];
  page.on("response", async (response) => {
    if (response.request().method() === "POST") actionResponses.push(await response.text().catch(() => ""));
  });
  await page.getByLabel("Comment *").fill("Nobody may learn my address.");
  await page.getByLabel("Name *").fill(name);
  await page.getByLabel("Email *").fill(email);
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#respond").getByRole("status")).toContainText("published");
  expect(actionResponses.length).toBeGreaterThan(0);

  await expect(async () => {
    const html = await (await request.get(`/articles/${article.slug}`)).text();
    expect(html).toContain("Nobody may learn my address.");
  }).toPass({ timeout: 5_000 });
  const outputs = [
    ...actionResponses,
    await (await request.get(`/articles/${article.slug}`)).text(),
    await (await request.get(`/articles/${article.slug}`, { headers: { RSC: "1" } })).text(),
    await (await request.get(`/articles/${article.slug}/comments/feed.xml`)).text(),
    await (await request.get("/comments/feed.xml")).text(),
    await (await request.get(`/api/comments?article=${article.slug}`)).text(),
    await (await request.get(`/api/comments/own?article=${article.slug}`)).text(),
  ];
  for (const output of outputs) {
    expect(output).not.toContain(email);
    expect(output.toLowerCase()).not.toContain(email.split("@")[0]!.toLowerCase());
  }
});

test("comment feeds are well-formed RSS with the approved comment", async ({ request }) => {
  const article = await createArticle();
  const body = "In the <feed> & ]]> still text.";
  await createApprovedComment(article, { name: "Feeder", email: "feeder@example.org", body });
  await expect(async () => {
    const xml = await (await request.get(`/articles/${article.slug}/comments/feed.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = new XMLParser().parse(xml).rss.channel.item;
    expect(item.title).toBe(`Feeder on “${article.title}”`);
    expect(item.description).toBe(body);
    expect(xml).not.toContain("feeder@example.org");
  }).toPass({ timeout: 5_000 });
  const site = await (await request.get("/comments/feed.xml")).text();
  expect(XMLValidator.validate(site)).toBe(true);
});

const hostile = [
  `<script>window.__pwned = 1; alert("x")</script>`,
  `<img src=x onerror="window.__pwned = 1">`,
  `<svg onload="window.__pwned=1"></svg>`,
  `"><iframe src="https://evil.example"></iframe>`,
  `<a href="javascript:window.__pwned=1">click</a>`,
  `javascript:window.__pwned=1`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `<style>body{display:none}</style>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  `</textarea><script>window.__pwned=1</script>`,
  `\u202Egnp.exe — reversed`,
  `zero\u200Bwidth\u200Djoin\uFEFFbom`,
  `Қазақстан — 中文 — العربية — 👩‍👩‍👧 🇰🇿`,
];

test("hostile text is stored as written and shown as inert text", async ({ page, request }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  const stored: string[] = [];
  for (const [index, body] of hostile.entries()) {
    const response = await request.post("/api/comments", {
      data: { article: article.slug, name: `${body.slice(0, 40)} ${index}`.replace(/[\u202A-\u202E]/g, ""), email: `h${index}@example.org`, body },
    });
    expect(response.status(), body).toBe(201);
    stored.push(body);
  }
  const rejected = [
    { website: "javascript:alert(1)" },
    { website: "data:text/html,<script>alert(1)</script>" },
    { body: "nul\u0000byte" },
    { body: "lone \uD800 surrogate" },
    { email: "a@example.org\r\nBcc: b@example.org" },
    { name: "\u202Eevil" },
  ];
  for (const patch of rejected) {
    const response = await request.post("/api/comments", { data: { article: article.slug, name: "R", email: "r@example.org", body: "ok", ...patch } });
    expect(response.status(), JSON.stringify(patch)).toBe(400);
  }

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://localhost")) foreign.push(r.url());
  });
  await expect(async () => {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator("#comments > div ol > li")).toHaveCount(hostile.length, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("#comments iframe, #comments img, #comments svg[onload], #comments style")).toHaveCount(0);
  // Each body is on the page exactly as written, as text.
  const texts = await page.locator("#comments article .isolate-text").allInnerTexts();
  for (const body of stored) expect(texts.map((t) => t.trim())).toContain(body.trim());
  const hrefs = await page.locator("#comments a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => /^(javascript|data):/i.test(href))).toEqual([]);

  const rows = await (await db()).comment.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" }, select: { body: true } });
  expect(rows.map((r) => r.body)).toEqual(stored);
});

test("held, spam and trashed comments are not reachable by id by readers", async ({ page, request }) => {
  const article = await createArticle();
  const comment = await createApprovedComment(article, { name: "Hidden", email: "hidden@example.org", body: "Not for the public." });
  await approve(comment.id, article.slug);
  for (const status of ["pending", "spam", "trash"]) {
    await (await db()).comment.update({ where: { id: comment.id }, data: { status } });
    await (await db()).cacheSignal.create({ data: { path: `/articles/${article.slug}` } });
    for (const path of [`/articles/${article.slug}/comment/${comment.id}`, `/articles/${article.slug}/reply/${comment.id}`]) {
      await page.goto(path);
      await expect(page.getByText("Not for the public.")).toHaveCount(0);
    }
    await expect(async () => {
      const api = await (await request.get(`/api/comments?article=${article.slug}`)).text();
      expect(api).not.toContain("Not for the public.");
    }).toPass({ timeout: 5_000 });
  }
});
