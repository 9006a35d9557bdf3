import { expect } from "@playwright/test";
import { test } from "./auth-fixtures";
import { commentsOf, createArticle, useSettings } from "./support/db";

// What editors change in the dashboard reaches readers: the next comment
// posted follows the new settings, and a closed article shows it is closed.

test("turning on 'hold every comment' in Settings holds the next comment posted", async ({ adminPage: page, browser }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  await page.goto("/dashboard/settings");
  await page.getByLabel("Hold every comment for moderation").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(`/articles/${article.slug}`);
  await reader.getByLabel("Comment *").fill("Posted after the setting changed.");
  await reader.getByLabel("Name *").fill("Setting Reader");
  await reader.getByLabel("Email *").fill("setting-reader@example.org");
  await reader.getByRole("button", { name: "Post Comment" }).click();
  await expect(reader.locator("#comments article", { hasText: "Posted after the setting changed." })).toContainText(
    "every comment on this site is reviewed",
  );
  expect((await commentsOf(article.id)).map((c) => c.status)).toEqual(["pending"]);
  await reader.close();
  await useSettings();
});

test("closing comments on an article in the dashboard closes them for readers at once", async ({ adminPage: page, browser, request }) => {
  const article = await createArticle();
  const reader = await browser.newPage();
  await reader.goto(`/articles/${article.slug}`);
  await expect(reader.getByRole("button", { name: "Post Comment" })).toBeVisible();

  await page.goto("/dashboard/articles");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: article.title }) });
  await row.getByRole("button", { name: "Close comments" }).click();
  await expect(row.getByRole("status")).toContainText("Comments closed on");

  await expect(async () => {
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.getByText("Comments are closed.")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(reader.getByRole("button", { name: "Post Comment" })).toHaveCount(0);
  const refused = await request.post("/api/comments", { data: { article: article.slug, name: "Late", email: "late@example.org", body: "Too late." } });
  expect(refused.status()).toBe(403);
  await reader.close();
});
