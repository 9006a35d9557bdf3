import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { approve, commentsOf, createApprovedComment, createArticle, setStatus, unique, useSettings } from "./support/db";

type Author = { name: string; email: string; website?: string };

function author(): Author {
  const name = unique("Reader");
  return { name, email: `${name.toLowerCase()}@example.org` };
}

async function fillComment(page: Page, body: string, who: Author) {
  await page.getByLabel("Comment *").fill(body);
  await page.getByLabel("Name *").fill(who.name);
  await page.getByLabel("Email *").fill(who.email);
  if (who.website) await page.getByLabel("Website", { exact: true }).fill(who.website);
}

/** Reloads until the text shows: publishing refreshes the static page within a second. */
async function expectPublished(page: Page, path: string, text: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByText(text)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

test.describe("the comment form", () => {
  test.beforeEach(async () => useSettings({ floodSeconds: 0 }));

  test("looks like WordPress's: heading, note, labelled fields and the button", async ({ page }) => {
    const article = await createArticle();
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { name: "Leave a Reply" })).toBeVisible();
    await expect(page.getByText("Your email address will not be published. Required fields are marked *")).toBeVisible();
    for (const label of ["Comment *", "Name *", "Email *", "Website"]) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expect(page.getByLabel("Save my name, email, and website in this browser for the next time I comment.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Post Comment" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No comments yet" })).toBeVisible();
  });

  test("with JavaScript: the author sees the held comment in place; nobody else does", async ({ page, browser }) => {
    const article = await createArticle();
    const me = author();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "My first thoughts on this.", me);
    await page.getByRole("button", { name: "Post Comment" }).click();

    await expect(page.getByRole("status")).toContainText("Your comment is awaiting moderation.");
    const mine = page.locator("article", { hasText: "My first thoughts on this." });
    await expect(mine).toContainText("Your comment is awaiting moderation.");
    await expect(mine).toContainText("this is your first comment here");
    await expect(page).toHaveURL(`/articles/${article.slug}`);
    await expect(page.getByLabel("Comment *")).toHaveValue("");

    await page.reload();
    await expect(page.locator("article", { hasText: "My first thoughts on this." })).toContainText("awaiting moderation");

    const stranger = await browser.newPage();
    await stranger.goto(`/articles/${article.slug}`);
    await expect(stranger.getByRole("heading", { name: "Leave a Reply" })).toBeVisible();
    await expect(stranger.getByText("My first thoughts on this.")).toHaveCount(0);
    const held = (await commentsOf(article.id)).at(-1)!;
    const response = await stranger.goto(`/articles/${article.slug}/comment/${held.id}`);
    expect(response?.url()).toMatch(new RegExp(`/articles/${article.slug}$`));
    await expect(stranger.getByText("My first thoughts on this.")).toHaveCount(0);
    await stranger.close();

    expect(held).toMatchObject({ status: "pending", authorEmail: me.email, body: "My first thoughts on this." });
  });

  test("without JavaScript: the post redirects to the comment's anchor with the outcome", async ({ browser }) => {
    const article = await createArticle();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const me = author();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "Posted with scripts off.", me);
    await page.getByRole("button", { name: "Post Comment" }).click();
    // Read the database once the redirect has arrived, not while the post may still be in flight.
    await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/comment/\\d+#comment-\\d+$`));
    const [held] = await commentsOf(article.id);
    await expect(page).toHaveURL(`/articles/${article.slug}/comment/${held!.id}#comment-${held!.id}`);
    await expect(page.locator(`#comment-${held!.id}`)).toContainText("Your comment is awaiting moderation.");
    await expect(page.locator(`#comment-${held!.id}`)).toContainText("Posted with scripts off.");
    await context.close();
  });

  test("without JavaScript: errors are shown next to the fields and nothing is stored", async ({ browser }) => {
    const article = await createArticle();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/articles/${article.slug}`);
    await page.getByLabel("Comment *").fill("Kept text");
    await page.getByLabel("Name *").fill("Kept name");
    await page.getByLabel("Email *").fill("not-an-email@");
    // Browsers check type=email themselves; the server must hold the line too.
    await page.locator("form").evaluate((form) => form.setAttribute("novalidate", ""));
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#respond").getByRole("alert")).toContainText("There is a problem with your comment");
    await expect(page.locator("#email-error")).toHaveText("Please enter a valid email address, like name@example.com.");
    await expect(page.getByLabel("Comment *")).toHaveValue("Kept text");
    await expect(page.getByLabel("Name *")).toHaveValue("Kept name");
    expect(await commentsOf(article.id)).toHaveLength(0);
    await context.close();
  });

  test("with JavaScript: an error summary takes focus, links to fields, and typed values stay", async ({ page }) => {
    const article = await createArticle();
    await page.goto(`/articles/${article.slug}`);
    await page.getByLabel("Website", { exact: true }).fill("javascript:alert(1)");
    await page.getByLabel("Comment *").fill("Something to say");
    await page.getByRole("button", { name: "Post Comment" }).click();
    const summary = page.locator("#respond").getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Please enter your name.",
      "Please enter your email address.",
      "Website must be an address starting with http:// or https://.",
    ]);
    await expect(page.getByLabel("Name *")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Comment *")).toHaveValue("Something to say");
    await expect(page.getByLabel("Website", { exact: true })).toHaveValue("javascript:alert(1)");
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: "Please enter your name." }).click();
    await expect(page.getByLabel("Name *")).toBeFocused();
    expect(await commentsOf(article.id)).toHaveLength(0);
  });

  test("remembers name, email and website when asked to", async ({ page }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false });
    const article = await createArticle();
    const me = { ...author(), website: "https://example.org/me" };
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "Remember me.", me);
    await page.getByLabel("Save my name, email, and website in this browser for the next time I comment.").check();
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.getByRole("status")).toContainText("Your comment has been published.");
    await page.reload();
    await expect(page.getByLabel("Name *")).toHaveValue(me.name);
    await expect(page.getByLabel("Email *")).toHaveValue(me.email);
    await expect(page.getByLabel("Website", { exact: true })).toHaveValue(me.website);
  });
});

test.describe("automatic moderation", () => {
  test("publishes a returning author's comment at once, for every reader", async ({ page, browser }) => {
    await useSettings({ floodSeconds: 0 });
    const article = await createArticle();
    const me = author();
    await createApprovedComment(article, { ...me, body: "An earlier approved comment." });
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "Published straight away.", me);
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.getByRole("status")).toContainText("Your comment has been published.");
    const reader = await browser.newPage();
    await expectPublished(reader, `/articles/${article.slug}`, "Published straight away.");
    await expect(reader.getByRole("heading", { name: `2 comments on “${article.title}”` })).toBeVisible();
    await reader.close();
  });

  test("holds comments with too many links and tells the author why", async ({ page }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false });
    const article = await createArticle();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "Sources: https://a.example/1 https://b.example/2 https://c.example/3", author());
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#comments article").last()).toContainText("contains 3 links; the limit is 2");
    const [stored] = await commentsOf(article.id);
    expect(stored?.status).toBe("pending");
  });

  test("holds a moderation word without naming it to the author", async ({ page }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false, moderationWords: "casino" });
    const article = await createArticle();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "Try the CASINO downtown", author());
    await page.getByRole("button", { name: "Post Comment" }).click();
    const mine = page.locator("#comments article", { hasText: "Try the CASINO downtown" });
    await expect(mine).toContainText("Your comment is awaiting moderation.");
    await expect(mine).not.toContainText("casino");
    const [stored] = await commentsOf(article.id);
    expect(stored?.status).toBe("pending");
    expect(stored?.reasons).toContain("matched moderation word 'casino'");
  });

  test("marks disallowed words and filled honeypots as spam, looking like a normal hold to the sender", async ({ page }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false, disallowedWords: "viagra" });
    const article = await createArticle();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "cheap v\u200Biagra", author());
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.getByRole("status")).toContainText("Your comment is awaiting moderation.");

    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "A bot wrote this", author());
    await page.locator("#company").fill("http://spam.example", { force: true });
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#comments article", { hasText: "A bot wrote this" })).toContainText("awaiting moderation");

    expect((await commentsOf(article.id)).map((c) => c.status)).toEqual(["spam", "spam"]);
  });

  test("holds everything when 'hold all' is on, and says so", async ({ page }) => {
    await useSettings({ floodSeconds: 0, requirePriorApproval: false, holdAll: true });
    const article = await createArticle();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "Held because of the setting.", author());
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#comments article").last()).toContainText("every comment on this site is reviewed");
  });

  test("refuses a second comment within the flood interval, and a duplicate", async ({ page }) => {
    await useSettings({ floodSeconds: 15, requirePriorApproval: false });
    const article = await createArticle();
    const me = author();
    await page.goto(`/articles/${article.slug}`);
    await fillComment(page, "One.", me);
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.getByRole("status")).toContainText("published");
    await fillComment(page, "Two.", me);
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#respond").getByRole("alert")).toContainText("You are posting comments too quickly. Slow down.");
    await expect(page.getByLabel("Comment *")).toHaveValue("Two.");

    await useSettings({ floodSeconds: 0, requirePriorApproval: false });
    await fillComment(page, "One.", me);
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#respond").getByRole("alert")).toContainText("Duplicate comment detected; it looks as though you’ve already said that!");
    expect(await commentsOf(article.id)).toHaveLength(1);
  });

  test("refuses comments on a closed article, and shows that comments are closed", async ({ page, request }) => {
    const article = await createArticle({ commentsOpen: false });
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByText("Comments are closed.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Post Comment" })).toHaveCount(0);
    const response = await request.post("/api/comments", { data: { article: article.slug, name: "A", email: "a@example.org", body: "Hi" } });
    expect(response.status()).toBe(403);
    expect(await commentsOf(article.id)).toHaveLength(0);
  });
});

test.describe("threads", () => {
  test.beforeEach(async () => useSettings({ floodSeconds: 0, requirePriorApproval: false }));

  test("a reader replies to a comment; the reply appears nested under it", async ({ page }) => {
    const article = await createArticle();
    const first = await createApprovedComment(article, { name: "Dana", email: "dana@example.org", body: "The opening comment." });
    await expectPublished(page, `/articles/${article.slug}`, "The opening comment.");
    await page.getByRole("link", { name: "Reply to Dana" }).click();
    await expect(page.getByRole("heading", { name: "Leave a Reply to Dana" })).toBeVisible();
    await expect(page.getByLabel("Comment *")).toBeFocused();
    await page.getByRole("link", { name: "Cancel reply" }).click();
    await expect(page.getByRole("heading", { name: "Leave a Reply", exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Reply to Dana" }).click();
    await fillComment(page, "A reply to Dana.", author());
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.getByRole("status")).toContainText("published");
    await expectPublished(page, `/articles/${article.slug}`, "A reply to Dana.");
    const parent = page.locator(`li[data-comment-id="${first.id}"]`);
    await expect(parent.locator("ol li article")).toContainText("A reply to Dana.");
  });

  test("replies work without JavaScript through the reply page", async ({ browser }) => {
    const article = await createArticle();
    await createApprovedComment(article, { name: "Erlan", email: "erlan@example.org", body: "Reply to me without scripts." });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await expectPublished(page, `/articles/${article.slug}`, "Reply to me without scripts.");
    await page.getByRole("link", { name: "Reply to Erlan" }).click();
    await expect(page.getByRole("heading", { name: "Leave a Reply to Erlan" })).toBeVisible();
    await fillComment(page, "A no-script reply.", author());
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("article", { hasText: "A no-script reply." })).toBeVisible();
    const stored = await commentsOf(article.id);
    expect(stored[1]).toMatchObject({ parentId: stored[0]!.id, depth: 2, status: "approved" });
    await context.close();
  });

  test("a reply to a held comment is refused", async ({ request }) => {
    const article = await createArticle();
    const held = await createApprovedComment(article, { name: "Held", email: "held@example.org", body: "held" });
    await approve(held.id, article.slug);
    await setStatus(held.id, "pending");
    const response = await request.post("/api/comments", {
      data: { article: article.slug, parent: held.id, name: "X", email: "x@example.org", body: "reply" },
    });
    expect(response.status()).toBe(404);
  });
});

test.describe("pages of comments", () => {
  test.afterEach(async () => useSettings());

  test("exist up to the last page: page 1 redirects to the article, later pages are 404 until there are threads for them", async ({ page, request }) => {
    await useSettings({ commentsPerPage: 2, floodSeconds: 0, requirePriorApproval: false });
    const article = await createArticle();
    const articlePath = `/articles/${article.slug}`;
    // Through the API, so publishing refreshes the cached pages as it does for readers.
    const thread = async (i: number) => {
      const data = { article: article.slug, name: `Paged ${i}`, email: `paged${i}@example.org`, body: `Thread number ${i}.` };
      expect((await request.post("/api/comments", { data })).status()).toBe(201);
    };
    for (let i = 1; i <= 5; i++) await thread(i);

    // Five threads, two a page: pages 2 and 3 hold the newer ones.
    await expect(async () => {
      await page.goto(`${articlePath}/comment-page/3`);
      await expect(page.getByText("Thread number 5.")).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
    await expect(page.getByText("Thread number 4.")).toHaveCount(0);
    await page.goto(`${articlePath}/comment-page/2`);
    await expect(page.getByText("Thread number 3.")).toBeVisible();

    for (const n of [4, 5, 999_999]) {
      const response = await page.goto(`${articlePath}/comment-page/${n}`);
      expect(response?.status(), `page ${n}`).toBe(404);
      await expect(page.getByText("Thread number", { exact: false })).toHaveCount(0);
      // Asked again, from the cache: still a 404, not the last page.
      expect((await request.get(`${articlePath}/comment-page/${n}`)).status(), `page ${n} again`).toBe(404);
    }

    const first = await request.get(`${articlePath}/comment-page/1`, { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(new URL(first.headers().location!, "http://x").pathname).toBe(articlePath);
    await page.goto(`${articlePath}/comment-page/1`);
    expect(new URL(page.url()).pathname).toBe(articlePath);
    await expect(page.getByText("Thread number 1.")).toBeVisible();

    // A sixth and seventh thread make page 4 real, though it was a cached 404.
    await thread(6);
    await thread(7);
    await expect(async () => {
      const response = await page.goto(`${articlePath}/comment-page/4`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText("Thread number 7.")).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
  });
});

test("the article with comments meets WCAG AA according to axe", async ({ page }) => {
  const article = await createArticle();
  const parent = await createApprovedComment(article, { name: "Axe", email: "axe@example.org", website: "https://example.org", body: "Link https://example.org/x\n\nSecond paragraph." });
  await createApprovedComment(article, { name: "Reply", email: "r@example.org", body: "A reply.", parentId: parent.id });
  await expectPublished(page, `/articles/${article.slug}`, "A reply.");
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

test("an article whose comments hold links, long words, right-to-left text, emoji and code-like text meets WCAG AA, with links underlined", async ({ page }) => {
  const article = await createArticle();
  const bodies = [
    "Read https://example.org/report and then https://example.org/other?x=1&y=2 before you reply.",
    `Long words: ${"Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4)} and https://example.org/${"a".repeat(200)} end.`,
    "مرحبا بكم في التعليقات، اقرأ https://example.org/ar قبل الرد.\n\nשלום לכולם, זו תגובה בעברית.",
    "Emoji 👩‍👩‍👧 🇰🇿 👍🏽 🧑‍💻 ❤️‍🔥 and text after them.",
    "Code: `const ok = a < b && c > d;` <script>alert(1)</script> {{ template }} $(rm -rf /) ]]> &amp;",
    "Mixed \u202Ereversed\u202C and \u2067isolated\u2069 text with a link https://example.org/bidi inside.",
  ];
  const first = await createApprovedComment(article, { name: "Links", email: "links@example.org", website: "https://example.org", body: bodies[0]! });
  for (const [index, body] of bodies.slice(1).entries()) {
    await createApprovedComment(article, { name: `Kind ${index}`, email: `kind${index}@example.org`, body, parentId: index === 0 ? first.id : undefined });
  }
  await expectPublished(page, `/articles/${article.slug}`, "and text after them.");

  const links = page.locator("#comments .comment-body a");
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  const decorations = await links.evaluateAll((nodes) => nodes.map((a) => getComputedStyle(a).textDecorationLine));
  expect(decorations.every((line) => line.includes("underline")), decorations.join()).toBe(true);

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  // Long words and URLs wrap instead of widening a phone's screen.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});
