import "server-only";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { isUnauthorizedError, requireAdmin, requireEditor, type Editor } from "@/lib/auth/session";
import { setFlash } from "@/lib/http/flash";
import { dashboardReturnPath } from "@/lib/http/safe-redirect";
import { formFields, missingFieldMessage, refusal } from "./form-input";
import { idleResult, type ActionResult, type Outcome } from "./result";

// Every server action is built here, one way: check who is calling → parse
// the form with its shared zod schema → call the data layer (which checks
// the caller again, and records its events in the write's transaction) →
// one result shape. The caller comes first, so a signed-out request learns
// nothing about what the form would have accepted.
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
  /**
   * After a success, send the page that posted a fresh render of itself (a
   * dashboard page showing what changed). Public pages are refreshed by the
   * cache consumer of the write's events, never from here.
   */
  refresh?: boolean;
};

export type Action<D> = (previous: ActionResult<D>, formData: FormData) => Promise<ActionResult<D>>;

async function identify<A extends Access>(access: A): Promise<Caller[A]> {
  if (access === "admin") return (await requireAdmin()) as Caller[A];
  if (access === "editor") return (await requireEditor()) as Caller[A];
  return null as Caller[A];
}

function define<A extends Access>(access: A) {
  return function action<S extends z.ZodType, D = undefined>(definition: Definition<S, D, A>): Action<D> {
    return async (first, second) => {
      // A form action bound with useActionState is called (state, formData);
      // a plain form action, or a hand-made request, may send anything.
      const formData = second instanceof FormData ? second : first instanceof FormData ? first : new FormData();
      const previous = first instanceof FormData ? undefined : (first as ActionResult<D> | undefined);
      const submission = (typeof previous?.submission === "number" ? previous.submission : 0) + 1;
      const values = definition.echo?.(formData);
      try {
        const caller = await identify(access);
        const parsed = definition.schema.safeParse((definition.input ?? formFields)(formData), { error: missingFieldMessage });
        if (!parsed.success) return { ...refusal(parsed.error), values, submission };
        const outcome = await definition.run(parsed.data, { caller, formData });
        if (!outcome.ok) return { ...refusal(outcome), values, submission };
        if (definition.refresh) refresh();
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
