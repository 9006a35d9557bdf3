"use client";

import { useActionState } from "react";
import { choosePasswordAction } from "@/lib/actions/password";
import type { FormState } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass, inputClass } from "@/components/ui/form-classes";

const fields = [
  { name: "password", id: "new-password", label: "New password", hint: "At least 12 characters. A few unrelated words make a strong one." },
  { name: "confirm", id: "confirm-password", label: "Confirm new password", hint: undefined },
] as const;

export function ChoosePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(choosePasswordAction, {});
  const errors = state.errors ?? {};
  const summaryErrors = fields.flatMap((field) => (errors[field.name] ? [{ field: field.id, message: errors[field.name]! }] : []));
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary result={state} title="Your password was not changed" message={state.ok === false ? state.message : undefined} errors={summaryErrors} />
      {fields.map((field) => {
        const describedBy = [field.hint ? `${field.id}-hint` : "", errors[field.name] ? `${field.id}-error` : ""].filter(Boolean).join(" ");
        return (
          <div key={field.name}>
            <label htmlFor={field.id} className="block font-medium">
              {field.label}
            </label>
            {field.hint ? (
              <p id={`${field.id}-hint`} className="mt-1 text-sm text-muted">
                {field.hint}
              </p>
            ) : null}
            <input
              id={field.id}
              name={field.name}
              type="password"
              autoComplete="new-password"
              required
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={describedBy || undefined}
              className={inputClass}
            />
            {errors[field.name] ? (
              <p id={`${field.id}-error`} className="mt-1 text-sm text-danger">
                {errors[field.name]}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save new password"}
      </button>
    </form>
  );
}
