import { expect } from "@playwright/test";
import { test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { auditEntries, card, createArticle, createComment, statusOf, uniqueTag } from "./moderation-fixtures";

test("a whole moderation pass by keyboard alone, with undo and the shortcuts dialog", async ({ editorPage: page }) => {
  const article = await createArticle("keys");
  const names = [uniqueTag("Key-A"), uniqueTag("Key-B"), uniqueTag("Key-C"), uniqueTag("Key-D")];
  const ids: number[] = [];
  // Oldest first in the list below, so the order on screen is known.
  for (const [index, name] of names.entries()) {
    ids.push((await createComment({ articleId: article.id, authorName: name, createdAt: new Date(Date.now() - (10 - index) * 60_000) })).id);
  }
  await page.goto(`/dashboard?article=${article.slug}&order=oldest`);

  // The shortcuts button appears once the board is interactive.
  await expect(page.getByRole("button", { name: "Keyboard shortcuts (?)" })).toBeVisible();
  // ? opens the list of shortcuts; Escape closes it and focus goes back.
  await page.keyboard.press("j");
  await expect(card(page, names[0]!)).toBeFocused();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Approve");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(card(page, names[0]!)).toBeFocused();

  // j/k move; a approves and focus moves on to the next card.
  await page.keyboard.press("j");
  await expect(card(page, names[1]!)).toBeFocused();
  await page.keyboard.press("k");
  await expect(card(page, names[0]!)).toBeFocused();
  await page.keyboard.press("a");
  await expect(card(page, names[0]!)).toHaveCount(0);
  await expect(card(page, names[1]!)).toBeFocused();
  await expect(page.getByRole("status")).toContainText("1 comment approved.");
  await expect.poll(() => statusOf(ids[0]!)).toBe("approved");

  // s marks spam, then u undoes it.
  await page.keyboard.press("s");
  await expect(page.getByRole("status")).toContainText("1 comment marked as spam.");
  await expect.poll(() => statusOf(ids[1]!)).toBe("spam");
  await page.keyboard.press("u");
  await expect(page.getByRole("status")).toContainText("Undone: 1 comment put back.");
  await expect.poll(() => statusOf(ids[1]!)).toBe("pending");
  await expect(card(page, names[1]!)).toBeVisible();

  // d trashes the focused card.
  await card(page, names[2]!).focus();
  await page.keyboard.press("d");
  await expect.poll(() => statusOf(ids[2]!)).toBe("trash");

  // e opens the editor; typing shortcut letters there types them.
  await card(page, names[3]!).focus();
  await page.keyboard.press("e");
  const text = page.getByLabel("Comment text");
  await expect(text).toBeFocused();
  await text.fill("");
  await page.keyboard.type("a sad day");
  await expect.poll(() => statusOf(ids[3]!)).toBe("pending");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Comment text updated.");
  await expect(card(page, names[3]!)).toContainText("a sad day");

  // x selects the focused card for a bulk action.
  await card(page, names[3]!).focus();
  await page.keyboard.press("x");
  await expect(page.getByRole("checkbox", { name: `Select comment by ${names[3]}` })).toBeChecked();

  // r opens the reply form.
  await card(page, names[3]!).focus();
  await page.keyboard.press("r");
  await expect(page.getByLabel(`Reply to ${names[3]}`)).toBeFocused();

  expect((await auditEntries(ids[1]!)).map((e) => e.action)).toEqual(["spam", "undo"]);
});
