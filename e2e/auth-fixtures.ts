import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
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

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string, callbackUrl?: string): Promise<void> {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** The session cookie's name and value, for replaying it from outside the browser. */
export async function sessionCookie(page: Page): Promise<{ name: string; value: string }> {
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => /(^|\.)authjs\.session-token$/.test(c.name));
  if (!cookie) throw new Error("No session cookie: is the page signed in?");
  return { name: cookie.name, value: cookie.value };
}
