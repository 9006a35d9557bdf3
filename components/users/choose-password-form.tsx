"use client";

import { useActionState } from "react";
import { choosePasswordAction } from "@/lib/actions/password";
import { idleResult } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/form-classes";

const fields = [
  { name: "password", id: "new-password", label: "New password", hint: "At least 12 characters. A few unrelated words make a strong one." },
  { name: "confirm", id: "confirm-password", label: "Confirm new password", hint: undefined },
] as const;

export function ChoosePasswordForm() {
  const [state, action, pending] = useActionState(choosePasswordAction, idleResult());
  const errors = state.status === "error" ? state.fieldErrors : {};
  const idOf = (name: string) => fields.find((field) => field.name === name)?.id ?? name;
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary result={state} title="Your password was not changed" fieldId={idOf} order={fields.map((field) => field.name)} />
      {fields.map((field) => (
        <Field key={field.name} id={field.id} label={field.label} hint={field.hint} hintFirst error={errors[field.name]}>
          {(control) => <input name={field.name} type="password" autoComplete="new-password" required className={inputClass} {...control} />}
        </Field>
      ))}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save new password"}
      </button>
    </form>
  );
}
