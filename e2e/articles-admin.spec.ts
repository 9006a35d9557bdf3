import { expect, type Page } from "@playwright/test";
import { captureServerAction, dbQuery, replayServerAction, savedAccountPage, sessionCookieHeader, test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { createArticle } from "./support/db";

// Each test opens and closes its own article, so readers of the seed article
// in tests running beside these never see it closed.

const articleRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
const commentsOpen = async (slug: string) =>
  (await dbQuery<{ commentsOpen: boolean }>("article", "findUniqueOrThrow", { where: { slug }, select: { commentsOpen: true } })).commentsOpen;

test.describe("per-article comments", () => {
  test("an admin closes and reopens comments on an article; the page is accessible", async ({ adminPage: page }) => {
    const article = await createArticle();
    await page.goto("/dashboard/articles");
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await articleRow(page, article.title).getByRole("button", { name: "Close comments" }).click();
    await expect(articleRow(page, article.title).getByRole("status")).toContainText("Comments closed on");
    await expect(articleRow(page, article.title)).toContainText("Comments closed");
    expect(await commentsOpen(article.slug)).toBe(false);

    await page.reload();
    await articleRow(page, article.title).getByRole("button", { name: "Open comments" }).click();
    await expect(articleRow(page, article.title).getByRole("button", { name: "Close comments" })).toBeVisible();
    expect(await commentsOpen(article.slug)).toBe(true);
  });

  test("the toggle replayed without a session or with an editor's cookie changes nothing", async ({ adminPage: page, browser, request }) => {
    const article = await createArticle();
    const editorPage = await savedAccountPage(browser, "editor");
    const editorCookie = await sessionCookieHeader(editorPage);
    await editorPage.context().close();
    await page.goto("/dashboard/articles");
    const close = await captureServerAction(page, () => articleRow(page, article.title).getByRole("button", { name: "Close comments" }).click());
    for (const cookie of [undefined, "authjs.session-token=forged", editorCookie]) {
      await replayServerAction(request, close, cookie);
      expect(await commentsOpen(article.slug), cookie ?? "no cookie").toBe(true);
    }
    await replayServerAction(request, close, await sessionCookieHeader(page));
    expect(await commentsOpen(article.slug)).toBe(false);
  });
});
