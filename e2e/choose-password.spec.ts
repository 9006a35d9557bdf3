import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, createUser, dbQuery, replayServerAction, sessionCookieHeader, signIn, type TestUser } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";

// A password someone else knows (the first-start admin's printed one, an
// account an admin created or reset) must be replaced before the dashboard
// does anything else, and the refusal is the data layer's, not the page's.

const NEW_PASSWORD = "my own long passphrase 2026";

/** An account as the first start leaves it: a given password, to be replaced. */
async function userWithGivenPassword(role: "admin" | "editor" = "admin"): Promise<TestUser> {
  const user = await createUser({ role });
  await dbQuery("user", "update", { where: { id: user.id }, data: { mustChangePassword: true } });
  return user;
}

const summary = (page: Page) => page.getByRole("alert", { name: "Your password was not changed" });

async function submit(page: Page, password: string, confirm: string) {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(confirm);
  await page.getByRole("button", { name: "Save new password" }).click();
}

test.describe("choosing a new password at first sign-in", () => {
  test("the dashboard sends the admin to Choose a new password, and nothing else opens until then; the page is accessible", async ({ page }) => {
    const admin = await userWithGivenPassword();
    await signIn(page, admin.email, admin.password);
    await expect(page).toHaveURL(/\/dashboard\/password$/);
    await expect(page.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Dashboard" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    for (const path of ["/dashboard", "/dashboard/users", "/dashboard/settings", "/dashboard/audit"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/dashboard\/password$/);
    }
  });

  test("mistakes are named next to each field and in the summary", async ({ page }) => {
    const admin = await userWithGivenPassword();
    await signIn(page, admin.email, admin.password);

    await submit(page, "", "");
    await expect(summary(page).getByRole("link", { name: "Use at least 12 characters." })).toBeVisible();
    await expect(summary(page).getByRole("link", { name: "Type the new password again." })).toBeVisible();
    await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Confirm new password")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await submit(page, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    await expect(summary(page).getByRole("link", { name: "The two passwords do not match." })).toBeVisible();
    await expect(page.getByLabel("Confirm new password")).toHaveAccessibleDescription(/The two passwords do not match\./);

    await submit(page, admin.password, admin.password);
    await expect(summary(page).getByRole("link", { name: "Choose a password different from the one you were given." })).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard\/password$/);
  });

  test("after choosing one, the dashboard works; the new password signs in directly and the given one no longer does", async ({ page, browser }) => {
    const admin = await userWithGivenPassword();
    // A second session opened with the given password, as someone else who saw it might.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, admin.email, admin.password);

    await signIn(page, admin.email, admin.password);
    await submit(page, NEW_PASSWORD, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" })).toBeVisible();
    await page.goto("/dashboard/users");
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

    // The other session ended with the change.
    await other.goto("/dashboard");
    await expect(other).toHaveURL(/\/sign-in/);
    await otherContext.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    // Wait for the sign-out to land: navigating away at once would abort it.
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
    await signIn(page, admin.email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("the refusal is the data layer's: an action captured before the password fell due is refused with the same session", async ({ page, request }) => {
    const admin = await createUser({ role: "admin" });
    const target = await createUser();
    await signIn(page, admin.email, admin.password, "/dashboard/users");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: target.email }) });
    const disable = await captureServerAction(page, () => row.getByRole("button", { name: "Disable" }).click());
    const cookie = await sessionCookieHeader(page);
    const disabled = async () => (await dbQuery<{ disabled: boolean }>("user", "findUniqueOrThrow", { where: { id: target.id }, select: { disabled: true } })).disabled;

    await dbQuery("user", "update", { where: { id: admin.id }, data: { mustChangePassword: true } });
    await replayServerAction(request, disable, cookie);
    expect(await disabled()).toBe(false);

    // The same request once the password is no longer due does work: the refusal above is about the due password.
    await dbQuery("user", "update", { where: { id: admin.id }, data: { mustChangePassword: false } });
    await replayServerAction(request, disable, cookie);
    expect(await disabled()).toBe(true);
  });

  test("someone who has no password due is sent on to the dashboard", async ({ page }) => {
    const editor = await createUser();
    await signIn(page, editor.email, editor.password);
    await page.goto("/dashboard/password");
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
