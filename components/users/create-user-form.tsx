"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users";
import type { FormState } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass, inputClass } from "@/components/ui/form-classes";

const fields = [
  { name: "email", label: "Email", type: "email", autoComplete: "off" },
  { name: "name", label: "Display name", type: "text", autoComplete: "off" },
  { name: "password", label: "Password", type: "password", autoComplete: "new-password" },
] as const;

export function CreateUserForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <ErrorSummary
        result={state}
        title="The account was not created"
        message={state.ok === false && !state.errors ? state.message : undefined}
        errors={Object.entries(errors).map(([field, message]) => ({ field: `new-${field}`, message }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <div key={field.name}>
            <label htmlFor={`new-${field.name}`} className="block font-medium">
              {field.label}
            </label>
            <input
              id={`new-${field.name}`}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={errors[field.name] ? `new-${field.name}-error` : field.name === "password" ? "new-password-hint" : undefined}
              className={inputClass}
            />
            {field.name === "password" ? (
              <p id="new-password-hint" className="mt-1 text-sm text-muted">
                At least 12 characters. Give it to the person privately.
              </p>
            ) : null}
            {errors[field.name] ? (
              <p id={`new-${field.name}-error`} className="mt-1 text-sm text-danger">
                {errors[field.name]}
              </p>
            ) : null}
          </div>
        ))}
        <div>
          <label htmlFor="new-role" className="block font-medium">
            Role
          </label>
          <select id="new-role" name="role" defaultValue="editor" className={inputClass}>
            <option value="editor">Editor (moderation)</option>
            <option value="admin">Admin (everything)</option>
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        Create user
      </button>
      <FormStatus state={state.ok ? state : {}} />
    </form>
  );
}
