import type { Db } from "@/lib/db/prisma-client";
import { lockAfterFailure, throttleDecision, type ThrottleDecision, type ThrottlePolicy } from "./throttle-rules";

// Single-statement writes only: SQLite interactive transactions can fail with
// SQLITE_BUSY under concurrent writers (docs/prisma-offline.md, bug 6), and each statement here is
// atomic on its own, so two instances counting the same key lose no failure.

/** Whether `key` is locked now. */
export async function checkThrottle(db: Db, key: string, now = new Date()): Promise<ThrottleDecision> {
  const row = await db.throttle.findUnique({ where: { key }, select: { count: true, windowStart: true, lockedUntil: true } });
  return throttleDecision(row, now);
}

/** Counts one failure for `key`; returns the decision after it (locked when this failure reached the limit). */
export async function recordFailure(db: Db, key: string, policy: ThrottlePolicy, now = new Date()): Promise<ThrottleDecision> {
  // A window that is over (and not under a running lock) starts again.
  await db.throttle.updateMany({
    where: {
      key,
      windowStart: { lte: new Date(now.getTime() - policy.windowMs) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
    data: { count: 0, windowStart: now, lockedUntil: null },
  });
  const row = await db.throttle.upsert({
    where: { key },
    create: { key, count: 1, windowStart: now, lastAt: now },
    update: { count: { increment: 1 }, lastAt: now },
    select: { count: true, windowStart: true, lockedUntil: true },
  });
  const lockUntil = lockAfterFailure(row.count, now, policy);
  if (lockUntil && !throttleDecision(row, now).locked) {
    await db.throttle.update({ where: { key }, data: { lockedUntil: lockUntil } });
    return { locked: true, retryAfterMs: lockUntil.getTime() - now.getTime() };
  }
  return throttleDecision(row, now);
}

/** Forgets `key` (after a success). */
export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.throttle.deleteMany({ where: { key } });
}
