import type { FormState } from "@/lib/actions/result";

/**
 * A polite live region announcing the outcome of a form, present (empty)
 * before anything happens so screen readers notice when it fills.
 */
export function FormStatus({ state, id }: { state: FormState; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" className="min-h-0">
      {state.message ? (
        <p className={state.ok ? "text-success" : "font-semibold text-danger"}>{state.message}</p>
      ) : null}
      {state.oneTimePassword ? (
        <p className="mt-1">
          One-time password: <code className="rounded bg-notice px-2 py-0.5 font-mono text-notice-ink">{state.oneTimePassword}</code>
        </p>
      ) : null}
    </div>
  );
}
