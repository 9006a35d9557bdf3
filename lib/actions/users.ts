"use server";

import { redirect } from "next/navigation";
import { changeUserRole, createUser, renameUser, resetUserPassword, setUserDisabled, type UserChange } from "@/lib/users/data";
import { updateSession } from "@/lib/auth/auth";
import { signSessionRefresh } from "@/lib/auth/session-refresh";
import { env } from "@/lib/env";
import { setFlash } from "@/lib/http/flash";
import { paths } from "@/lib/site/paths";
import { changeRoleSchema, createUserSchema, renameUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/validation";
import { adminAction } from "./pipeline";
import type { Outcome } from "./result";

export type UserActionData = { oneTimePassword?: string };

function outcome(change: UserChange): Outcome<UserActionData> {
  if (!change.ok) return change;
  return { ok: true, message: change.message, data: { oneTimePassword: change.oneTimePassword } };
}

/** Creates an account from the Users page form. */
export const createUserAction = adminAction({
  schema: createUserSchema,
  refresh: true,
  run: async (input) => outcome(await createUser(input)),
});

/** Changes a user's role. */
export const changeUserRoleAction = adminAction({
  schema: changeRoleSchema,
  refresh: true,
  run: async ({ userId, role }) => outcome(await changeUserRole(userId, role)),
});

/** Disables or re-enables a user. */
export const setUserDisabledAction = adminAction({
  schema: setDisabledSchema,
  refresh: true,
  run: async ({ userId, disabled }) => outcome(await setUserDisabled(userId, disabled)),
});

/** Resets a user's password to a new one-time password. */
export const resetUserPasswordAction = adminAction({
  schema: resetPasswordSchema,
  refresh: true,
  run: async ({ userId }) => {
    const result = await resetUserPassword(userId);
    // Your own reset ended all your sessions; this one carries on with a
    // new cookie. A page rendered in this same request would still see the
    // old one, so the new password is shown after a redirect instead.
    if (result.ok && result.refreshedSession) {
      const { userId: self, sessionVersion } = result.refreshedSession;
      await updateSession({ refresh: signSessionRefresh(env.AUTH_SECRET, self, sessionVersion) });
      const flash = await setFlash({ ok: true, message: result.message, undo: [], oneTimePassword: result.oneTimePassword });
      redirect(`${paths.dashboardUsers}?flash=${flash}`);
    }
    return outcome(result);
  },
});

/** Sets a user's display name (it signs their staff replies). */
export const renameUserAction = adminAction({
  schema: renameUserSchema,
  refresh: true,
  echo: (formData) => ({ name: String(formData.get("name") ?? "") }),
  run: async ({ userId, name }) => outcome(await renameUser(userId, name)),
});
