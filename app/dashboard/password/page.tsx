import type { Metadata } from "next";
import { ChoosePasswordForm } from "@/components/users/choose-password-form";
import { requirePasswordChangePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Choose a new password" };

// Every other dashboard page sends a user here while a new password is due
// (lib/auth/session.ts), and every data function refuses them until then.
export default async function ChoosePasswordPage() {
  const editor = await requirePasswordChangePage();
  return (
    <div className="max-w-md">
      <h1 className="font-serif text-3xl font-bold">Choose a new password</h1>
      <p className="mt-2 text-muted">
        You signed in as <span className="text-ink">{editor.email}</span> with a password someone else has seen. Choose one only you know
        before you go on; it replaces the old one everywhere.
      </p>
      <div className="mt-6">
        <ChoosePasswordForm />
      </div>
    </div>
  );
}
