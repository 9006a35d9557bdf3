"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { paths } from "@/lib/site/paths";
import { choosePassword } from "@/lib/users/password";
import { choosePasswordSchema } from "@/lib/users/validation";
import { publicAction } from "./pipeline";

/**
 * "Choose a new password": saves it, then signs in again with it (the old
 * session ended with the change). Public in the pipeline's sense because a
 * user who must change their password is refused by requireEditor();
 * choosePassword() checks the caller with requireSignedIn() itself.
 */
export const choosePasswordAction = publicAction({
  schema: choosePasswordSchema,
  run: async (input) => {
    const result = await choosePassword(input);
    if (!result.ok) return result;
    try {
      await signIn("credentials", { email: result.email, password: input.password, redirect: false });
    } catch {
      // Saved, but the new session could not be made (the sign-in limits):
      // signing in by hand with the new password works.
      redirect(`${paths.signIn}?${new URLSearchParams({ passwordChanged: "1" })}`);
    }
    redirect(paths.dashboard);
  },
});
