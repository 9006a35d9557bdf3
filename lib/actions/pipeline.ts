import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { isUnauthorizedError, requireAdmin, requireEditor, type Editor } from "@/lib/auth/session";
import { setFlash } from "@/lib/http/flash";
import { dashboardReturnPath } from "@/lib/http/safe-redirect";
import { idleResult, type ActionResult, type Outcome } from "./result";

// Every server action is built here, one way: parse the form with its shared
// zod schema → check who is calling → call the data layer (which checks again,
// and records its events in the write's transaction) → one result shape.
//
// - `publicAction` for readers and commenters, `editorAction` and
//   `adminAction` for the dashboard. The role check here refuses early; the
//   data layer's own check is the one that counts.
// - Each returns `(previous, formData) => ActionResult`, for useActionState
//   and for direct calls from enhanced clients.
// - `noScriptVariant` derives what a form posts without JavaScript when the
//   page cannot re-render the result itself: it runs the action and
//   redirects back with the outcome in a signed flash cookie.

type Caller = { public: null; editor: Editor; admin: Editor };
type Access = keyof Caller;

type Definition<S extends z.ZodType, D, A extends Access> = {
  schema: S;
  /** What of the form the schema sees; by default every named text field. */
  input?: (formData: FormData) => unknown;
  /** Echoed back on a refusal so the form is shown again as typed. */
  echo?: (formData: FormData) => Record<string, string>;
  run: (input: z.infer<S>, context: { caller: Caller[A]; formData: FormData }) => Promise<Outcome<D>>;
};

export type Action<D> = (previous: ActionResult<D>, formData: FormData) => Promise<ActionResult<D>>;

/** Every text field of the form by name; a repeated name becomes a list. */
export function formFields(formData: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

const CHECK_FIELDS = "Check the highlighted fields.";

async function identify<A extends Access>(access: A): Promise<Caller[A]> {
  if (access === "admin") return (await requireAdmin()) as Caller[A];
  if (access === "editor") return (await requireEditor()) as Caller[A];
  return null as Caller[A];
}

function define<A extends Access>(access: A) {
  return function action<S extends z.ZodType, D = undefined>(definition: Definition<S, D, A>): Action<D> {
    return async (previous, formData) => {
      const submission = (previous?.submission ?? 0) + 1;
      const values = definition.echo?.(formData);
      try {
        const caller = await identify(access);
        const parsed = definition.schema.safeParse((definition.input ?? formFields)(formData));
        if (!parsed.success) {
          const fieldErrors = fieldErrorsOf(parsed.error);
          const only = Object.keys(fieldErrors);
          const message = only.length === 1 && only[0] === "form" ? fieldErrors.form! : CHECK_FIELDS;
          return { status: "error", message, fieldErrors, values, submission };
        }
        const outcome = await definition.run(parsed.data, { caller, formData });
        if (!outcome.ok) {
          const fieldErrors = outcome.field ? { [outcome.field]: outcome.message } : {};
          return { status: "error", message: outcome.field ? CHECK_FIELDS : outcome.message, fieldErrors, values, submission };
        }
        return { status: "ok", message: outcome.message, fieldErrors: {}, data: outcome.data, submission };
      } catch (error) {
        if (!isUnauthorizedError(error)) throw error;
        const message = error.reason === "signed-out" ? "Your session has ended. Sign in again." : error.message;
        return { status: "error", message, fieldErrors: {}, values, submission };
      }
    };
  };
}

export const publicAction = define("public");
export const editorAction = define("editor");
export const adminAction = define("admin");

/**
 * The same action for a form posted without JavaScript: after it runs, the
 * browser is sent back to the dashboard page named by the form's `return`
 * field (same-origin paths only), with the outcome in a flash cookie.
 */
export function noScriptVariant<D>(
  action: Action<D>,
  options: { undo?: (data: D | undefined) => number[]; drop?: string[] } = {},
): (formData: FormData) => Promise<never> {
  return async (formData) => {
    const result = await action(idleResult(), formData);
    const back = new URL(dashboardReturnPath(formData.get("return")), "http://dashboard.invalid");
    for (const name of options.drop ?? []) back.searchParams.delete(name);
    const undo = result.status === "ok" ? (options.undo?.(result.data) ?? []) : [];
    back.searchParams.set("flash", await setFlash({ ok: result.status === "ok", message: result.message, undo }));
    redirect(`${back.pathname}${back.search}`);
  };
}
