import "server-only";
import { getDb } from "@/lib/db/client";
import { getEditor, requireAdmin } from "@/lib/auth/session";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { auditAdminAction, describeChanges } from "@/lib/audit/write";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { transact, type Tx } from "@/lib/events/outbox";
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

// Any constant: the advisory lock that serialises changes to who is an admin.
const ADMIN_GUARD_LOCK = 727_002;

/**
 * Whether taking admin rights away from this user leaves no active admin.
 * Read inside the transaction that makes the change, after taking a lock
 * (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE): two admins
 * demoting each other at once cannot both pass.
 */
async function isOnlyActiveAdmin(tx: Tx, userId: number): Promise<boolean> {
  if (env.databaseFlavor === "postgres") await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})::text`);
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabled: true } });
  if (!target || target.role !== "admin" || target.disabled) return false;
  const others = await tx.user.count({ where: { role: "admin", disabled: false, id: { not: userId } } });
  return others === 0;
}

const roleName = (role: string) => (role === "admin" ? "an admin" : "an editor");

/** Creates an account; refuses an email that already has one. */
export async function createUser(input: UpsertUserInput): Promise<UserChange> {
  const admin = await requireAdmin();
  const db = await getDb();
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, message: "An account with this email already exists.", field: "email" };
  }
  // The admin typed this password: the person chooses their own at first sign-in.
  const passwordHash = await hashPassword(input.password);
  try {
    await transact(async (tx, events) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: true }, select: { id: true } });
      await auditAdminAction(tx, admin.id, "user.create", `${input.email} (${input.name}) created as ${input.role}`);
      events.record({ type: "user.changed", actorId: admin.id, payload: { userId: user.id, change: "created" } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: "An account with this email already exists.", field: "email" };
    throw error;
  }
  return { ok: true, message: `Created ${input.role} ${input.email}.` };
}

/** Changes the role; the user's sessions end so the new role applies at once. */
export async function changeUserRole(userId: number, role: Role): Promise<UserChange> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<UserChange> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!user) return { ok: false, message: "That account no longer exists." };
    if (user.role === role) return { ok: true, message: `${user.email} is already ${roleName(role)}.` };
    if (role !== "admin" && (await isOnlyActiveAdmin(tx, userId))) return { ok: false, message: LAST_ADMIN };
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await auditAdminAction(tx, admin.id, "user.role", describeChanges(user.email, [{ field: "role", before: user.role, after: role }]));
    events.record({ type: "user.changed", actorId: admin.id, payload: { userId, change: "role" } });
    return { ok: true, message: `${user.email} is now ${roleName(role)}.` };
  });
}

/** Disables (signing the user out everywhere at once) or re-enables an account. */
export async function setUserDisabled(userId: number, disabled: boolean): Promise<UserChange> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<UserChange> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, disabled: true } });
    if (!user) return { ok: false, message: "That account no longer exists." };
    const done = disabled ? `Disabled ${user.email}; they are signed out.` : `Enabled ${user.email}.`;
    if (user.disabled === disabled) return { ok: true, message: done };
    if (disabled && (await isOnlyActiveAdmin(tx, userId))) return { ok: false, message: LAST_ADMIN };
    await tx.user.update({ where: { id: userId }, data: { disabled, ...(disabled ? { sessionVersion: { increment: 1 } } : {}) } });
    const state = (d: boolean) => (d ? "disabled" : "active");
    await auditAdminAction(tx, admin.id, "user.disable", describeChanges(user.email, [{ field: "account", before: state(!disabled), after: state(disabled) }]));
    events.record({ type: "user.changed", actorId: admin.id, payload: { userId, change: disabled ? "disabled" : "enabled" } });
    return { ok: true, message: done };
  });
}

/** Sets the display name that signs a user's staff replies. */
export async function renameUser(userId: number, name: string): Promise<UserChange> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<UserChange> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
    if (!user) return { ok: false, message: "That account no longer exists." };
    if (user.name === name) return { ok: true, message: `${user.email} is already named ${name}.` };
    await tx.user.update({ where: { id: userId }, data: { name } });
    await auditAdminAction(tx, admin.id, "user.rename", describeChanges(user.email, [{ field: "name", before: user.name, after: name }]));
    events.record({ type: "user.changed", actorId: admin.id, payload: { userId, change: "name" } });
    return { ok: true, message: `${user.email} is now shown as ${name}.` };
  });
}

/**
 * Gives the account a new random password, returned once to show the admin.
 * Every session of that account ends, the admin's own other sessions
 * included; when admins reset their own, `refreshedSession` lets the action
 * keep this one session (lib/auth/session-refresh.ts).
 */
export async function resetUserPassword(userId: number): Promise<UserChange & { refreshedSession?: { userId: number; sessionVersion: number } }> {
  const admin = await requireAdmin();
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return transact(async (tx, events) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return { ok: false as const, message: "That account no longer exists." };
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash,
        // Someone else will hand this password over: its owner replaces it at
        // first sign-in. Admins resetting their own have seen it themselves.
        mustChangePassword: userId !== admin.id,
        sessionVersion: { increment: 1 },
      },
      select: { sessionVersion: true },
    });
    await auditAdminAction(tx, admin.id, "user.password", `${user.email}: password reset; signed out everywhere`);
    events.record({ type: "user.changed", actorId: admin.id, payload: { userId, change: "password" } });
    return {
      ok: true as const,
      message: `New password for ${user.email}. It is shown only this once.`,
      oneTimePassword: password,
      ...(userId === admin.id ? { refreshedSession: { userId, sessionVersion: updated.sessionVersion } } : {}),
    };
  });
}

/**
 * Signs the caller out everywhere: bumping sessionVersion kills every copy of
 * their session cookie, including one an attacker may have kept. Nothing to
 * do for a caller who is not signed in.
 */
export async function endMySessions(): Promise<void> {
  const editor = await getEditor();
  if (!editor) return;
  await transact(async (tx, events) => {
    await tx.user.update({ where: { id: editor.id }, data: { sessionVersion: { increment: 1 } } });
    events.record({ type: "user.changed", actorId: editor.id, payload: { userId: editor.id, change: "signed-out" } });
  });
}
