import { signOutAction } from "@/lib/actions/auth";

/** A plain form, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-muted px-3 py-1 text-sm text-ink hover:bg-rule/50">
        Sign out
      </button>
    </form>
  );
}
