import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { FORGED_COOKIES, createUser, savedUser, sessionCookieHeader, signIn, test } from "./auth-fixtures";
import { createApprovedComment, createArticle, db, setStatus, unique, useSettings } from "./support/db";

// Every server action is a public endpoint. This enumerates them from the
// build's own manifest, so an action added later without a case here fails
// the suite, and replays each one with a real payload: without a session,
// with forged cookies, from another origin, and (for admin-only ones) with an
// editor's session. Each must change nothing. The same payload with an admin
// session does change something, proving the replay itself is valid.

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

function listActions(): { id: string; name: string }[] {
  const file = path.join(__dirname, "..", ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? "?" }));
}

// Reachable by anyone on purpose, each for its own reason.
const PUBLIC = {
  postCommentAction: "posting a comment is public; e2e/commenting.spec.ts covers its rules",
  signInAction: "signing in is public; e2e/sign-in.spec.ts covers throttling",
  signOutAction: "ends only the caller's own session",
};

type Fixture = { commentId: number; trashedId: number; auditId: number; articleId: number; articleSlug: string; editorId: number; webhookId: number; deliveryId: number };

type Case = {
  path: string;
  prevState: boolean;
  adminOnly: boolean;
  fields: (f: Fixture) => Record<string, string | string[]>;
  /** Works only for a user whose password is due (and changes it): the valid replay uses such a session, and an ordinary admin's is one more refusal. */
  passwordDue?: true;
};

const CASES: Record<string, Case> = {
  moderateCommentsAction: { path: "/dashboard", prevState: true, adminOnly: false, fields: (f) => ({ intent: "trash", id: String(f.commentId) }) },
  moderateCommentsFormAction: { path: "/dashboard", prevState: false, adminOnly: false, fields: (f) => ({ intent: "spam", id: String(f.commentId), return: "/dashboard" }) },
  editCommentAction: { path: "/dashboard", prevState: true, adminOnly: false, fields: (f) => ({ id: String(f.commentId), body: "Edited by a replay" }) },
  editCommentFormAction: { path: "/dashboard", prevState: false, adminOnly: false, fields: (f) => ({ id: String(f.commentId), body: "Edited by a form replay", return: "/dashboard" }) },
  replyAsStaffAction: { path: "/dashboard", prevState: true, adminOnly: false, fields: (f) => ({ parentId: String(f.commentId), body: "Staff reply by replay" }) },
  replyAsStaffFormAction: { path: "/dashboard", prevState: false, adminOnly: false, fields: (f) => ({ parentId: String(f.commentId), body: "Staff form reply by replay", return: "/dashboard" }) },
  undoModerationAction: { path: "/dashboard", prevState: true, adminOnly: false, fields: (f) => ({ entries: String(f.auditId) }) },
  undoModerationFormAction: { path: "/dashboard", prevState: false, adminOnly: false, fields: (f) => ({ entries: String(f.auditId), return: "/dashboard" }) },
  setCommentsOpenAction: { path: "/dashboard/articles", prevState: true, adminOnly: true, fields: (f) => ({ slug: f.articleSlug, open: "false" }) },
  updateSettingsAction: {
    path: "/dashboard/settings",
    prevState: true,
    adminOnly: true,
    fields: () => ({ holdAll: "on", requirePriorApproval: "on", linkLimit: "7", moderationWords: "replayed", disallowedWords: "", floodSeconds: "15", threadDepth: "5", commentsPerPage: "50", closeAfterDays: "0" }),
  },
  createUserAction: { path: "/dashboard/users", prevState: true, adminOnly: true, fields: () => ({ email: `${unique("intruder")}@example.org`, name: "Intruder", role: "admin", password: "a long enough password 123" }) },
  changeUserRoleAction: { path: "/dashboard/users", prevState: true, adminOnly: true, fields: (f) => ({ userId: String(f.editorId), role: "admin" }) },
  setUserDisabledAction: { path: "/dashboard/users", prevState: true, adminOnly: true, fields: (f) => ({ userId: String(f.editorId), disabled: "true" }) },
  resetUserPasswordAction: { path: "/dashboard/users", prevState: true, adminOnly: true, fields: (f) => ({ userId: String(f.editorId) }) },
  renameUserAction: { path: "/dashboard/users", prevState: true, adminOnly: true, fields: (f) => ({ userId: String(f.editorId), name: "Renamed by a replay" }) },
  createWebhookAction: {
    path: "/dashboard/webhooks",
    prevState: true,
    adminOnly: true,
    // 127.0.0.1 is in WEBHOOK_ALLOWED_HOSTS (playwright.config.ts); nothing listens on port 9.
    fields: () => ({ url: `http://127.0.0.1:9/intruder-${unique("hook")}`, secret: "", events: "comment.deleted" }),
  },
  setWebhookEnabledAction: { path: "/dashboard/webhooks", prevState: true, adminOnly: true, fields: (f) => ({ webhookId: String(f.webhookId), enabled: "false" }) },
  deleteWebhookAction: { path: "/dashboard/webhooks", prevState: true, adminOnly: true, fields: (f) => ({ webhookId: String(f.webhookId) }) },
  sendWebhookTestAction: { path: "/dashboard/webhooks", prevState: true, adminOnly: true, fields: (f) => ({ webhookId: String(f.webhookId) }) },
  retryWebhookDeliveryAction: { path: "/dashboard/webhooks", prevState: true, adminOnly: true, fields: (f) => ({ deliveryId: String(f.deliveryId) }) },
  choosePasswordAction: {
    path: "/dashboard/password",
    prevState: true,
    adminOnly: false,
    passwordDue: true,
    fields: () => ({ password: "a replayed new passphrase", confirm: "a replayed new passphrase" }),
  },
};

/**
 * The state the actions under test could change, as one comparable value:
 * the fixture's article, comments, audit entries and target user, any user
 * the create action could have made, and the settings. Only these: tests in
 * the "parallel" project change other rows meanwhile (playwright.config.ts).
 */
async function snapshot(f: Fixture): Promise<string> {
  const database = await db();
  const [comments, users, settings, articles, audit, webhooks, deliveries] = await Promise.all([
    database.comment.findMany({ where: { articleId: f.articleId }, select: { id: true, status: true, body: true }, orderBy: { id: "asc" } }),
    database.user.findMany({
      where: { OR: [{ id: f.editorId }, { email: { startsWith: "intruder-" } }] },
      select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, passwordHash: true },
      orderBy: { id: "asc" },
    }),
    database.settings.findMany(),
    database.article.findMany({ where: { id: f.articleId }, select: { slug: true, commentsOpen: true } }),
    database.auditLog.count({ where: { OR: [{ commentId: { in: [f.commentId, f.trashedId] } }, { actorId: f.editorId }] } }),
    database.webhookEndpoint.findMany({ where: { OR: [{ id: f.webhookId }, { url: { contains: "/intruder-hook-" } }] }, select: { id: true, url: true, enabled: true, events: true }, orderBy: { id: "asc" } }),
    // The fixture's failed delivery, and any test event (other events do not reach this endpoint).
    database.webhookDelivery.findMany({ where: { endpointId: f.webhookId, OR: [{ id: f.deliveryId }, { eventType: "webhook.test" }] }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ comments, users, settings: settings.map(({ updatedAt: _u, ...rest }) => rest), articles, audit, webhooks, deliveries });
}

/** A server-action request as React encodes it: args in field 0, the FormData's entries as _1_name. */
function encode(c: Case, f: Fixture): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(c.fields(f))) for (const v of [value].flat()) form.append(`_1_${name}`, v);
  // The root comes last, as React sends it: the server reads the entries it refers to first.
  form.append("0", JSON.stringify(c.prevState ? [{}, "$K1"] : ["$K1"]));
  return form;
}

async function replay(baseURL: string, action: { id: string }, c: Case, f: Fixture, headers: Record<string, string>) {
  const response = await fetch(`${baseURL}${c.path}`, {
    method: "POST",
    headers: { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component", ...headers },
    body: encode(c, f),
    redirect: "manual",
  });
  return { status: response.status, text: (await response.text()).slice(0, 500) };
}

/** The saved admin made the audit entry: an undo only reverses its caller's own recent actions. */
async function freshFixture(editorId: number): Promise<Fixture> {
  const article = await createArticle();
  const comment = await createApprovedComment(article, { name: unique("Target"), email: `${unique("t")}@example.org`, body: "Target of the replays." });
  await setStatus(comment.id, "pending");
  // An audit entry an undo could revert (its comment was trashed by it).
  const trashed = await createApprovedComment(article, { name: unique("Undo"), email: `${unique("u")}@example.org`, body: "Undo target." });
  await setStatus(trashed.id, "trash");
  const audit = await (await db()).auditLog.create({
    data: { action: "trash", commentId: trashed.id, fromStatus: "approved", toStatus: "trash", actorId: savedUser("admin").id },
  });
  // A webhook endpoint (subscribed to a rare event) with one failed delivery to retry.
  const webhook = await (await db()).webhookEndpoint.create({ data: { url: `http://127.0.0.1:9/${unique("refusals")}`, secret: "a refusal fixture's secret", events: JSON.stringify(["comment.deleted"]) } });
  const delivery = await (await db()).webhookDelivery.create({
    data: { endpointId: webhook.id, eventId: 2_000_000_000 - webhook.id, eventType: "comment.deleted", body: "{}", status: "failed", attempts: 10, error: "fixture" },
  });
  return { commentId: comment.id, trashedId: trashed.id, auditId: audit.id, articleId: article.id, articleSlug: article.slug, editorId, webhookId: webhook.id, deliveryId: delivery.id };
}

async function cookieOf(page: Page): Promise<string> {
  return sessionCookieHeader(page);
}

test.describe.configure({ timeout: 180_000 });
// The accepted settings replay really saves settings: put WordPress's defaults back.
test.afterEach(async () => {
  await useSettings();
  // The webhook endpoints the fixtures and the accepted create replay made.
  await (await db()).webhookEndpoint.deleteMany({ where: { OR: [{ url: { contains: "/refusals-" } }, { url: { contains: "/intruder-hook-" } }] } });
});

test("every server action is either public by design or has a refusal case here", () => {
  const names = listActions().map((a) => a.name);
  const missing = names.filter((name) => !(name in CASES) && !(name in PUBLIC));
  expect(missing, "add a refusal case for each new server action").toEqual([]);
  expect(Object.keys(CASES).filter((name) => !names.includes(name))).toEqual([]);
});

test("each protected action refuses replays without a valid session, from another origin, or from an editor when admin-only", async ({ adminPage, editorPage, browser, baseURL }) => {
  const adminCookie = await cookieOf(adminPage);
  const editorCookie = await cookieOf(editorPage);

  for (const action of listActions()) {
    const c = CASES[action.name];
    if (!c) continue;
    // A target editor per action, so disabling or demoting one does not affect the next.
    const target = await createUser({ role: "editor" });
    const fixture = await freshFixture(target.id);
    // Made before the snapshot, so only the action's own change can alter it.
    let acceptedCookie = adminCookie;
    if (c.passwordDue) {
      await (await db()).user.update({ where: { id: target.id }, data: { mustChangePassword: true } });
      const duePage = await (await browser.newContext()).newPage();
      await signIn(duePage, target.email, target.password);
      acceptedCookie = await cookieOf(duePage);
      await duePage.context().close();
    }
    const before = await snapshot(fixture);

    const refusals: [string, Record<string, string>][] = [
      ["no cookie", {}],
      ...FORGED_COOKIES.map((cookie): [string, Record<string, string>] => [`forged cookie ${cookie.slice(0, 30)}`, { cookie }]),
      ["another origin", { cookie: adminCookie, Origin: "https://evil.example" }],
      ["x-middleware-subrequest", { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", "x-middleware-subrequest-id": "1" }],
    ];
    if (c.adminOnly) refusals.push(["editor cookie", { cookie: editorCookie }]);
    if (c.passwordDue) refusals.push(["admin cookie with no password due", { cookie: adminCookie }]);
    for (const [label, headers] of refusals) {
      await replay(baseURL!, action, c, fixture, headers);
      expect(await snapshot(fixture), `${action.name} replayed with ${label} changed data`).toBe(before);
    }

    const accepted = await replay(baseURL!, action, c, fixture, { cookie: acceptedCookie });
    await expect
      .poll(() => snapshot(fixture), { message: `${action.name} with an admin session should work (is the payload right?): ${accepted.status} ${accepted.text}` })
      .not.toBe(before);
  }
});

test("a server action body over 1 MB is refused", async ({ adminPage: page, baseURL }) => {
  const editor = await createUser({ role: "editor" });
  const fixture = await freshFixture(editor.id);
  const action = listActions().find((a) => a.name === "editCommentAction")!;
  const before = await snapshot(fixture);
  const huge = { ...CASES.editCommentAction!, fields: (f: Fixture) => ({ id: String(f.commentId), body: "x".repeat(1_200_000) }) };
  const { status } = await replay(baseURL!, action, huge, fixture, { cookie: await cookieOf(page) });
  expect(status).toBeGreaterThanOrEqual(400);
  expect(await snapshot(fixture)).toBe(before);
});
