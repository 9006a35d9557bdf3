"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { SignInLocked, signIn, signOut } from "@/lib/auth/auth";
import { endMySessions } from "@/lib/users/data";
import { paths } from "@/lib/site/paths";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { INVALID_SIGN_IN, lockedMessage, signInSchema } from "@/lib/auth/validation";
import { publicAction } from "./pipeline";

/** Signs in with email and password; redirects to a same-origin callbackUrl only. */
export const signInAction = publicAction({
  schema: signInSchema,
  // The typed email is kept, so the form is not emptied after a failure.
  echo: (formData) => ({ email: String(formData.get("email") ?? "") }),
  run: async (credentials, { formData }) => {
    const destination = safeRedirectPath(formData.get("callbackUrl"), paths.dashboard);
    try {
      // redirect: false, so the redirect below is ours and always a relative path.
      await signIn("credentials", { email: credentials.email, password: credentials.password, redirect: false });
    } catch (error) {
      if (error instanceof SignInLocked) return { ok: false, message: lockedMessage(error.wait) };
      if (error instanceof CredentialsSignin) {
        // Thrown as a subclass inside authorize, it may arrive as the base class.
        return { ok: false, message: error.code === "locked" ? lockedMessage("15 minutes") : INVALID_SIGN_IN };
      }
      throw error;
    }
    redirect(destination);
  },
});

/**
 * Signs out here and everywhere: bumping sessionVersion kills every copy of
 * this user's session cookie, including one an attacker may have kept.
 */
export async function signOutAction(): Promise<void> {
  await endMySessions();
  await signOut({ redirect: false });
  redirect(`${paths.signIn}?signedOut=1`);
}
