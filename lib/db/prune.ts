import "server-only";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/prisma-client";
import { pruneThrottles } from "@/lib/auth/throttle";
import { durableConsumerNames } from "@/lib/events/start";

// Tables that only ever grow unless someone deletes from them: the Throttle
// table (a row per address and email that ever posted or signed in) and the
// Event outbox. Every instance prunes on a timer; deleting the same rows
// twice is harmless.

const EVERY_MS = 10 * 60_000;
/** Events are kept this long after every durable consumer has passed them: a recent history of changes. */
export const EVENT_RETENTION_MS = 30 * 24 * 60 * 60_000;

/**
 * Deletes expired throttle windows, and events older than the retention
 * window that every durable consumer (`durable`, by name) has read. A durable
 * consumer that has no cursor yet keeps every event for when it starts.
 */
export async function pruneExpiredRows(db: Db, now = new Date(), durable: readonly string[] = []): Promise<{ throttles: number; events: number }> {
  const throttles = await pruneThrottles(db, now);
  const cursors = await db.consumerCursor.findMany({ where: { name: { in: [...durable] } }, select: { lastId: true } });
  if (cursors.length < durable.length) return { throttles, events: 0 };
  // Ids are never reused (AUTOINCREMENT, a sequence), so a cursor stays valid when the rows behind it are gone.
  const passed = cursors.length === 0 ? Number.MAX_SAFE_INTEGER : Math.min(...cursors.map((c) => c.lastId));
  const { count: events } = await db.event.deleteMany({ where: { id: { lte: passed }, createdAt: { lt: new Date(now.getTime() - EVENT_RETENTION_MS) } } });
  return { throttles, events };
}

type Timer = ReturnType<typeof setInterval>;
const globalForPrune = globalThis as unknown as { pruneTimer?: Timer };

/** Prunes now and then every ten minutes, for the life of the process. Failures wait for the next round. */
export function startPruning(prune: () => Promise<unknown> = async () => pruneExpiredRows(await getDb(), new Date(), durableConsumerNames()), everyMs = EVERY_MS): Timer {
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
