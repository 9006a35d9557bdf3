import { expect } from "@playwright/test";
import { test } from "./auth-fixtures";
import { createArticle, createComment, statusOf, uniqueTag } from "./moderation-fixtures";

test("'Apply to all N' with a search active changes exactly the comments listed, and none that arrive later", async ({ editorPage: page }) => {
  const article = await createArticle("bulk");
  const elsewhere = await createArticle("bulk");
  const tag = uniqueTag("promo").toLowerCase();
  const search = `${tag} 50%`;
  const listed = [
    await createComment({ articleId: article.id, authorName: uniqueTag("Match-A"), body: `${tag} 50% off everything` }),
    await createComment({ articleId: article.id, authorName: uniqueTag("Match-B"), body: `Only today: ${tag.toUpperCase()} 50% OFF` }),
  ];
  const outside = [
    // "%" read as a wildcard would match these two.
    await createComment({ articleId: article.id, authorName: uniqueTag("Near-A"), body: `${tag} 500 off everything` }),
    await createComment({ articleId: article.id, authorName: uniqueTag("Near-B"), body: `${tag} 50 percent off` }),
    await createComment({ articleId: article.id, authorName: uniqueTag("Other"), body: "Nothing to do with it." }),
    await createComment({ articleId: elsewhere.id, authorName: uniqueTag("Elsewhere"), body: `${tag} 50% off, on another article` }),
    await createComment({ articleId: article.id, authorName: uniqueTag("Approved"), body: `${tag} 50% off, already approved`, status: "approved" }),
  ];
  await page.goto(`/dashboard?status=pending&article=${article.slug}&q=${encodeURIComponent(search)}`);
  await expect(page.getByRole("list", { name: "Comments" }).getByRole("article")).toHaveCount(2);

  // Posted while the editor looks at the list: it matches, but was never shown.
  const late = await createComment({ articleId: article.id, authorName: uniqueTag("Late"), body: `${tag} 50% off, posted just now` });

  await page.getByLabel("Bulk action").selectOption("spam");
  await page.getByRole("button", { name: "Apply to all 2 in this queue" }).click();
  await expect(page.getByRole("status")).toContainText("2 comments marked as spam.");
  expect(await Promise.all(listed.map((c) => statusOf(c.id)))).toEqual(["spam", "spam"]);
  expect(await Promise.all(outside.map((c) => statusOf(c.id)))).toEqual(["pending", "pending", "pending", "pending", "approved"]);
  expect(await statusOf(late.id)).toBe("pending");
});
