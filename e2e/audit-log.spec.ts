import { expect } from "@playwright/test";
import { savedUser, test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { card, createArticle, createComment, openQueue, uniqueTag } from "./moderation-fixtures";

test("the audit log shows who did what to which comment, newest first, and filters by comment", async ({ editorPage: page }) => {
  const article = await createArticle("audit");
  const name = uniqueTag("Audited");
  const comment = await createComment({ articleId: article.id, authorName: name });
  const editor = savedUser("editor");
  await openQueue(page, article.slug);
  await card(page, name).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status")).toContainText("1 comment approved.");
  await openQueue(page, article.slug, "approved");
  await card(page, name).getByRole("button", { name: "Spam" }).click();
  await expect(page.getByRole("status")).toContainText("1 comment marked as spam.");

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await page.getByLabel("Comment ID").fill(String(comment.id));
  await page.getByRole("button", { name: "Show" }).click();

  const rows = page.getByRole("row");
  // Header + two entries, newest first.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(editor.email);
  await expect(rows.nth(1)).toContainText("marked as spam");
  await expect(rows.nth(1)).toContainText(`#${comment.id} by ${name}`);
  await expect(rows.nth(1).getByRole("cell").nth(4)).toHaveText("approved");
  await expect(rows.nth(1).getByRole("cell").nth(5)).toHaveText("spam");
  await expect(rows.nth(2)).toContainText("approved");
  await expect(rows.nth(2).getByRole("cell").nth(4)).toHaveText("pending");
  await expectNoAxeViolations(page);
});

test("signed-out visitors cannot read the audit log", async ({ page }) => {
  await page.goto("/dashboard/audit");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Faudit/);
});
