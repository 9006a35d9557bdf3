import { expect } from "@playwright/test";
import { captureServerAction, createUser, replayServerAction, savedAccountPage, savedUser, sessionCookieHeader, signIn, signedInPage, test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { card, createArticle, createComment, dbQuery, openQueue, statusOf, uniqueTag } from "./moderation-fixtures";
import { createApprovedComment, setStatus } from "./support/db";

// Holes an outside review found in the editors' tools (issue 8, items 3, 8
// and 9), each shown closed the way an editor or an attacker would meet it.

test.describe("undo and notices come only from the server", () => {
  test("a crafted dashboard link neither writes a notice nor arms Undo, and the u key reverts nothing", async ({ editorPage: page }) => {
    const article = await createArticle("crafted");
    const victim = uniqueTag("Victim");
    const { id } = await createComment({ articleId: article.id, authorName: victim, status: "pending" });
    // Some editor trashed it a minute ago, legitimately.
    const other = await createUser();
    await setStatus(id, "trash");
    const entry = await dbQuery<{ id: number }>("auditLog", "create", {
      data: { action: "trash", commentId: id, fromStatus: "pending", toStatus: "trash", actorId: other.id },
      select: { id: true },
    });

    await page.goto(`/dashboard?status=trash&article=${article.slug}&notice=Your+session+expired%3A+call+555-0100&undo=${entry.id}&flash=0123456789abcdef`);
    await expect(card(page, victim)).toBeVisible();
    await expect(page.getByText("call 555-0100")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Undo/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Keyboard shortcuts (?)" })).toBeVisible();
    await page.keyboard.press("u");
    await page.waitForLoadState("networkidle");
    expect(await statusOf(id)).toBe("trash");
  });

  test("an undo replayed by another editor, or after the window, changes nothing; the editor's own undo works", async ({ editorPage: page, browser, request }) => {
    const article = await createArticle("undo-owner");
    const name = uniqueTag("Owned");
    const { id } = await createComment({ articleId: article.id, authorName: name, status: "pending" });
    await openQueue(page, article.slug);
    await card(page, name).getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status")).toContainText("1 comment approved.");
    await expect.poll(() => statusOf(id)).toBe("approved");

    // Capture the Undo request the toast sends, without letting it through.
    const undo = await captureServerAction(page, () => page.getByRole("button", { name: /^Undo/ }).click());

    const intruder = await savedAccountPage(browser, "otherEditor");
    const refused = await replayServerAction(request, undo, await sessionCookieHeader(intruder));
    expect(refused.status()).toBe(200);
    expect(await refused.text()).toContain("Nothing to undo");
    expect(await statusOf(id)).toBe("approved");

    // The same request from the editor who approved it is honoured.
    const mine = await replayServerAction(request, undo, await sessionCookieHeader(page));
    expect(await mine.text()).toContain("Undone: 1 comment put back.");
    expect(await statusOf(id)).toBe("pending");

    // And once the window has passed, not even the owner can undo.
    const entries = await dbQuery<{ id: number }[]>("auditLog", "findMany", { where: { commentId: id, action: "approve" }, select: { id: true } });
    await dbQuery("auditLog", "updateMany", { where: { id: { in: entries.map((e) => e.id) } }, data: { at: new Date(Date.now() - 11 * 60_000) } });
    await setStatus(id, "approved");
    const late = await replayServerAction(request, undo, await sessionCookieHeader(page));
    expect(await late.text()).toContain("Nothing to undo");
    expect(await statusOf(id)).toBe("approved");
  });

  test("without JavaScript, the outcome and its Undo still show after the redirect", async ({ browser }) => {
    const page = await savedAccountPage(browser, "editor", { javaScriptEnabled: false });
    const article = await createArticle("nojs-flash");
    const name = uniqueTag("NoJs");
    const { id } = await createComment({ articleId: article.id, authorName: name, status: "pending" });
    await openQueue(page, article.slug);
    await card(page, name).getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status")).toContainText("1 comment approved.");
    expect(page.url()).not.toContain("notice=");
    await page.getByRole("button", { name: /^Undo/ }).click();
    await expect(page.getByRole("status")).toContainText("Undone: 1 comment put back.");
    expect(await statusOf(id)).toBe("pending");
    await page.context().close();
  });
});

test.describe("staff replies are signed with a display name, never an email", () => {
  test("an editor without a display name is told to get one, and nothing is published", async ({ page }) => {
    const article = await createArticle("noname");
    const name = uniqueTag("Asker");
    const { id } = await createComment({ articleId: article.id, authorName: name, status: "approved" });
    const editor = await createUser({ name: "" });
    await signIn(page, editor.email, editor.password);
    await openQueue(page, article.slug, "approved");
    await card(page, name).getByRole("button", { name: "Reply" }).click();
    await page.getByLabel(/^Reply to/).fill("An answer from the newsroom.");
    await page.getByRole("button", { name: "Publish reply" }).click();
    await expect(page.getByRole("status")).toContainText("Staff replies are signed with your display name");
    const replies = await dbQuery<unknown[]>("comment", "findMany", { where: { parentId: id } });
    expect(replies).toHaveLength(0);
    const html = await (await page.request.get(`/articles/${article.slug}`)).text();
    expect(html).not.toContain(editor.email);
  });

  test("an admin must give a display name when creating an account, and can set one later; it cannot be an email", async ({ adminPage: page }) => {
    const nameless = await createUser({ name: "" });
    await page.goto("/dashboard/users");
    await page.getByLabel("Email", { exact: true }).fill(`nameless-${Date.now()}@example.test`);
    await page.getByLabel("Password", { exact: true }).fill("a brand new passphrase");
    await page.getByRole("button", { name: "Create user" }).click();
    const summary = page.getByRole("alert", { name: "The account was not created" });
    await expect(summary.getByRole("link", { name: /Enter a display name/ })).toBeVisible();

    const field = page.getByRole("textbox", { name: `Display name of ${nameless.email}` });
    await field.fill("someone@example.org");
    await page.getByRole("button", { name: `Save name of ${nameless.email}` }).click();
    await expect(page.getByText("A display name is shown to readers, so it cannot be an email address.")).toBeVisible();
    await field.fill("Night Desk");
    await page.getByRole("button", { name: `Save name of ${nameless.email}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `${nameless.email} is now shown as Night Desk.` })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("admin actions are in the history, before and after", () => {
  test("a new account, a role change, a disabled account, a password reset and an article closed each leave an entry, before and after", async ({ adminPage: page }) => {
    const admin = savedUser("admin");
    const target = await createUser();
    await page.goto("/dashboard/users");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: target.email }) });
    await row.getByRole("button", { name: "Make admin" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${target.email} is now an admin.` })).toBeVisible();
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Disabled ${target.email}` })).toBeVisible();
    await row.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByRole("status").filter({ hasText: `New password for ${target.email}` })).toBeVisible();
    const created = `audited-${Date.now()}@example.test`;
    await page.getByLabel("Email", { exact: true }).fill(created);
    await page.getByLabel("Display name", { exact: true }).fill("Audited Person");
    await page.getByLabel("Password", { exact: true }).fill("a brand new passphrase");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Created editor ${created}.` })).toBeVisible();

    const article = await createArticle("audited");
    await page.goto("/dashboard/articles");
    const articleRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: article.title }) });
    await articleRow.getByRole("button", { name: "Close comments" }).click();
    await expect(articleRow.getByRole("status")).toContainText("Comments closed on");

    await page.goto("/dashboard/audit");
    const entry = (text: string) => page.getByRole("row").filter({ hasText: text });
    await expect(entry(`${target.email}: role: editor → admin`)).toContainText("changed a role");
    await expect(entry(`${target.email}: account: active → disabled`)).toContainText(admin.email);
    await expect(entry(`${target.email}: password reset`)).toContainText("reset a password");
    await expect(entry(`${created} (Audited Person) created as editor`)).toContainText("created an account");
    await expect(entry(`“${article.title}”: comments: open → closed`)).toContainText("changed an article");
    await expectNoAxeViolations(page);
  });

  test("resetting your own password ends your other sessions but keeps this one", async ({ page, browser }) => {
    const admin = await createUser({ role: "admin" });
    await signIn(page, admin.email, admin.password, "/dashboard/users");
    const elsewhere = await signedInPage(browser, admin);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: admin.email }) });
    await row.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByText(/It is shown only this once/)).toBeVisible();
    const newPassword = await page.getByRole("status").locator("code").innerText();
    expect(newPassword).toMatch(/^[A-Za-z0-9]{20}$/);

    // Still signed in here; signed out in the other browser, where the new password works.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
    await elsewhere.goto("/dashboard");
    await expect(elsewhere).toHaveURL(/\/sign-in/);
    await signIn(elsewhere, admin.email, newPassword);
    await elsewhere.context().close();
  });

  test("a published comment that an editor edits shows the new text to readers at once", async ({ editorPage: page }) => {
    const article = await createArticle("edit-public");
    const comment = await createApprovedComment(article, { name: uniqueTag("Edited"), email: `${uniqueTag("e")}@example.org`, body: "The first wording." });
    expect(await (await page.request.get(`/articles/${article.slug}`)).text()).toContain("The first wording.");
    await page.goto(`/dashboard?status=approved&article=${article.slug}&edit=${comment.id}`);
    await page.getByLabel("Comment text").fill("The corrected wording.");
    await page.getByRole("button", { name: "Save text" }).click();
    await expect(page.getByRole("status")).toContainText("Comment text updated.");
    const html = await (await page.request.get(`/articles/${article.slug}`)).text();
    expect(html).toContain("The corrected wording.");
    expect(html).not.toContain("The first wording.");
  });
});
