import fs from "node:fs";
import { test as setup } from "@playwright/test";
import { SAVED_ACCOUNTS, createUser, savedAccountFiles, signIn } from "./auth-fixtures";

// Signs in once per saved account through the real form, and keeps the
// browser state (the session cookie) for the tests that only need someone
// signed in (playwright.config.ts, project "setup"). Tests about signing in,
// sessions, disabling and role changes make and sign in their own users.

for (const [account, role] of Object.entries(SAVED_ACCOUNTS)) {
  setup(`sign in once as the saved ${account}`, async ({ page }) => {
    const user = await createUser({ role, name: `Saved ${account}` });
    await signIn(page, user.email, user.password);
    const files = savedAccountFiles(account as keyof typeof SAVED_ACCOUNTS);
    await page.context().storageState({ path: files.state });
    fs.writeFileSync(files.user, JSON.stringify(user));
  });
}
