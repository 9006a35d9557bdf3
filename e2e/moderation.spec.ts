import { expect, request as playwrightRequest, type Request } from "@playwright/test";
import { createUser, savedAccountPage, savedUser, sessionCookie, signIn, test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { auditEntries, card, createArticle, createComment, dbQuery, nextActionRequest, openQueue, statusOf, uniqueTag } from "./moderation-fixtures";

test.describe("moderation queue", () => {
  test("an editor sees why a comment is held, what it replies to and the author's history, then approves it", async ({ editorPage: page }) => {
    const article = await createArticle();
    const parentAuthor = uniqueTag("Parent");
    const author = uniqueTag("Casino");
    const parent = await createComment({ articleId: article.id, authorName: parentAuthor, status: "approved", body: "The original point about the border crossing." });
    await createComment({ articleId: article.id, authorName: author, authorEmail: `${author}@example.test`.toLowerCase(), status: "approved", body: "An earlier approved comment." });
    const held = await createComment({
      articleId: article.id,
      authorName: author,
      authorEmail: `${author}@example.test`.toLowerCase(),
      authorWebsite: "https://casino.example/",
      parentId: parent.id,
      body: "Visit https://a.example https://b.example https://c.example for <b>casino</b> deals",
      reasons: [
        { rule: "links", detail: "3/2" },
        { rule: "moderation-word", detail: "casino" },
      ],
      ip: "198.51.100.23",
    });
    const editor = savedUser("editor");

    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /^Pending \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
    await page.getByLabel("Article").selectOption(article.slug);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("link", { name: "Pending (1)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Approved (2)" })).toBeVisible();

    const item = card(page, author);
    await expect(item).toContainText("3 links, limit 2");
    await expect(item).toContainText("matched moderation word 'casino'");
    await expect(item).toContainText(`In reply to ${parentAuthor}`);
    await expect(item).toContainText("The original point about the border crossing.");
    await expect(item).toContainText("1 approved, 1 pending, 0 spam, 0 trash");
    await expect(item).toContainText("198.51.100.23");
    await expect(item).toContainText(`${author}@example.test`.toLowerCase());
    await expect(item).toContainText("https://casino.example/");
    // Reader text is shown as text, never as markup.
    await expect(item).toContainText("for <b>casino</b> deals");
    await expectNoAxeViolations(page);

    await item.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status")).toContainText("1 comment approved.");
    await expect(item).toHaveCount(0);
    await expect.poll(() => statusOf(held.id)).toBe("approved");
    expect(await auditEntries(held.id)).toEqual([{ action: "approve", fromStatus: "pending", toStatus: "approved", actorId: editor.id }]);

    // The approved queue explains who approved it.
    await openQueue(page, article.slug, "approved");
    await expect(card(page, author).filter({ hasText: "Visit https://a.example" })).toContainText(`Approved by ${editor.email}`);

  });

  test("bulk spam on selected comments, and on all in the queue, with undo", async ({ editorPage: page }) => {
    const article = await createArticle();
    const names = [uniqueTag("Bulk-A"), uniqueTag("Bulk-B"), uniqueTag("Bulk-C")];
    const ids = [];
    for (const name of names) ids.push((await createComment({ articleId: article.id, authorName: name })).id);
    await openQueue(page, article.slug);

    await page.getByRole("checkbox", { name: `Select comment by ${names[0]}` }).check();
    await page.getByRole("checkbox", { name: `Select comment by ${names[1]}` }).check();
    await page.getByLabel("Bulk action").selectOption("spam");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("2 comments marked as spam.");
    await expect(card(page, names[0]!)).toHaveCount(0);
    await expect(card(page, names[2]!)).toBeVisible();
    expect(await Promise.all(ids.map(statusOf))).toEqual(["spam", "spam", "pending"]);

    await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("status")).toContainText("Undone: 2 comments put back.");
    await expect(card(page, names[0]!)).toBeVisible();
    expect(await Promise.all(ids.map(statusOf))).toEqual(["pending", "pending", "pending"]);

    await page.getByLabel("Bulk action").selectOption("spam");
    await page.getByRole("button", { name: "Apply to all 3 in this queue" }).click();
    await expect(page.getByRole("status")).toContainText("3 comments marked as spam.");
    await expect(page.getByText("No comments here.")).toBeVisible();
    expect(await Promise.all(ids.map(statusOf))).toEqual(["spam", "spam", "spam"]);
    expect((await auditEntries(ids[0]!)).map((e) => e.action)).toEqual(["spam", "undo", "spam"]);
  });

  test("mixed ids in one bulk action give a result per comment and change only what they should", async ({ editorPage: page }) => {
    const article = await createArticle();
    const other = await createArticle();
    const a = await createComment({ articleId: article.id, authorName: uniqueTag("Mixed-A") });
    const trashed = await createComment({ articleId: other.id, authorName: uniqueTag("Mixed-T"), status: "trash" });
    await openQueue(page, article.slug);
    await page.getByRole("checkbox", { name: /Select comment by Mixed-A/ }).check();
    // Add a comment from another article (already trashed) and one that does not exist to the same post.
    await page.evaluate(
      ([t]) => {
        const form = document.getElementById("bulk-form") as HTMLFormElement;
        for (const id of [t, 999_999_999]) {
          const input = document.createElement("input");
          input.type = "hidden";
          input.name = "id";
          input.value = String(id);
          form.append(input);
        }
      },
      [trashed.id],
    );
    await page.getByLabel("Bulk action").selectOption("trash");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("1 comment moved to the Trash. 1 comment already in that state. 1 comment not found.");
    expect(await statusOf(a.id)).toBe("trash");
    expect(await auditEntries(trashed.id)).toEqual([]);
  });

  test("quick edit, staff reply and permanent deletion by an admin, each undoable where it can be", async ({ adminPage: page }) => {
    const article = await createArticle();
    const name = uniqueTag("Edit");
    const comment = await createComment({ articleId: article.id, authorName: name, body: "Teh typo here." });
    const admin = savedUser("admin");
    await openQueue(page, article.slug);

    await card(page, name).getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Comment text").fill("The typo fixed.");
    await page.getByRole("button", { name: "Save text" }).click();
    await expect(page.getByRole("status")).toContainText("Comment text updated.");
    await expect(card(page, name)).toContainText("The typo fixed.");
    await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
    await expect(card(page, name)).toContainText("Teh typo here.");

    await card(page, name).getByRole("button", { name: "Reply" }).click();
    await page.getByLabel(`Reply to ${name}`).fill("Thanks, we have corrected the article.");
    await page.getByRole("button", { name: "Publish reply" }).click();
    await expect(page.getByRole("status")).toContainText("Reply published.");
    const reply = await dbQuery("comment", "findFirstOrThrow", { where: { parentId: comment.id }, select: { status: true, isStaff: true, body: true } });
    expect(reply).toEqual({ status: "approved", isStaff: true, body: "Thanks, we have corrected the article." });
    // Replying to a pending comment approves it, as WordPress's "Approve and Reply" does.
    expect(await statusOf(comment.id)).toBe("approved");

    await openQueue(page, article.slug, "approved");
    await expect(card(page, admin.name).filter({ hasText: "Staff" })).toBeVisible();
    await card(page, name).getByRole("button", { name: "Trash" }).click();
    await expect(page.getByRole("status")).toContainText("1 comment moved to the Trash.");
    await openQueue(page, article.slug, "trash");
    await card(page, name).getByRole("button", { name: "Delete permanently" }).click();
    await expect(page.getByRole("status")).toContainText("1 comment deleted permanently.");
    expect(await statusOf(comment.id)).toBeNull();
    expect((await auditEntries(comment.id)).map((e) => e.action)).toEqual(["edit", "undo", "approve", "trash", "delete"]);
  });

  test("the basic actions work without JavaScript", async ({ browser }) => {
    const article = await createArticle();
    const name = uniqueTag("NoJS");
    const comment = await createComment({ articleId: article.id, authorName: name });
    const page = await savedAccountPage(browser, "editor", { javaScriptEnabled: false });
    await openQueue(page, article.slug);

    await card(page, name).getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status")).toContainText("1 comment approved.");
    expect(await statusOf(comment.id)).toBe("approved");
    await expect(card(page, name)).toHaveCount(0);

    await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
    await expect(card(page, name)).toBeVisible();
    expect(await statusOf(comment.id)).toBe("pending");

    await card(page, name).getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Comment text").fill("Edited without scripts.");
    await page.getByRole("button", { name: "Save text" }).click();
    await expect(card(page, name)).toContainText("Edited without scripts.");
    await page.context().close();
  });

  test("two editors approving the same comment at once leave one state and one audit entry", async ({ browser }) => {
    const article = await createArticle();
    const name = uniqueTag("Race");
    const comment = await createComment({ articleId: article.id, authorName: name });
    const pages = [];
    for (const account of ["editor", "otherEditor"] as const) {
      const page = await savedAccountPage(browser, account);
      await openQueue(page, article.slug);
      pages.push(page);
    }
    await Promise.all(pages.map((page) => card(page, name).getByRole("button", { name: "Approve" }).click()));
    for (const page of pages) await expect(page.getByRole("status")).toContainText(/1 comment (approved|already in that state)\./);
    expect(await statusOf(comment.id)).toBe("approved");
    expect((await auditEntries(comment.id)).filter((e) => e.action === "approve")).toHaveLength(1);
    for (const page of pages) await page.context().close();
  });
});

test.describe("moderation refusals: replayed server actions change nothing", () => {
  async function replay(captured: Request, baseURL: string, cookie: string | null) {
    const context = await playwrightRequest.newContext({ baseURL });
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(captured.headers())) {
      if (["next-action", "next-router-state-tree", "content-type", "accept", "origin"].includes(key)) headers[key] = value;
    }
    if (cookie) headers.cookie = cookie;
    const response = await context.post(captured.url(), { headers, data: captured.postDataBuffer() ?? Buffer.alloc(0), maxRedirects: 0 });
    const status = response.status();
    await context.dispose();
    return status;
  }

  test("approve replayed with no cookie, a forged cookie or a signed-out session is refused; the real session works", async ({ browser, baseURL }) => {
    const article = await createArticle();
    const name = uniqueTag("Replay");
    const comment = await createComment({ articleId: article.id, authorName: name });
    // Its own editor, signed in for real: the test ends that session.
    const editor = await createUser();
    const page = await (await browser.newContext()).newPage();
    await signIn(page, editor.email, editor.password);
    await openQueue(page, article.slug);
    const session = await sessionCookie(page);

    // Capture the real request, and stop it reaching the server.
    await page.route("**/dashboard**", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
    const captured = nextActionRequest(page);
    await card(page, name).getByRole("button", { name: "Approve" }).click();
    const approve = await captured;
    expect(await statusOf(comment.id)).toBe("pending");

    await replay(approve, baseURL!, null);
    await replay(approve, baseURL!, `${session.name}=forged.${session.value.slice(0, 20)}`);
    await replay(approve, baseURL!, "authjs.session-token=eyJhbGciOiJIUzI1NiJ9.e30.invalid");
    expect(await statusOf(comment.id)).toBe("pending");

    // A genuine cookie of a session that has since ended (sign-out bumps the version) passes the proxy's check but not the data layer's.
    await dbQuery("user", "update", { where: { id: editor.id }, data: { sessionVersion: { increment: 1 } } });
    await replay(approve, baseURL!, `${session.name}=${session.value}`);
    expect(await statusOf(comment.id)).toBe("pending");
    expect(await auditEntries(comment.id)).toEqual([]);
    await dbQuery("user", "update", { where: { id: editor.id }, data: { sessionVersion: { decrement: 1 } } });

    // The same bytes with the live session do work: the refusals above were about the caller.
    await replay(approve, baseURL!, `${session.name}=${session.value}`);
    expect(await statusOf(comment.id)).toBe("approved");
    await page.context().close();
  });

  test("delete permanently replayed with an editor's cookie is refused", async ({ adminPage: page, browser, baseURL }) => {
    const article = await createArticle();
    const name = uniqueTag("Doomed");
    const comment = await createComment({ articleId: article.id, authorName: name, status: "trash" });
    await openQueue(page, article.slug, "trash");
    await page.route("**/dashboard**", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
    const captured = nextActionRequest(page);
    await card(page, name).getByRole("button", { name: "Delete permanently" }).click();
    const destroy = await captured;

    const editorPage = await savedAccountPage(browser, "editor");
    const editorCookie = await sessionCookie(editorPage);
    await replay(destroy, baseURL!, `${editorCookie.name}=${editorCookie.value}`);
    await replay(destroy, baseURL!, null);
    expect(await statusOf(comment.id)).toBe("trash");
    await expect(editorPage.goto("/dashboard?status=trash").then(() => editorPage.getByRole("button", { name: "Delete permanently" }).count())).resolves.toBe(0);
    await editorPage.context().close();

    const adminCookie = await sessionCookie(page);
    await replay(destroy, baseURL!, `${adminCookie.name}=${adminCookie.value}`);
    expect(await statusOf(comment.id)).toBeNull();
  });
});
