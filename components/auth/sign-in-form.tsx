"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth";
import { idleResult, type ActionResult } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/form-classes";
import { TextField } from "@/components/ui/text-field";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const initial: ActionResult = initialMessage ? { ...idleResult(), status: "error", message: initialMessage } : idleResult();
  const [state, formAction, pending] = useActionState(signInAction, initial);
  const errors = state.status === "error" ? state.fieldErrors : {};

  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary result={state} title="You could not be signed in" order={["email", "password"]} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email ?? ""}
        error={errors.email}
      />
      <TextField id="password" name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
