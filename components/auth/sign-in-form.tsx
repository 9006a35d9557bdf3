"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/actions/auth";
import { ErrorSummary, type FieldError } from "@/components/ui/error-summary";

const inputClass =
  "mt-1 block w-full rounded border border-muted bg-paper px-3 py-2 text-ink aria-invalid:border-danger aria-invalid:border-2";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {
    message: initialMessage,
  });
  const fieldErrors: FieldError[] = [];
  if (state.errors?.email) fieldErrors.push({ field: "email", message: state.errors.email });
  if (state.errors?.password) fieldErrors.push({ field: "password", message: state.errors.password });

  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title="You could not be signed in" message={state.message} errors={fieldErrors} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email ?? ""}
          aria-invalid={state.errors?.email ? true : undefined}
          aria-describedby={state.errors?.email ? "email-error" : undefined}
          className={inputClass}
        />
        {state.errors?.email ? (
          <p id="email-error" className="mt-1 text-sm text-danger">
            {state.errors.email}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.errors?.password ? true : undefined}
          aria-describedby={state.errors?.password ? "password-error" : undefined}
          className={inputClass}
        />
        {state.errors?.password ? (
          <p id="password-error" className="mt-1 text-sm text-danger">
            {state.errors.password}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-5 py-2 font-semibold text-paper hover:bg-accent-strong disabled:opacity-70"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
