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
  | {
      ok: false;
      message: string;
      /** The one field the refusal is about, if any. */
      field?: string;
      /** Several fields at once (the comment form's own validation). */
      fieldErrors?: Record<string, string>;
    };

export function idleResult<D = undefined>(): ActionResult<D> {
  return { status: "idle", message: "", fieldErrors: {}, submission: 0 };
}
