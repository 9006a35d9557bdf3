// Pure decisions for counters kept in the Throttle table (a fixed window per
// key, then a lock). The table is shared, so every app instance enforces the
// same limits; lib/auth/throttle-store.ts does the reads and writes.

export type ThrottlePolicy = {
  /** Failures allowed within one window; the one that reaches it locks the key. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
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
export function windowExpired(windowStart: Date, now: Date, policy: ThrottlePolicy): boolean {
  return now.getTime() - windowStart.getTime() >= policy.windowMs;
}

/** The lock to set after a failure brought the count to `count`, or null. */
export function lockAfterFailure(count: number, now: Date, policy: ThrottlePolicy): Date | null {
  return count >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
}

/** "15 minutes", "1 minute": how long to wait, rounded up. */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
