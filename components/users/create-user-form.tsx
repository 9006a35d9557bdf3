"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users";
import { idleResult } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass, inputClass } from "@/components/ui/form-classes";
import { TextField } from "@/components/ui/text-field";

const fields = [
  { name: "email", label: "Email", type: "email", autoComplete: "off", hint: undefined },
  { name: "name", label: "Display name", type: "text", autoComplete: "off", hint: undefined },
  { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: "At least 12 characters. Give it to the person privately." },
] as const;

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, idleResult());
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="space-y-4">
      <ErrorSummary result={state} title="The account was not created" fieldId={(field) => `new-${field}`} order={fields.map((field) => field.name)} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <TextField
            key={field.name}
            id={`new-${field.name}`}
            name={field.name}
            label={field.label}
            type={field.type}
            autoComplete={field.autoComplete}
            hint={field.hint}
            error={errors[field.name]}
          />
        ))}
        <Field id="new-role" label="Role" error={errors.role}>
          {(control) => (
            <select name="role" defaultValue="editor" className={inputClass} {...control}>
              <option value="editor">Editor (moderation)</option>
              <option value="admin">Admin (everything)</option>
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        Create user
      </button>
      <FormStatus result={state} show="ok" />
    </form>
  );
}
