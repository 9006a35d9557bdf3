import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "@playwright/test";
import { approve, commentsOf, createApprovedComment, createArticle, setStatus, unique, useSettings } from "./support/db";

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

  test("refuses a body that is not exactly application/json with 415, and stores nothing", async ({ request }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false });
    const article = await createArticle();
    const data = (body: string) => JSON.stringify({ article: article.slug, name: "Typed", email: "typed@example.org", body });
    for (const type of [
      "text/plain; application/json",
      "text/plain;charset=utf-8;application/json",
      "application/x-www-form-urlencoded; application/json",
      "multipart/form-data; boundary=application/json",
      "application/json, text/plain",
      "application/jsonp",
      "application/json; charset=iso-8859-1",
    ]) {
      const response = await request.post("/api/comments", { data: data(type), headers: { "content-type": type } });
      expect(response.status(), type).toBe(415);
      expect((await response.json()).error).toBe("Send the comment as application/json.");
    }
    expect(await commentsOf(article.id)).toHaveLength(0);
    for (const type of ["application/json; charset=utf-8", "Application/JSON"]) {
      expect((await request.post("/api/comments", { data: data(type), headers: { "content-type": type } })).status(), type).toBe(201);
    }
    expect((await commentsOf(article.id)).map((c) => c.body)).toEqual(["application/json; charset=utf-8", "Application/JSON"]);
  });

  test("a page on another site cannot post or read through its visitors' browsers; this site's pages and listed origins can", async ({ page, request, baseURL }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false });
    const article = await createArticle();
    const comment = (body: string) => ({ article: article.slug, name: "Visitor", email: "visitor@example.org", body });

    // A page on another site (127.0.0.1 is another site than localhost), with
    // no policy of its own, sending what a plain form may send without a CORS
    // preflight, then what needs one.
    const otherSite = baseURL!.replace("localhost", "127.0.0.1");
    // Chromium asks before a page reaches a loopback address it was not served
    // from; other browsers do not, and a visitor may say yes: grant it.
    await page.context().grantPermissions(["local-network-access"], { origin: otherSite });
    await page.route(`${otherSite}/attacker.html`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Another site</title>" }));
    await page.goto(`${otherSite}/attacker.html`);
    const answered: number[] = [];
    page.on("response", (response) => {
      if (response.url() === `${baseURL}/api/comments` && response.request().method() === "POST") answered.push(response.status());
    });
    const outcomes = await page.evaluate(async ({ url, data }) => {
      const results: string[] = [];
      for (const init of [
        { mode: "no-cors", headers: { "Content-Type": "text/plain; application/json" }, body: JSON.stringify(data[0]) },
        { mode: "cors", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data[1]) },
      ] as RequestInit[]) {
        // A no-cors answer is opaque to the page either way; what matters is what the server did.
        results.push(await fetch(url, { method: "POST", ...init }).then(() => "answered", () => "failed"));
      }
      return results;
    }, { url: `${baseURL}/api/comments`, data: [comment("Forged from another site."), comment("Forged with CORS.")] });
    // The forged post reached the server and was refused; the CORS one never
    // left the browser, its preflight refused.
    await expect.poll(() => answered).toEqual([403]);
    expect(outcomes[1]).toBe("failed");
    expect(await commentsOf(article.id)).toHaveLength(0);

    // The refusal as a client sees it.
    const crossSite: Record<string, string>[] = [{ Origin: "https://evil.example" }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }];
    for (const headers of crossSite) {
      const refused = await request.post("/api/comments", { data: comment(JSON.stringify(headers)), headers });
      expect(refused.status(), JSON.stringify(headers)).toBe(403);
      expect((await refused.json()).error).toMatch(/other sites/);
      expect((await request.get(`/api/comments?article=${article.slug}`, { headers })).status()).toBe(403);
    }
    expect(await commentsOf(article.id)).toHaveLength(0);

    // This site's own page, from the visitor's browser.
    await page.goto(`/articles/${article.slug}`);
    const own = await page.evaluate(async (data) => {
      const response = await fetch("/api/comments", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
      return response.status;
    }, comment("From this site's own page."));
    expect(own).toBe(201);

    // A listed origin (playwright.config.ts sets API_ALLOWED_ORIGINS): its
    // preflight is answered and its responses are readable there.
    const partner = { Origin: "https://partner.example", "Sec-Fetch-Site": "cross-site" };
    const preflight = await request.fetch("/api/comments", {
      method: "OPTIONS",
      headers: { ...partner, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("https://partner.example");
    expect(preflight.headers()["access-control-allow-headers"]).toBe("Content-Type");
    const listed = await request.post("/api/comments", { data: comment("From a listed partner site."), headers: partner });
    expect(listed.status()).toBe(201);
    expect(listed.headers()["access-control-allow-origin"]).toBe("https://partner.example");
    expect((await request.fetch("/api/comments", { method: "OPTIONS", headers: { Origin: "https://evil.example" } })).status()).toBe(403);

    expect((await commentsOf(article.id)).map((c) => c.body)).toEqual(["From this site's own page.", "From a listed partner site."]);
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
  // The enhanced form (it turns off the browser's own validation once
  // hydrated) answers with the action's result; before that, a click would
  // post the plain form and navigate, and there would be no answer to read.
  await expect(page.locator("#respond form")).toHaveAttribute("novalidate", "");
  await page.getByLabel("Comment *").fill("Nobody may learn my address.");
  await page.getByLabel("Name *").fill(name);
  await page.getByLabel("Email *").fill(email);
  // The action's own response, fetched on the page's behalf and read in full
  // here: a response listener that reads after an await can be counted before
  // it has run, and the browser may drop the body once the page moves on.
  let resolveAction: (text: string) => void = () => {};
  const actionText = new Promise<string>((resolve) => (resolveAction = resolve));
  await page.route(`**/articles/${article.slug}`, async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) return route.fallback();
    const response = await route.fetch();
    resolveAction(await response.text());
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#respond").getByRole("status")).toContainText("published");
  const action = await actionText;
  expect(action).toContain("Nobody may learn my address.");

  await expect(async () => {
    const html = await (await request.get(`/articles/${article.slug}`)).text();
    expect(html).toContain("Nobody may learn my address.");
  }).toPass({ timeout: 10_000 });
  const outputs = [
    action,
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
  }).toPass({ timeout: 10_000 });
  const site = await (await request.get("/comments/feed.xml")).text();
  expect(XMLValidator.validate(site)).toBe(true);
});

test("held, spam and trashed comments are not reachable by id by readers", async ({ page, request }) => {
  const article = await createArticle();
  const comment = await createApprovedComment(article, { name: "Hidden", email: "hidden@example.org", body: "Not for the public." });
  await approve(comment.id, article.slug);
  for (const status of ["pending", "spam", "trash"] as const) {
    await setStatus(comment.id, status);
    for (const path of [`/articles/${article.slug}/comment/${comment.id}`, `/articles/${article.slug}/reply/${comment.id}`]) {
      await page.goto(path);
      await expect(page.getByText("Not for the public.")).toHaveCount(0);
    }
    await expect(async () => {
      const api = await (await request.get(`/api/comments?article=${article.slug}`)).text();
      expect(api).not.toContain("Not for the public.");
    }).toPass({ timeout: 10_000 });
  }
});
