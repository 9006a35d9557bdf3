import { expect } from "@playwright/test";
import { test } from "./auth-fixtures";
import { card, openQueue } from "./moderation-fixtures";
import { createApprovedComment, createArticle, unique } from "./support/db";

// What a change causes reaches readers through the event outbox: the cached
// feeds and pages go stale by tag as soon as the change commits.

test("a comment trashed by an editor leaves both comment feeds within a second", async ({ editorPage: page, request }) => {
  const article = await createArticle();
  const name = unique("Feedline");
  await createApprovedComment(article, { name, email: `${unique("f")}@example.org`, body: `Soon in the Trash ${name}` });
  const feeds = [`/articles/${article.slug}/comments/feed.xml`, "/comments/feed.xml"];
  for (const feed of feeds) {
    await expect.poll(async () => (await (await request.get(feed)).text()).includes(name), { timeout: 2_000, intervals: [50] }).toBe(true);
  }

  await openQueue(page, article.slug, "approved");
  await card(page, name).getByRole("button", { name: "Trash" }).click();
  await expect(page.getByRole("status")).toContainText("1 comment moved to the Trash.");
  const trashedAt = Date.now();
  for (const feed of feeds) {
    await expect.poll(async () => (await (await request.get(feed)).text()).includes(name), { timeout: 1_000, intervals: [20] }).toBe(false);
  }
  expect(Date.now() - trashedAt).toBeLessThan(1_000);
});
