import { expect, type Page } from "@playwright/test";
import {
  FORGED_COOKIES,
  captureServerAction,
  createUser,
  dbQuery,
  replayServerAction,
  savedAccountPage,
  sessionCookieHeader,
  signIn,
  signedInPage,
  test,
  uniqueEmail,
} from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";

const userRow = (page: Page, email: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });

async function userState(id: number) {
  return dbQuery<{ role: string; disabled: boolean; passwordHash: string } | null>("user", "findUnique", {
    where: { id },
    select: { role: true, disabled: true, passwordHash: true },
  });
}

// The admin's own sign-in is not what these test, so they use the saved
// admin (e2e/auth.setup.ts); the accounts they act on sign in for real.
test.describe("the Users page", () => {
  test("an admin creates an editor, who can then sign in; the page is accessible", async ({ adminPage: page, browser }) => {
    await page.goto("/dashboard/users");
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    const email = uniqueEmail("new-editor");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Display name", { exact: true }).fill("Nora Editor");
    await page.getByLabel("Password").fill("a brand new passphrase");
    await page.getByLabel("Role").selectOption("editor");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Created editor ${email}.` })).toBeVisible();
    await expect(userRow(page, email)).toContainText("Nora Editor");

    // The admin knows that password, so the editor first chooses their own.
    const other = await signedInPage(browser, { email, password: "a brand new passphrase" });
    await expect(other.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
    await other.getByLabel("New password", { exact: true }).fill("nora's own passphrase");
    await other.getByLabel("Confirm new password").fill("nora's own passphrase");
    await other.getByRole("button", { name: "Save new password" }).click();
    await expect(other).toHaveURL(/\/dashboard$/);
    await expect(other.getByText(`Signed in as ${email}`)).toBeVisible();
    await other.context().close();
  });

  test("creating a user reports invalid fields next to them and in the summary", async ({ adminPage: page }) => {
    await page.goto("/dashboard/users");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create user" }).click();
    const summary = page.getByRole("alert", { name: "The account was not created" });
    await expect(summary.getByRole("link", { name: "Use at least 12 characters." })).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  });

  test("resetting a password shows a one-time password; the old one stops working", async ({ adminPage: page, browser }) => {
    const editor = await createUser();
    await page.goto("/dashboard/users");
    await userRow(page, editor.email).getByRole("button", { name: "Reset password" }).click();
    const shown = userRow(page, editor.email).locator("code");
    await expect(shown).toHaveText(/^[A-Za-z0-9]{20}$/);
    const newPassword = await shown.innerText();

    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto("/sign-in");
    await other.getByLabel("Email").fill(editor.email);
    await other.getByLabel("Password").fill(editor.password);
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.getByText("That email and password do not match an account.")).toBeVisible();
    await signIn(other, editor.email, newPassword);
    // The admin saw the one-time password: the editor must replace it first.
    await expect(other).toHaveURL(/\/dashboard\/password$/);
    await context.close();
  });

  test("a disabled user is signed out at once, and can come back when enabled", async ({ adminPage: page, browser }) => {
    const editor = await createUser();
    const editorPage = await signedInPage(browser, editor);

    await page.goto("/dashboard/users");
    await userRow(page, editor.email).getByRole("button", { name: "Disable" }).click();
    await expect(userRow(page, editor.email)).toContainText("Disabled");

    await editorPage.goto("/dashboard");
    await expect(editorPage).toHaveURL(/\/sign-in/);
    await editorPage.getByLabel("Email").fill(editor.email);
    await editorPage.getByLabel("Password").fill(editor.password);
    await editorPage.getByRole("button", { name: "Sign in" }).click();
    await expect(editorPage.getByText("That email and password do not match an account.")).toBeVisible();

    await userRow(page, editor.email).getByRole("button", { name: "Enable" }).click();
    await expect(userRow(page, editor.email)).toContainText("Active");
    await signIn(editorPage, editor.email, editor.password);
    await editorPage.context().close();
  });

  test("a role change applies at once: the promoted editor must sign in again and then sees the admin pages", async ({ adminPage: page, browser }) => {
    const editor = await createUser();
    const editorPage = await signedInPage(browser, editor);
    await expect(editorPage.getByRole("link", { name: "Users" })).toHaveCount(0);

    await page.goto("/dashboard/users");
    await userRow(page, editor.email).getByRole("button", { name: "Make admin" }).click();
    await expect(userRow(page, editor.email).getByRole("button", { name: "Make editor" })).toBeVisible();

    await editorPage.goto("/dashboard");
    await expect(editorPage).toHaveURL(/\/sign-in/);
    await signIn(editorPage, editor.email, editor.password);
    await expect(editorPage.getByRole("link", { name: "Users" })).toBeVisible();
    await editorPage.context().close();
  });
});

test.describe("refusals on the Users page", () => {
  test("an editor gets no admin pages", async ({ editorPage: page }) => {
    for (const path of ["/dashboard/users", "/dashboard/settings", "/dashboard/articles"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
    }
  });

  test("a captured admin action replayed without a session, with a forged cookie, an old cookie or an editor's cookie changes nothing", async ({
    adminPage: page,
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const target = await createUser();
    const editorPage = await savedAccountPage(browser, "editor");
    const editorCookie = await sessionCookieHeader(editorPage);
    await editorPage.context().close();

    // An admin session that has signed out: its cookie is still a valid JWT.
    const retired = await createUser({ role: "admin" });
    const retiredPage = await signedInPage(browser, retired);
    const retiredCookie = await sessionCookieHeader(retiredPage);
    await retiredPage.getByRole("button", { name: "Sign out" }).click();
    await expect(retiredPage).toHaveURL(/\/sign-in/);

    // Each capture aborts the request, so each starts from a freshly loaded page.
    const capture = async (button: string) => {
      await page.goto("/dashboard/users");
      return captureServerAction(page, () => userRow(page, target.email).getByRole("button", { name: button }).click());
    };
    const disable = await capture("Disable");
    const promote = await capture("Make admin");
    const reset = await capture("Reset password");
    const before = await userState(target.id);

    for (const cookie of [undefined, ...FORGED_COOKIES, retiredCookie, editorCookie]) {
      for (const action of [disable, promote, reset]) {
        const response = await replayServerAction(request, action, cookie);
        expect(response.status(), `replay with ${cookie ?? "no cookie"}`).toBeLessThan(500);
      }
      expect(await userState(target.id), `replay with ${cookie ?? "no cookie"}`).toEqual(before);
    }

    // The same request with the admin's own cookie does work: the refusals above are about who sends it.
    await replayServerAction(request, disable, await sessionCookieHeader(page));
    expect(await userState(target.id)).toMatchObject({ disabled: true });
  });
});
