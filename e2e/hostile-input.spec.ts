import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { summarize } from "../lib/articles/parse-article";
import { allElements, child, children, parseXmlStrict, textOnly, type XmlElement } from "../lib/testing/strict-xml";
import { createUser, signIn } from "./auth-fixtures";
import { createArticle, db, unique, useSettings, writeThrough } from "./support/db";
import { HOSTILE_TEXT, REFUSED_INPUT, hostileName } from "./support/hostile";

test.describe.configure({ timeout: 180_000 });

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

// What an RSS feed of this site is made of (lib/feeds/rss-document.ts): any
// other element in a parsed feed was written by a commenter.
const RSS_ELEMENTS = new Set([
  "rss", "channel", "title", "link", "description", "language", "copyright", "lastBuildDate",
  "generator", "docs", "atom:link", "item", "guid", "pubDate", "dc:creator",
]);

// An article whose title and lead are hostile too: they reach the article
// feed, every comment's feed title and the dashboard.
const ARTICLE_TITLE = `]]>]]><x:evil xmlns:x="urn:evil">title</x:evil><?xml-stylesheet href="https://evil.example/x.xsl"?> &amp;lt; “T”`;
const ARTICLE_BODY = `<script>window.__pwned=1</script> ]]> ]]> &#x3C;svg onload=window.__pwned=1&#x3E; <!ENTITY x "y">\n\nA second paragraph.`;

type Posted = { id: number; name: string; body: string };

// The feeds hold the latest 50 comments, so inputs are posted and checked in batches.
const BATCH = 25;

/** Reads a feed with the strict parser; fails on a doctype, a processing instruction or an element RSS does not have. */
async function readFeed(request: APIRequestContext, path: string, type = "application/rss+xml"): Promise<XmlElement> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toContain(type);
  const xml = await response.text();
  expect(xml, path).not.toMatch(/hostile\d+@example\.org/);
  const document = parseXmlStrict(xml);
  expect(document.doctype, path).toBeNull();
  expect(document.instructions, path).toEqual([]);
  return document.root;
}

/** Every posted comment, in both comment feeds, with its text exactly as written. */
async function expectInCommentFeeds(request: APIRequestContext, baseURL: string, article: { slug: string }, batch: Posted[]) {
  for (const path of [`/articles/${article.slug}/comments/feed.xml`, "/comments/feed.xml"]) {
    await expect(async () => {
      const root = await readFeed(request, path);
      expect([...new Set(allElements(root).map((e) => e.name))].filter((name) => !RSS_ELEMENTS.has(name)), path).toEqual([]);
      const items = new Map(children(child(root, "channel"), "item").map((item) => [textOnly(child(item, "guid")), item]));
      for (const comment of batch) {
        const item = items.get(`${baseURL}/articles/${article.slug}#comment-${comment.id}`);
        expect(item, `${path} has comment ${comment.id}`).toBeDefined();
        expect(textOnly(child(item!, "description")), `${path} #${comment.id}`).toBe(comment.body);
        expect(textOnly(child(item!, "dc:creator")), `${path} #${comment.id}`).toBe(comment.name);
        expect(textOnly(child(item!, "title")), `${path} #${comment.id}`).toBe(`${comment.name} on “${ARTICLE_TITLE}”`);
      }
    }).toPass({ timeout: 10_000 });
  }
}

/** What a reader's browser shows of each comment, and which elements it made of it. */
async function renderedComments(page: Page, selector: { card: string; id: string; name: string; body: string }) {
  return page.locator(selector.card).evaluateAll((cards, s) => {
    const tags = (node: Element | null) => (node ? [...node.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()) : ["missing"]);
    return cards.map((card) => {
      const name = card.querySelector(s.name);
      const body = card.querySelector(s.body);
      return {
        id: Number(card.getAttribute(s.id)?.replace(/\D/g, "")),
        name: name?.textContent ?? null,
        body: body?.textContent ?? null,
        nameTags: tags(name),
        bodyTags: tags(body),
        hrefs: [...(body?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href") ?? ""),
      };
    });
  }, selector);
}

test("hostile text posted through the API and the form is stored exactly, reads back exactly from every feed, and is inert on the article and the dashboard", async ({ page, request, browser, baseURL }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false, linkLimit: 0, commentsPerPage: 100 });
  const database = await db();
  // Published the way the app writes: with its event, so the cached feed, sitemap and home page hear of it.
  const article = await writeThrough(async (tx) => {
    const created = await tx.article.create({
      data: { slug: unique("hostile-article"), title: ARTICLE_TITLE, body: ARTICLE_BODY, publishedAt: new Date("2026-01-01T00:00:00Z"), commentsOpen: true },
      select: { id: true, slug: true },
    });
    return { result: created, events: [{ type: "article.changed", articleId: created.id, payload: { slug: created.slug } }] };
  });

  // Most inputs through the JSON API, each as body and (made single-line) as author name.
  const posted: Posted[] = [];
  for (let start = 0; start < HOSTILE_TEXT.length; start += BATCH) {
    const batch: Posted[] = [];
    for (const [offset, body] of HOSTILE_TEXT.slice(start, start + BATCH).entries()) {
      const index = start + offset;
      const name = hostileName(body, index);
      const response = await request.post("/api/comments", {
        data: { article: article.slug, name, email: `hostile${index}@example.org`, website: "https://example.org/?a=<b>", body },
      });
      expect(response.status(), body.slice(0, 80)).toBe(201);
      const result = await response.json();
      expect(result.status, body.slice(0, 80)).toBe("approved");
      batch.push({ id: result.id, name, body });
    }
    await expectInCommentFeeds(request, baseURL!, article, batch);
    posted.push(...batch);
  }

  // A handful through the real form, with markup in every field (single-line:
  // a browser submits a textarea's line breaks as CRLF).
  const formInputs = [
    { name: `<b onmouseover=window.__pwned=1>Form</b>`, body: `<img src=x onerror=window.__pwned=1> via the form` },
    { name: `]]>]]><x:a xmlns:x="urn:x"/>`, body: `via the form ]]> ]]><script>window.__pwned=1</script>` },
    { name: `<?xml-stylesheet href="x.xsl"?>`, body: `via the form <?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>` },
    { name: `&amp;lt;b&amp;gt; &#x3C;i&#x3E;`, body: `via the form &amp;lt; &#x3C;svg onload=window.__pwned=1&#x3E; <!ENTITY e "x">&e;` },
    { name: `zero\u200Bwidth \u{1F469}\u200D\u{1F4BB}`, body: `via the form \u202Ereversed\u202C javascript:window.__pwned=1` },
  ];
  const formCheck = watch(page);
  for (const [index, input] of formInputs.entries()) {
    await page.goto(`/articles/${article.slug}`);
    await page.getByLabel("Comment *").fill(input.body);
    await page.getByLabel("Name *").fill(input.name);
    await page.getByLabel("Email *").fill(`form-hostile${index}@example.org`);
    await page.getByLabel("Website", { exact: true }).fill(`https://example.org/"><script>`);
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#respond").getByRole("status")).toContainText("published");
  }
  await formCheck();
  const fromForm = await database.comment.findMany({
    where: { articleId: article.id, authorEmail: { startsWith: "form-hostile" } },
    orderBy: { id: "asc" },
    select: { id: true, authorName: true, body: true },
  });
  expect(fromForm.map((c) => ({ name: c.authorName, body: c.body }))).toEqual(formInputs);
  const formPosted = fromForm.map((c) => ({ id: c.id, name: c.authorName, body: c.body }));
  await expectInCommentFeeds(request, baseURL!, article, formPosted);
  posted.push(...formPosted);

  // Stored exactly as written.
  const stored = await database.comment.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" }, select: { id: true, authorName: true, body: true } });
  expect(stored.map((c) => ({ id: c.id, name: c.authorName, body: c.body }))).toEqual(posted);

  // The article feed carries the hostile title and lead as text.
  await expect(async () => {
    const root = await readFeed(request, "/feed.xml");
    expect([...new Set(allElements(root).map((e) => e.name))].filter((name) => !RSS_ELEMENTS.has(name))).toEqual([]);
    const item = children(child(root, "channel"), "item").find((i) => textOnly(child(i, "link")) === `${baseURL}/articles/${article.slug}`);
    expect(item).toBeDefined();
    expect(textOnly(child(item!, "title"))).toBe(ARTICLE_TITLE);
    expect(textOnly(child(item!, "description"))).toBe(summarize(ARTICLE_BODY));
  }).toPass({ timeout: 10_000 });
  await expect(async () => {
    const sitemap = await readFeed(request, "/sitemap.xml", "xml");
    expect(allElements(sitemap).filter((e) => e.name === "loc").map(textOnly)).toContain(`${baseURL}/articles/${article.slug}`);
  }).toPass({ timeout: 10_000 });

  // Line ends as an HTML page delivers them (its parser turns CR into LF).
  const asHtml = (text: string) => text.replace(/\r\n?/g, "\n");
  const byId = new Map(posted.map((c) => [c.id, c]));

  // The article page: every comment is text, with links only to http(s) addresses.
  const reader = await browser.newPage();
  const check = watch(reader);
  await expect(async () => {
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator("#comments article.comment")).toHaveCount(posted.length, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await reader.mouse.move(300, 300);
  await check();
  const onArticle = await renderedComments(reader, { card: "#comments article.comment", id: "id", name: ".comment-author bdi", body: ".comment-body" });
  expect(onArticle.map((c) => c.id).sort((a, b) => a - b)).toEqual([...byId.keys()]);
  for (const shown of onArticle) {
    const comment = byId.get(shown.id)!;
    const paragraphs = asHtml(comment.body).split(/\n{2,}/).filter((p) => p.trim() !== "");
    expect(shown.name, `name of #${shown.id}`).toBe(comment.name);
    expect(shown.body, `body of #${shown.id}`).toBe(paragraphs.join(""));
    // The name links to the author's website, as every comment here has one.
    expect(shown.nameTags, `name of #${shown.id}`).toEqual(["a"]);
    expect(shown.bodyTags.filter((tag) => tag !== "p" && tag !== "a"), `body of #${shown.id}`).toEqual([]);
    expect(shown.hrefs.filter((href) => !/^https?:\/\//.test(href)), `links of #${shown.id}`).toEqual([]);
  }
  await reader.close();

  // The dashboard, where editors read the same text with more detail, 20 a page.
  const editor = await createUser({ role: "editor" });
  const dashboard = await browser.newPage();
  const checkDashboard = watch(dashboard);
  await signIn(dashboard, editor.email, editor.password);
  const seen = new Set<number>();
  let next: string | null = `/dashboard?status=approved&article=${article.slug}`;
  while (next) {
    await dashboard.goto(next);
    const cards = await renderedComments(dashboard, { card: "main article[data-comment-id]", id: "data-comment-id", name: "h3 .isolate-text", body: ":scope > div.isolate-text" });
    expect(cards.length).toBeGreaterThan(0);
    for (const shown of cards) {
      const comment = byId.get(shown.id)!;
      expect(shown.name, `dashboard name of #${shown.id}`).toBe(comment.name);
      expect(shown.body, `dashboard body of #${shown.id}`).toBe(asHtml(comment.body));
      expect([...shown.nameTags, ...shown.bodyTags], `dashboard #${shown.id}`).toEqual([]);
      seen.add(shown.id);
    }
    next = await dashboard.getByRole("link", { name: "Older →" }).getAttribute("href", { timeout: 1000 }).catch(() => null);
  }
  expect([...seen].sort((a, b) => a - b)).toEqual([...byId.keys()]);
  await dashboard.mouse.move(300, 300);
  await checkDashboard();
  await dashboard.close();
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
