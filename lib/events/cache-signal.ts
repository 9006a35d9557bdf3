import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { advanceSignalCursor, awaitedIds, newSignalCursor, type SignalCursor } from "./cursor";

// Every instance caches rendered pages in its own memory. A change made on one
// instance is written here as a signal row; each instance polls for new rows
// and revalidates the same paths locally, so all of them agree within about
// one poll interval. The database is the only thing instances share.

const POLL_MS = 400;
const ALL = "*";

type WatcherState = { token: string; cursor: SignalCursor | null; timer?: NodeJS.Timeout; busy: boolean };
const globalForSignal = globalThis as unknown as { cacheSignal?: WatcherState };

function state(): WatcherState {
  globalForSignal.cacheSignal ??= { token: randomBytes(32).toString("hex"), cursor: null, busy: false };
  return globalForSignal.cacheSignal;
}

/** Records that these public paths changed, for the other instances. */
export async function signalPathsChanged(paths: string[]): Promise<void> {
  const db = await getDb();
  await db.cacheSignal.createMany({ data: paths.map((path) => ({ path })) });
}

/** True when the request comes from this process's own watcher. */
export function isWatcherToken(candidate: string | null): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(state().token);
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function revalidateLocally(paths: string[]): Promise<void> {
  // revalidatePath needs a request context, so the watcher asks this very
  // process through a route handler that only accepts its private token.
  const response = await fetch(`http://127.0.0.1:${env.PORT}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-revalidate-token": state().token },
    body: JSON.stringify({ paths }),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
}

async function poll(): Promise<void> {
  const s = state();
  if (s.busy) return;
  s.busy = true;
  try {
    const db = await getDb();
    if (s.cursor === null) {
      const newest = await db.cacheSignal.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      await revalidateLocally([ALL]);
      s.cursor = newSignalCursor(newest?.id ?? 0);
      return;
    }
    const awaited = awaitedIds(s.cursor);
    const rows = await db.cacheSignal.findMany({
      where: awaited.length > 0 ? { OR: [{ id: { gt: s.cursor.lastId } }, { id: { in: awaited } }] } : { id: { gt: s.cursor.lastId } },
      orderBy: { id: "asc" },
      select: { id: true, path: true },
      take: 500,
    });
    if (rows.length === 0 && awaited.length === 0) return;
    // Revalidate first, advance after: a failed request is retried next tick.
    if (rows.length > 0) await revalidateLocally([...new Set(rows.map((row) => row.path))]);
    advanceSignalCursor(s.cursor, rows.map((row) => row.id), Date.now());
  } catch {
    // The server may not be listening yet, or the database may be busy: the
    // next tick tries again from the same cursor, so no signal is skipped.
  } finally {
    s.busy = false;
  }
}

export function startCacheSignalWatcher(): void {
  const s = state();
  if (s.timer) return;
  s.timer = setInterval(() => void poll(), POLL_MS);
  s.timer.unref();
}

export const REVALIDATE_ALL = ALL;
