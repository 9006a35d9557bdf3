"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/actions/auth";
import { ErrorSummary, type FieldError } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/form-classes";
import { TextField } from "@/components/ui/text-field";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {
    message: initialMessage,
  });
  const fieldErrors: FieldError[] = [];
  if (state.errors?.email) fieldErrors.push({ field: "email", message: state.errors.email });
  if (state.errors?.password) fieldErrors.push({ field: "password", message: state.errors.password });

  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary result={state} title="You could not be signed in" message={state.message} errors={fieldErrors} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email ?? ""}
        error={state.errors?.email}
      />
      <TextField id="password" name="password" label="Password" type="password" autoComplete="current-password" required error={state.errors?.password} />
      <button
        type="submit"
        disabled={pending}
        className={buttonClass}
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
