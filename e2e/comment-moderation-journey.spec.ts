import { expect, test } from "@playwright/test";
import { savedAccountPage } from "./auth-fixtures";
import { createApprovedComment, createArticle, unique, useSettings } from "./support/db";

// The whole loop, as people live it: a reader's comment is held with a reason,
// an editor sees why (with the parent and the author's history) and approves
// it, and a reader who has never posted sees it on the article.
test("reader posts, comment is held, editor approves, a fresh reader sees it", async ({ page, browser }) => {
  await useSettings({ floodSeconds: 0 });
  const article = await createArticle();
  await createApprovedComment(article, { name: "Gulnara", email: "gulnara@example.org", body: "What about the 2016 land protests?" });
  const reader = unique("Nurlan");

  await expect(async () => {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("link", { name: "Reply to Gulnara" })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await page.getByRole("link", { name: "Reply to Gulnara" }).click();
  await page.getByLabel("Comment *").fill("They were bigger: see https://a.example/1 and https://b.example/2");
  await page.getByLabel("Name *").fill(reader);
  await page.getByLabel("Email *").fill(`${reader.toLowerCase()}@example.org`);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const mine = page.locator("#comments article", { hasText: "They were bigger" });
  await expect(mine).toContainText("Your comment is awaiting moderation.");
  await expect(mine).toContainText("this is your first comment here");
  await expect(mine).toContainText("contains 2 links; the limit is 2");

  const editorPage = await savedAccountPage(browser, "editor");
  await editorPage.goto("/dashboard");
  await editorPage.getByLabel("Article").selectOption(article.slug);
  await editorPage.getByRole("button", { name: "Filter" }).click();
  const held = editorPage.locator("article, li").filter({ hasText: "They were bigger" }).last();
  await expect(held).toContainText("2 links, limit 2");
  await expect(held).toContainText("first comment from this author");
  await expect(held).toContainText("In reply to Gulnara");
  await expect(held).toContainText("0 approved, 1 pending, 0 spam, 0 trash");
  await held.getByRole("button", { name: "Approve" }).click();
  await expect(editorPage.getByRole("status")).toContainText("1 comment approved.");
  await editorPage.context().close();

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await expect(async () => {
    await freshPage.goto(`/articles/${article.slug}`);
    await expect(freshPage.locator("#comments article", { hasText: "They were bigger" })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(freshPage.locator("#comments article", { hasText: "They were bigger" })).not.toContainText("awaiting moderation");
  await expect(freshPage.getByRole("heading", { name: `2 comments on “${article.title}”` })).toBeVisible();
  await fresh.close();
});
