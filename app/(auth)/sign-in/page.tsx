import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { paths } from "@/lib/site/paths";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { getEditor } from "@/lib/auth/session";
import { INVALID_SIGN_IN, lockedMessage } from "@/lib/auth/validation";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What Auth.js's own endpoint reports when someone posts to it directly. */
function messageFromAuthError(error: string | undefined, code: string | undefined): string | undefined {
  if (error !== "CredentialsSignin") return error ? "Signing in did not work. Try again." : undefined;
  return code === "locked" ? lockedMessage("15 minutes") : INVALID_SIGN_IN;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(first(params.callbackUrl), paths.dashboard);
  if (await getEditor()) redirect(callbackUrl);
  const signedOut = first(params.signedOut) === "1";
  const passwordChanged = first(params.passwordChanged) === "1";

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-muted">For editors and administrators of the publication.</p>
      {signedOut ? (
        <p role="status" className="mt-4 rounded bg-notice p-3 text-notice-ink">
          You have signed out.
        </p>
      ) : null}
      {passwordChanged ? (
        <p role="status" className="mt-4 rounded bg-notice p-3 text-notice-ink">
          Your new password is saved. Sign in with it.
        </p>
      ) : null}
      <div className="mt-6">
        <SignInForm
          callbackUrl={callbackUrl}
          initialMessage={messageFromAuthError(first(params.error), first(params.code))}
        />
      </div>
    </div>
  );
}
