import { z } from "zod";
import type { ActionResult, Outcome } from "./result";

// How the pipeline (lib/actions/pipeline.ts) reads a form and words a
// refusal. Pure, so it is tested on its own (form-input.test.ts).

/** Every text field of the form by name; a repeated name becomes a list. React's own `$ACTION…` fields are left out. */
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

/** The form's fields as text, for showing a refused form again as typed. */
export function formText(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formFields(formData)).map(([name, value]) => [name, Array.isArray(value) ? value.join("\n") : value]));
}

/**
 * For zod's per-parse error map: a field the schema needs but the post left
 * out (a hand-made request, an old form) is named as missing, not as a type
 * error. A schema's own message for the field wins over this one.
 */
export function missingFieldMessage(issue: { code?: string; input?: unknown }): string | undefined {
  return issue.code === "invalid_type" && issue.input === undefined ? "Fill in this field." : undefined;
}

export const CHECK_FIELDS = "Check the highlighted fields.";

/**
 * A refusal as the form shows it. One field wrong: its own message (the error
 * summary lists it); several: "Check the highlighted fields."; none named:
 * the refusal's message. Issues at the path "form" concern the whole form.
 */
export function refusal(failure: z.ZodError | Extract<Outcome<unknown>, { ok: false }>): Pick<ActionResult<never>, "status" | "message" | "fieldErrors"> {
  let fieldErrors: Record<string, string> = {};
  let message: string;
  if (failure instanceof z.ZodError) {
    let formMessage: string | undefined;
    for (const issue of failure.issues) {
      const field = String(issue.path[0] ?? "form");
      if (field === "form") formMessage ??= issue.message;
      else fieldErrors[field] ??= issue.message;
    }
    message = formMessage ?? CHECK_FIELDS;
  } else {
    fieldErrors = failure.field ? { [failure.field]: failure.message } : { ...failure.fieldErrors };
    message = failure.message;
  }
  const messages = Object.values(fieldErrors);
  if (messages.length === 1) message = messages[0]!;
  else if (messages.length > 1) message = CHECK_FIELDS;
  return { status: "error", message, fieldErrors };
}
