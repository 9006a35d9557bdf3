"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { isUnauthorizedError } from "@/lib/auth/session";
import { paths } from "@/lib/site/paths";
import { choosePassword } from "@/lib/users/password";
import { choosePasswordSchema } from "@/lib/users/validation";
import { invalidForm, unauthorizedForm, type FormState } from "./result";

/** "Choose a new password": saves it, then signs in again with it (the old session ended with the change). */
export async function choosePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = choosePasswordSchema.safeParse({ password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) return invalidForm(parsed.error);
  let email: string;
  try {
    const result = await choosePassword(parsed.data);
    if (!result.ok) return { ok: false, message: result.field ? "Check the highlighted fields." : result.message, errors: result.field ? { [result.field]: result.message } : undefined };
    email = result.email;
  } catch (error) {
    if (isUnauthorizedError(error)) return unauthorizedForm(error);
    throw error;
  }
  try {
    await signIn("credentials", { email, password: parsed.data.password, redirect: false });
  } catch {
    // Saved, but the new session could not be made (the sign-in limits):
    // signing in by hand with the new password works.
    redirect(`${paths.signIn}?${new URLSearchParams({ passwordChanged: "1" })}`);
  }
  redirect(paths.dashboard);
}
