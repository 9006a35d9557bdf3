import { pluralize } from "@/lib/site/format";

// Pure rules for the counters kept in the Throttle table; lib/auth/throttle.ts
// turns them into single conditional statements, so every app instance
// enforces the same limits and two racing requests can never both take the
// last attempt.
//
// Two shapes:
// - a lock (per email and IP, per IP): a fixed window that allows
//   `maxFailures` attempts, then refuses every attempt until the lock runs out;
// - a slowdown (per email alone): never locks, but past each step the next
//   attempt must wait longer after the last one. A stranger who knows an
//   address (admin@localhost is on every first start) cannot lock its owner
//   out, yet guesses spread over many addresses still come slowly.

export type ThrottlePolicy = {
  /** Attempts allowed within one window; the failure that reaches it locks the key. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
};

export type SlowdownPolicy = {
  windowMs: number;
  /** From `after` failed attempts in the window on, consecutive attempts are at least `gapMs` apart. Ascending. */
  steps: readonly { after: number; gapMs: number }[];
};

export type ThrottleRow = {
  count: number;
  windowStart: Date;
  lockedUntil: Date | null;
};

export type ThrottleDecision = { locked: false } | { locked: true; retryAfterMs: number };

/** Whether the key is locked at `now`, and for how much longer. */
export function throttleDecision(row: ThrottleRow | null, now: Date): ThrottleDecision {
  if (!row?.lockedUntil) return { locked: false };
  const retryAfterMs = row.lockedUntil.getTime() - now.getTime();
  return retryAfterMs > 0 ? { locked: true, retryAfterMs } : { locked: false };
}

/** True when the window that began at `windowStart` is over, so counting starts again. */
export function windowExpired(windowStart: Date, now: Date, policy: { windowMs: number }): boolean {
  return now.getTime() - windowStart.getTime() >= policy.windowMs;
}

/** The start of the oldest window still running at `now`: rows that began at or before it start afresh. */
export function windowCutoff(now: Date, policy: { windowMs: number }): Date {
  return new Date(now.getTime() - policy.windowMs);
}

/** True when counting starts again: the window is over with no lock running, or a lock has run out. */
export function startsAfresh(row: ThrottleRow, now: Date, policy: ThrottlePolicy): boolean {
  if (row.lockedUntil) return row.lockedUntil.getTime() <= now.getTime();
  return windowExpired(row.windowStart, now, policy);
}

/**
 * Whether one more attempt may go ahead (reserving it), or is refused: the
 * key is locked, or every attempt the window allows is taken (the last of them
 * still being checked; its failure will set the lock).
 */
export function lockAttemptDecision(row: ThrottleRow | null, now: Date, policy: ThrottlePolicy): ThrottleDecision {
  if (!row || startsAfresh(row, now, policy)) return { locked: false };
  const locked = throttleDecision(row, now);
  if (locked.locked) return locked;
  return row.count < policy.maxFailures ? { locked: false } : { locked: true, retryAfterMs: policy.lockMs };
}

/** The lock to set after a failure brought the count to `count`, or null. */
export function lockAfterFailure(count: number, now: Date, policy: ThrottlePolicy): Date | null {
  return count >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
}

/** How long after the last attempt the next may come, once `count` attempts are counted in the window. */
export function slowdownGapMs(count: number, policy: SlowdownPolicy): number {
  let gap = 0;
  for (const step of policy.steps) if (count >= step.after) gap = step.gapMs;
  return gap;
}

/**
 * The slowdown's condition as bands of the count, each with the latest
 * `lastAt` that lets one more attempt through at `now` (null: no wait). The
 * store ORs them into one conditional update.
 */
export function slowdownBands(now: Date, policy: SlowdownPolicy): { countFrom: number; countBelow: number | null; lastAtBy: Date | null }[] {
  const first = policy.steps[0]?.after ?? null;
  const bands: { countFrom: number; countBelow: number | null; lastAtBy: Date | null }[] = [{ countFrom: 0, countBelow: first, lastAtBy: null }];
  policy.steps.forEach((step, index) => {
    bands.push({ countFrom: step.after, countBelow: policy.steps[index + 1]?.after ?? null, lastAtBy: new Date(now.getTime() - step.gapMs) });
  });
  return first === null ? bands.slice(0, 1) : bands;
}

/** Whether an attempt may go ahead now under the slowdown, or how long until it may. */
export function slowdownDecision(row: { count: number; windowStart: Date; lastAt: Date } | null, now: Date, policy: SlowdownPolicy): ThrottleDecision {
  if (!row || windowExpired(row.windowStart, now, policy)) return { locked: false };
  const retryAfterMs = row.lastAt.getTime() + slowdownGapMs(row.count, policy) - now.getTime();
  return retryAfterMs > 0 ? { locked: true, retryAfterMs } : { locked: false };
}

/** The longer of two refusals (or the one refusal), for the message. */
export function longestWait(a: ThrottleDecision, b: ThrottleDecision): ThrottleDecision {
  if (!a.locked) return b;
  if (!b.locked) return a;
  return a.retryAfterMs >= b.retryAfterMs ? a : b;
}

/** "15 minutes", "1 minute", "5 seconds": how long to wait, rounded up. */
export function describeWait(ms: number): string {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return pluralize(seconds, "second", "seconds");
  }
  const minutes = Math.ceil(ms / 60_000);
  return pluralize(minutes, "minute", "minutes");
}
