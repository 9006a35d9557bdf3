"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { SignInLocked, signIn, signOut } from "@/lib/auth/auth";
import { endMySessions } from "@/lib/users/data";
import { paths } from "@/lib/site/paths";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { INVALID_SIGN_IN, lockedMessage, signInSchema } from "@/lib/auth/validation";

export type SignInState = {
  /** The one message for the error summary. */
  message?: string;
  errors?: { email?: string; password?: string };
  /** Typed email, kept so the form is not emptied after a failure. */
  email?: string;
};

/** Signs in with email and password; redirects to a same-origin callbackUrl only. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) {
    const fields = parsed.error.flatten().fieldErrors;
    return {
      message: "Check the highlighted fields.",
      errors: { email: fields.email?.[0], password: fields.password?.[0] },
      email,
    };
  }
  const destination = safeRedirectPath(formData.get("callbackUrl"), paths.dashboard);
  try {
    // redirect: false, so the redirect below is ours and always a relative path.
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof SignInLocked) {
      return { message: lockedMessage(error.wait), email };
    }
    if (error instanceof CredentialsSignin) {
      // Thrown as a subclass inside authorize, it may arrive as the base class.
      if (error.code === "locked") return { message: lockedMessage("15 minutes"), email };
      return { message: INVALID_SIGN_IN, email };
    }
    throw error;
  }
  redirect(destination);
}

/**
 * Signs out here and everywhere: bumping sessionVersion kills every copy of
 * this user's session cookie, including one an attacker may have kept.
 */
export async function signOutAction(): Promise<void> {
  await endMySessions();
  await signOut({ redirect: false });
  redirect(`${paths.signIn}?signedOut=1`);
}
