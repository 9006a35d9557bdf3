import type { z } from "zod";
import type { UnauthorizedError } from "@/lib/auth/session";

/** What every dashboard form action returns to useActionState. */
export type FormState = {
  ok?: boolean;
  /** For the live region (success) or the error summary (failure). */
  message?: string;
  /** Field name → message, shown next to the field and in the summary. */
  errors?: Record<string, string>;
  /** Set once, after a password reset or account creation; never stored. */
  oneTimePassword?: string;
  /** What was submitted, so a refused form is shown again as typed. */
  values?: Record<string, string>;
};

export function invalidForm(error: z.ZodError, values?: Record<string, string>): FormState {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, message: "Check the highlighted fields.", errors, values };
}

export function unauthorizedForm(error: UnauthorizedError): FormState {
  return { ok: false, message: error.reason === "signed-out" ? "Your session has ended. Sign in again." : error.message };
}
