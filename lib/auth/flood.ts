import "server-only";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";

/**
 * Claims the right to act under `key` now, at most once per `intervalMs`.
 * Atomic across processes and instances: a conditional update or, for a new
 * key, an insert that only one racer can win. No interactive transaction.
 */
export async function claimInterval(key: string, intervalMs: number, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const claimed = await db.throttle.updateMany({
    where: { key, lastAt: { lte: new Date(now.getTime() - intervalMs) } },
    data: { lastAt: now, count: { increment: 1 } },
  });
  if (claimed.count === 1) return true;
  try {
    await db.throttle.create({ data: { key, lastAt: now, windowStart: now, count: 1 } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives a claim back (the action it guarded did not happen). */
export async function releaseInterval(key: string): Promise<void> {
  const db = await getDb();
  await db.throttle.updateMany({ where: { key }, data: { lastAt: new Date(0) } });
}

export { isUniqueViolation };
