import "server-only";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { upsertUserAccount } from "./accounts";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Role, UpsertUserInput } from "./validation";

// Account management for admins. Every function checks the caller here, not
// in the page or action: server actions are public endpoints.

export type UserRow = {
  id: number;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  isSelf: boolean;
};

/** A refusal the admin can act on ("you are the last admin"). */
export type UserChange = { ok: true; message: string; oneTimePassword?: string } | { ok: false; message: string; field?: string };

const LAST_ADMIN = "There must always be at least one active admin: make another admin first.";

/** Every account, admins first. */
export async function listUsers(): Promise<UserRow[]> {
  const admin = await requireAdmin();
  const db = await getDb();
  const rows = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), isSelf: row.id === admin.id }));
}

async function isOnlyActiveAdmin(userId: number): Promise<boolean> {
  const db = await getDb();
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, disabled: true } });
  if (!target || target.role !== "admin" || target.disabled) return false;
  const others = await db.user.count({ where: { role: "admin", disabled: false, id: { not: userId } } });
  return others === 0;
}

/** Creates an account; refuses an email that already has one. */
export async function createUser(input: UpsertUserInput): Promise<UserChange> {
  await requireAdmin();
  const db = await getDb();
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, message: "An account with this email already exists.", field: "email" };
  }
  // The admin typed this password: the person chooses their own at first sign-in.
  const outcome = await upsertUserAccount(db, input, { mustChangePassword: true });
  return { ok: true, message: `Created ${outcome.role} ${outcome.email}.` };
}

/** Changes the role; the user's sessions end so the new role applies at once. */
export async function changeUserRole(userId: number, role: Role): Promise<UserChange> {
  await requireAdmin();
  if (role !== "admin" && (await isOnlyActiveAdmin(userId))) return { ok: false, message: LAST_ADMIN };
  const db = await getDb();
  const result = await db.user.updateMany({
    where: { id: userId, role: { not: role } },
    data: { role, sessionVersion: { increment: 1 } },
  });
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, message: "That account no longer exists." };
  return { ok: true, message: result.count === 0 ? `${user.email} is already ${role === "admin" ? "an admin" : "an editor"}.` : `${user.email} is now ${role === "admin" ? "an admin" : "an editor"}.` };
}

/** Disables (signing the user out everywhere at once) or re-enables an account. */
export async function setUserDisabled(userId: number, disabled: boolean): Promise<UserChange> {
  await requireAdmin();
  if (disabled && (await isOnlyActiveAdmin(userId))) return { ok: false, message: LAST_ADMIN };
  const db = await getDb();
  await db.user.updateMany({
    where: { id: userId, disabled: !disabled },
    data: { disabled, ...(disabled ? { sessionVersion: { increment: 1 } } : {}) },
  });
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, message: "That account no longer exists." };
  return { ok: true, message: disabled ? `Disabled ${user.email}; they are signed out.` : `Enabled ${user.email}.` };
}

/**
 * Gives the account a new random password, returned once to show the admin.
 * Other people's sessions end; resetting your own keeps you signed in here.
 */
export async function resetUserPassword(userId: number): Promise<UserChange> {
  const admin = await requireAdmin();
  const db = await getDb();
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const result = await db.user.updateMany({
    where: { id: userId },
    data: { passwordHash, mustChangePassword: true, ...(userId === admin.id ? {} : { sessionVersion: { increment: 1 } }) },
  });
  if (result.count === 0) return { ok: false, message: "That account no longer exists." };
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  return { ok: true, message: `New password for ${user?.email ?? "the account"}. It is shown only this once.`, oneTimePassword: password };
}
