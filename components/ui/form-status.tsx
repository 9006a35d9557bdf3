import type { ActionResult } from "@/lib/actions/result";

type Props = {
  result: ActionResult<{ oneTimePassword?: string } | undefined>;
  /** "ok": only successes (a form whose failures go to its error summary). */
  show?: "ok" | "all";
  id?: string;
};

/**
 * A polite live region announcing the outcome of a form, present (empty)
 * before anything happens so screen readers notice when it fills.
 */
export function FormStatus({ result, show = "all", id }: Props) {
  const visible = result.status === "ok" || (show === "all" && result.status === "error");
  const oneTimePassword = result.status === "ok" ? result.data?.oneTimePassword : undefined;
  return (
    <div id={id} role="status" aria-live="polite" className="min-h-0">
      {visible && result.message ? (
        <p className={result.status === "ok" ? "text-success" : "font-semibold text-danger"}>{result.message}</p>
      ) : null}
      {oneTimePassword ? (
        <p className="mt-1">
          One-time password: <code className="rounded bg-notice px-2 py-0.5 font-mono text-notice-ink">{oneTimePassword}</code>
        </p>
      ) : null}
    </div>
  );
}
