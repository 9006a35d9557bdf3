import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { upsertUser } from "./support/db";

// Accounts for e2e tests, written straight into the test database with the
// app's own hashing code (through e2e/support/db.ts). Each test makes its
// own, with a unique email, so tests never share (or throttle) an account.

export { dbQuery } from "./support/db";

export function uniqueEmail(label = "user"): string {
  return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@example.test`;
}

export const TEST_PASSWORD = "correct horse battery staple";

export type TestUser = { id: number; email: string; password: string; role: "admin" | "editor"; name: string };

/** Creates (or resets) an account; defaults: a unique editor with TEST_PASSWORD. */
export async function createUser(options: Partial<Omit<TestUser, "id">> = {}): Promise<TestUser> {
  const role = options.role ?? "editor";
  const email = options.email ?? uniqueEmail(role);
  const password = options.password ?? TEST_PASSWORD;
  const name = options.name ?? `Test ${role}`;
  const { id } = await upsertUser({ email, password, role, name });
  return { id, email, password, role, name };
}

/**
 * Accounts signed in once by e2e/auth.setup.ts and shared by every test that
 * just needs "a signed-in editor/admin": pass `signedInState(name)` as
 * storageState. No test may sign them out or change their role or status.
 */
export const SAVED_ACCOUNTS = { admin: "admin", editor: "editor", otherEditor: "editor" } as const satisfies Record<string, TestUser["role"]>;
export type SavedAccount = keyof typeof SAVED_ACCOUNTS;

// Under .tmp/e2e, which scripts/e2e.mjs empties before each run.
const savedDir = path.join(__dirname, "..", ".tmp", "e2e", "auth");

export function savedAccountFiles(account: SavedAccount): { state: string; user: string } {
  fs.mkdirSync(savedDir, { recursive: true });
  return { state: path.join(savedDir, `${account}.state.json`), user: path.join(savedDir, `${account}.user.json`) };
}

/** The storage state of a saved account, for test.use({ storageState }) or browser.newContext. */
export function signedInState(account: SavedAccount): string {
  return savedAccountFiles(account).state;
}

/** Who a saved account is (call it inside a test: the setup project writes it first). */
export function savedUser(account: SavedAccount): TestUser {
  return JSON.parse(fs.readFileSync(savedAccountFiles(account).user, "utf8")) as TestUser;
}

/** A new browser context signed in as a saved account. */
export async function savedAccountPage(browser: Browser, account: SavedAccount, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ storageState: signedInState(account), ...options });
  return context.newPage();
}

/**
 * `test` with a page signed in as the saved editor or admin. Not
 * test.use({ storageState }): Playwright applies that to every context and
 * request of the test, and these tests also speak as visitors and other users.
 */
export const test = base.extend<{ editorPage: Page; adminPage: Page }>({
  editorPage: async ({ browser }, provide) => {
    const page = await savedAccountPage(browser, "editor");
    await provide(page);
    await page.context().close();
  },
  adminPage: async ({ browser }, provide) => {
    const page = await savedAccountPage(browser, "admin");
    await provide(page);
    await page.context().close();
  },
});

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string, callbackUrl?: string): Promise<void> {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A real argon2 check plus the dashboard's first render: with two workers
  // on a busy machine that can take longer than a plain expectation allows.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 20_000 });
}

/** The session cookie's name and value, for replaying it from outside the browser. */
export async function sessionCookie(page: Page): Promise<{ name: string; value: string }> {
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => /(^|\.)authjs\.session-token$/.test(c.name));
  if (!cookie) throw new Error("No session cookie: is the page signed in?");
  return { name: cookie.name, value: cookie.value };
}

/** A server-action POST captured from the browser (and never delivered). */
export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Runs `trigger` (a click that submits a server-action form) and captures the
 * request it makes instead of letting it reach the server, so the test can
 * replay the exact request with other credentials.
 */
export async function captureServerAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  const pattern = (url: URL) => url.pathname.startsWith("/dashboard");
  await page.route(pattern, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  const requestSeen = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await trigger();
  await requestSeen;
  await page.unroute(pattern);
  if (!captured) throw new Error("No server action was submitted");
  return captured;
}

/** Replays a captured server action with the given Cookie header (or none). */
export async function replayServerAction(request: APIRequestContext, action: CapturedAction, cookie?: string) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(action.headers)) {
    if (["cookie", "host", "content-length", "connection"].includes(name) || name.startsWith(":")) continue;
    headers[name] = value;
  }
  if (cookie) headers.cookie = cookie;
  return request.post(action.url, { headers, data: action.body, maxRedirects: 0 });
}

/** A Cookie header carrying this page's session. */
export async function sessionCookieHeader(page: Page): Promise<string> {
  const cookie = await sessionCookie(page);
  return `${cookie.name}=${cookie.value}`;
}

/** A new browser context signed in as `user`, for a second person in the same test. */
export async function signedInPage(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

/** Session cookies that must never work: garbage, and a token signed with the wrong secret shape. */
export const FORGED_COOKIES = [
  "authjs.session-token=forged",
  "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..AAAAAAAAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA",
];
