import type { Db } from "@/lib/db/prisma-client";
import { recordEvents, type DatabaseFlavor } from "@/lib/events/record";
import type { UpsertUserInput } from "./validation";
import { generatePassword, hashPassword } from "@/lib/auth/password";

// Account writes shared by the app's data layer, `npm run user:create`, the
// first-start admin and the e2e fixtures. No caller check here: the callers
// are trusted scripts or lib/users/data.ts, which checks the admin first.
// Each write records its user.changed event in the same transaction, like
// every other write (lib/events/record.ts), so a running server hears of an
// account made or changed from the command line.

export type UpsertOutcome = { action: "created" | "updated"; id: number; email: string; role: string };

/**
 * Creates the account, or updates its password, role and name (and re-enables
 * it). Any change signs the account out everywhere (sessionVersion bump).
 * mustChangePassword: the password is known to someone else (an admin typed
 * it for the person), so the account must choose its own at first sign-in.
 * Without it (`npm run user:create`, run by the account's owner), the
 * password given is the account's own.
 */
export async function upsertUserAccount(
  db: Db,
  flavor: DatabaseFlavor,
  input: UpsertUserInput,
  { mustChangePassword = false } = {},
): Promise<UpsertOutcome> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const select = { id: true, email: true, role: true } as const;
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: {
            passwordHash,
            role: input.role,
            ...(input.name ? { name: input.name } : {}),
            disabled: false,
            mustChangePassword,
            sessionVersion: { increment: 1 },
          },
          select,
        })
      : await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword }, select });
    const action = existing ? "updated" : "created";
    await recordEvents(tx, flavor, [{ type: "user.changed", payload: { userId: user.id, change: action } }]);
    return { action, ...user };
  });
}

/**
 * On a database without any user, creates an admin with a random password and
 * returns it (to be printed once). Null when there already are users. The
 * printed password has been on a console and in logs, and the address is
 * predictable, so the admin must choose a new one at first sign-in.
 */
export async function ensureFirstAdmin(db: Db, flavor: DatabaseFlavor, email: string): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: "Administrator", role: "admin", passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await recordEvents(tx, flavor, [{ type: "user.changed", payload: { userId: user.id, change: "created" } }]);
    });
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if ((await db.user.count()) > 0) return null;
    throw error;
  }
  return { email, password };
}
