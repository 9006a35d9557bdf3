import type { z } from "zod";
import type { UnauthorizedError } from "@/lib/auth/session";

// The one shape every server action answers with (lib/actions/pipeline.ts
// builds them). Shared by server and client, so it imports nothing.

export type ActionResult<D = undefined> = {
  /** "idle" before the first submission. */
  status: "idle" | "ok" | "error";
  /** For the live region (ok) or the error summary (error). */
  message: string;
  /** Field name → message, shown next to the field and in the summary. */
  fieldErrors: Record<string, string>;
  /** What was submitted, so a refused form is shown again as typed. */
  values?: Record<string, string>;
  /** What a successful action hands back to its form (a new comment, a one-time password). */
  data?: D;
  /** Counts submissions, so a client can tell a new result from a re-render. */
  submission: number;
};

/** What a data-layer call answers; the pipeline turns it into an ActionResult. */
export type Outcome<D = undefined> =
  | { ok: true; message: string; data?: D }
  | { ok: false; message: string; /** The field the refusal is about, if any. */ field?: string };

export function idleResult<D = undefined>(): ActionResult<D> {
  return { status: "idle", message: "", fieldErrors: {}, submission: 0 };
}

// --- Being replaced by ActionResult (lib/actions/pipeline.ts). ---

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
