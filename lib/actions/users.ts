"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole, createUser, renameUser, resetUserPassword, setUserDisabled, type UserChange } from "@/lib/users/data";
import { updateSession } from "@/lib/auth/auth";
import { signSessionRefresh } from "@/lib/auth/session-refresh";
import { env } from "@/lib/env";
import { setFlash } from "@/lib/http/flash";
import { redirect } from "next/navigation";
import { isUnauthorizedError } from "@/lib/auth/session";
import { changeRoleSchema, createUserSchema, renameUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/validation";
import { invalidForm, unauthorizedForm, type FormState } from "./result";

const USERS_PATH = "/dashboard/users";

function toFormState(change: UserChange): FormState {
  if (change.ok) return { ok: true, message: change.message, oneTimePassword: change.oneTimePassword };
  return { ok: false, message: change.message, errors: change.field ? { [change.field]: change.message } : undefined };
}

async function run(change: () => Promise<UserChange>): Promise<FormState> {
  try {
    const result = await change();
    if (result.ok) revalidatePath(USERS_PATH);
    return toFormState(result);
  } catch (error) {
    if (isUnauthorizedError(error)) return unauthorizedForm(error);
    throw error;
  }
}

/** Creates an account from the Users page form. */
export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = createUserSchema.safeParse({
    email: formData.get("email"),
    name: formData.get("name") ?? "",
    role: formData.get("role"),
    password: formData.get("password"),
  });
  if (!parsed.success) return invalidForm(parsed.error);
  return run(() => createUser(parsed.data));
}

/** Changes a user's role. */
export async function changeUserRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = changeRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return invalidForm(parsed.error);
  return run(() => changeUserRole(parsed.data.userId, parsed.data.role));
}

/** Disables or re-enables a user. */
export async function setUserDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setDisabledSchema.safeParse({ userId: formData.get("userId"), disabled: formData.get("disabled") });
  if (!parsed.success) return invalidForm(parsed.error);
  return run(() => setUserDisabled(parsed.data.userId, parsed.data.disabled));
}

/** Resets a user's password to a new one-time password. */
export async function resetUserPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return invalidForm(parsed.error);
  return run(async () => {
    const result = await resetUserPassword(parsed.data.userId);
    // Your own reset ended all your sessions; this one carries on with a
    // new cookie. A page rendered in this same request would still see the
    // old one, so the new password is shown after a redirect instead.
    if (result.ok && result.refreshedSession) {
      const { userId, sessionVersion } = result.refreshedSession;
      await updateSession({ refresh: signSessionRefresh(env.AUTH_SECRET, userId, sessionVersion) });
      const flash = await setFlash({ ok: true, message: result.message, undo: [], oneTimePassword: result.oneTimePassword });
      redirect(`${USERS_PATH}?flash=${flash}`);
    }
    return result;
  });
}

/** Sets a user's display name (it signs their staff replies). */
export async function renameUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = renameUserSchema.safeParse({ userId: formData.get("userId"), name: formData.get("name") });
  if (!parsed.success) return invalidForm(parsed.error, { name: String(formData.get("name") ?? "") });
  return run(() => renameUser(parsed.data.userId, parsed.data.name));
}
