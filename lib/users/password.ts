import "server-only";
import { getDb } from "@/lib/db/client";
import { transact } from "@/lib/events/outbox";
import { requireSignedIn } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { ChoosePasswordInput } from "./validation";

export type PasswordChoice = { ok: true; email: string } | { ok: false; message: string; field?: "password" | "confirm" };

/**
 * The signed-in user's own new password, when one is due (the first-start
 * admin, an account an admin created or reset). It must differ from the one
 * they were given. Every other session of the account ends: someone else
 * may have signed in with the given password too.
 */
export async function choosePassword(input: ChoosePasswordInput): Promise<PasswordChoice> {
  const editor = await requireSignedIn();
  if (!editor.mustChangePassword) return { ok: false, message: "Your password does not need changing." };
  const db = await getDb();
  const current = await db.user.findUnique({ where: { id: editor.id }, select: { passwordHash: true } });
  if (!current) return { ok: false, message: "That account no longer exists." };
  if (await verifyPassword(current.passwordHash, input.password)) {
    return { ok: false, field: "password", message: "Choose a password different from the one you were given." };
  }
  const passwordHash = await hashPassword(input.password);
  // Only if still due: two submissions racing change it once.
  const changed = await transact(async (tx, events) => {
    const result = await tx.user.updateMany({
      where: { id: editor.id, mustChangePassword: true },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (result.count === 1) events.record({ type: "user.changed", actorId: editor.id, payload: { userId: editor.id, change: "password-chosen" } });
    return result;
  });
  if (changed.count === 0) return { ok: false, message: "Your password does not need changing." };
  return { ok: true, email: editor.email };
}
