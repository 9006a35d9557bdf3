import "server-only";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/prisma-client";
import { pruneThrottles } from "@/lib/auth/throttle";

// Tables that only ever grow unless someone deletes from them: the Throttle
// table (a row per address and email that ever posted or signed in) and the
// CacheSignal table (a row per changed page). Every instance prunes on a
// timer; deleting the same rows twice is harmless.

const EVERY_MS = 10 * 60_000;
/** Signals older than this were applied long ago: watchers poll every 400 ms and wait 10 s for gaps (lib/events/cursor.ts). */
const SIGNAL_RETENTION_MS = 60 * 60_000;

export async function pruneExpiredRows(db: Db, now = new Date()): Promise<{ throttles: number; signals: number }> {
  const throttles = await pruneThrottles(db, now);
  // Ids are never reused (AUTOINCREMENT, a sequence), so a watcher's cursor
  // stays valid when the rows behind it are gone.
  const { count: signals } = await db.cacheSignal.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGNAL_RETENTION_MS) } } });
  return { throttles, signals };
}

type Timer = ReturnType<typeof setInterval>;
const globalForPrune = globalThis as unknown as { pruneTimer?: Timer };

/** Prunes now and then every ten minutes, for the life of the process. Failures wait for the next round. */
export function startPruning(prune: () => Promise<unknown> = async () => pruneExpiredRows(await getDb()), everyMs = EVERY_MS): Timer {
  if (globalForPrune.pruneTimer) return globalForPrune.pruneTimer;
  const run = () => void prune().catch(() => undefined);
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  globalForPrune.pruneTimer = timer;
  return timer;
}

export function stopPruning(): void {
  if (globalForPrune.pruneTimer) clearInterval(globalForPrune.pruneTimer);
  globalForPrune.pruneTimer = undefined;
}
