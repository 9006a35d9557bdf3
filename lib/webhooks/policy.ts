// When a failed webhook delivery is tried again, and when an endpoint has
// failed often enough to be switched off. Pure: the sender
// (lib/webhooks/sender.ts) applies it, policy.test.ts pins it down.

/** Failed deliveries in a row after which an endpoint is disabled. */
export const MAX_CONSECUTIVE_FAILURES = 10;

/** Attempts one delivery gets before it is given up (its endpoint is usually disabled by then). */
export const MAX_ATTEMPTS = 10;

/** Deliveries kept per endpoint for its log; older finished ones are deleted. */
export const KEPT_DELIVERIES = 50;

/** How long one attempt may take, connect to last byte. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** How long a claimed delivery stays claimed: longer than any attempt, so it is never sent twice at once. */
export const CLAIM_MS = 5 * REQUEST_TIMEOUT_MS;

/**
 * The wait after the `attempt`-th failed attempt (1-based): the base, then
 * doubling, capped at 120 times the base. With the default 30 s base: 30 s,
 * 1 min, 2, 4, 8, 16, 32 min, then hourly.
 */
export function retryDelayMs(attempt: number, baseMs: number): number {
  const doubled = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(doubled, baseMs * 120);
}

export type AttemptOutcome = {
  consecutiveFailures: number;
  /** The endpoint is to be disabled now. */
  disable: boolean;
};

/** What an attempt's outcome does to its endpoint's run of failures: a success ends it, the tenth failure in a row disables the endpoint. */
export function afterAttempt(consecutiveFailures: number, succeeded: boolean): AttemptOutcome {
  if (succeeded) return { consecutiveFailures: 0, disable: false };
  const failures = consecutiveFailures + 1;
  return { consecutiveFailures: failures, disable: failures >= MAX_CONSECUTIVE_FAILURES };
}

export type NextStep = { status: "delivered" } | { status: "retrying"; delayMs: number } | { status: "failed" };

/** What becomes of a delivery after its `attempt`-th attempt. */
export function nextStep(attempt: number, succeeded: boolean, baseMs: number): NextStep {
  if (succeeded) return { status: "delivered" };
  if (attempt >= MAX_ATTEMPTS) return { status: "failed" };
  return { status: "retrying", delayMs: retryDelayMs(attempt, baseMs) };
}
