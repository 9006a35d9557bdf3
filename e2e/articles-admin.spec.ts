import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, createUser, dbQuery, replayServerAction, sessionCookieHeader, signIn, signedInPage } from "./auth-fixtures";
import { expectNoAxeViolations, seedArticle } from "./fixtures";
import { writeThrough } from "./support/db";

const articleRow = (page: Page) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: seedArticle.title }) });
const commentsOpen = async () =>
  (await dbQuery<{ commentsOpen: boolean }>("article", "findUniqueOrThrow", { where: { slug: seedArticle.slug }, select: { commentsOpen: true } }))
    .commentsOpen;

test.describe("per-article comments", () => {
  test.afterEach(async () => {
    await writeThrough(async (tx) => {
      const article = await tx.article.update({ where: { slug: seedArticle.slug }, data: { commentsOpen: true }, select: { id: true } });
      return { result: undefined, events: [{ type: "article.changed", articleId: article.id, payload: { slug: seedArticle.slug } }] };
    });
  });

  test("an admin closes and reopens comments on an article; the page is accessible", async ({ page }) => {
    const admin = await createUser({ role: "admin" });
    await signIn(page, admin.email, admin.password, "/dashboard/articles");
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await articleRow(page).getByRole("button", { name: "Close comments" }).click();
    await expect(articleRow(page).getByRole("status")).toContainText("Comments closed on");
    await expect(articleRow(page)).toContainText("Comments closed");
    expect(await commentsOpen()).toBe(false);

    await page.reload();
    await articleRow(page).getByRole("button", { name: "Open comments" }).click();
    await expect(articleRow(page).getByRole("button", { name: "Close comments" })).toBeVisible();
    expect(await commentsOpen()).toBe(true);
  });

  test("the toggle replayed without a session or with an editor's cookie changes nothing", async ({ page, browser, request }) => {
    const admin = await createUser({ role: "admin" });
    const editorCookie = await sessionCookieHeader(await signedInPage(browser, await createUser()));
    await signIn(page, admin.email, admin.password, "/dashboard/articles");
    const close = await captureServerAction(page, () => articleRow(page).getByRole("button", { name: "Close comments" }).click());
    for (const cookie of [undefined, "authjs.session-token=forged", editorCookie]) {
      await replayServerAction(request, close, cookie);
      expect(await commentsOpen(), cookie ?? "no cookie").toBe(true);
    }
    await replayServerAction(request, close, await sessionCookieHeader(page));
    expect(await commentsOpen()).toBe(false);
  });
});
