import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "./auth";
import { getDb } from "@/lib/db/client";
import { paths } from "@/lib/site/paths";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { roleSchema, type Role } from "@/lib/users/validation";

// Who is calling, checked against the database on every request: the JWT only
// says who signed in and with which session version. A disabled user, a role
// change or a sign-out (each bumps User.sessionVersion) ends every session at
// once, including a replayed copy of an old cookie.
//
// One way to use it:
// - lib/*/data.ts calls requireEditor() / requireAdmin() INSIDE each function;
//   they throw UnauthorizedError.
// - Server actions catch it (isUnauthorizedError) and return a typed result.
// - Pages call requireEditorPage() / requireAdminPage() first, which redirect
//   a signed-out visitor to sign-in and show a 404 to an editor on an admin page.
// - A user whose password someone else knows (User.mustChangePassword) is
//   refused by requireEditor() too, so no data function works for them until
//   they have chosen a new password (app/dashboard/password).

export type Editor = { id: number; email: string; name: string; role: Role; mustChangePassword: boolean };

const REFUSALS = {
  "signed-out": "Sign in to continue.",
  forbidden: "Only an administrator can do that.",
  // A password someone else knows (the first-start admin's, an admin's reset)
  // proves little: nothing else works until the user has chosen their own.
  "password-change": "Choose a new password before doing anything else.",
} as const;

export class UnauthorizedError extends Error {
  constructor(public readonly reason: keyof typeof REFUSALS) {
    super(REFUSALS[reason]);
    this.name = "UnauthorizedError";
  }
}

export function isUnauthorizedError(error: unknown): error is UnauthorizedError {
  return error instanceof UnauthorizedError;
}

/** The signed-in, enabled user whose session is current, or null. Cached per request. */
export const getEditor = cache(async (): Promise<Editor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isSafeInteger(id) || id <= 0) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || user.disabled || user.sessionVersion !== session.user.sessionVersion) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  return { id: user.id, email: user.email, name: user.name, role: role.data, mustChangePassword: user.mustChangePassword };
});

/**
 * The signed-in user, even one who still has to choose a new password: only
 * for choosing it (lib/users/password.ts). Throws UnauthorizedError("signed-out").
 */
export async function requireSignedIn(): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) throw new UnauthorizedError("signed-out");
  return editor;
}

/** The current editor or admin; throws UnauthorizedError ("signed-out", or "password-change" until they choose one). */
export async function requireEditor(): Promise<Editor> {
  const editor = await requireSignedIn();
  if (editor.mustChangePassword) throw new UnauthorizedError("password-change");
  return editor;
}

/** The current admin; throws UnauthorizedError ("signed-out" or "forbidden"). */
export async function requireAdmin(): Promise<Editor> {
  const editor = await requireEditor();
  if (editor.role !== "admin") throw new UnauthorizedError("forbidden");
  return editor;
}

function signInRedirect(returnTo: string): never {
  const callbackUrl = safeRedirectPath(returnTo, paths.dashboard);
  redirect(`${paths.signIn}?${new URLSearchParams({ callbackUrl })}`);
}

/**
 * For dashboard pages: the editor, or a redirect to sign-in that comes back
 * to `returnTo`, or to "Choose a new password" while one is due.
 */
export async function requireEditorPage(returnTo: string = paths.dashboard): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) signInRedirect(returnTo);
  if (editor.mustChangePassword) redirect(paths.choosePassword);
  return editor;
}

/** For the "Choose a new password" page: the signed-in user who has to choose one; anyone else goes on to the dashboard. */
export async function requirePasswordChangePage(): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) signInRedirect(paths.choosePassword);
  if (!editor.mustChangePassword) redirect(paths.dashboard);
  return editor;
}

/** For admin pages: the admin; an editor gets a 404 (the page does not exist for them). */
export async function requireAdminPage(returnTo: string = paths.dashboard): Promise<Editor> {
  const editor = await requireEditorPage(returnTo);
  if (editor.role !== "admin") notFound();
  return editor;
}
