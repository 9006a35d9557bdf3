// Where the cache-signal watcher is in the CacheSignal table. On PostgreSQL
// ids come from a sequence and are handed out before commit, so a signal can
// become visible after one with a larger id (two instances writing at once):
// reading only "id > last seen" would skip it forever, and that instance's
// pages would stay stale. Ids skipped over are remembered as gaps and looked
// for again until they appear or are old enough to be rollbacks or ids the
// sequence never used.

export const GAP_WAIT_MS = 10_000;
/** A jump larger than this is not tracked id by id (a restore, a reset sequence). */
const MAX_TRACKED_GAP = 1_000;

export type SignalCursor = { lastId: number; gaps: Map<number, number> };

export function newSignalCursor(lastId: number): SignalCursor {
  return { lastId, gaps: new Map() };
}

/** The ids still awaited below lastId: query them along with `id > lastId`. */
export function awaitedIds(cursor: SignalCursor): number[] {
  return [...cursor.gaps.keys()];
}

/** Moves the cursor past the rows just read (ids ascending) and returns the ones not applied before. */
export function advanceSignalCursor(cursor: SignalCursor, rowIds: number[], now: number): number[] {
  const fresh: number[] = [];
  for (const id of rowIds) {
    if (cursor.gaps.delete(id)) fresh.push(id);
    else if (id > cursor.lastId) {
      if (id - cursor.lastId - 1 <= MAX_TRACKED_GAP) {
        for (let missing = cursor.lastId + 1; missing < id; missing++) cursor.gaps.set(missing, now);
      }
      cursor.lastId = id;
      fresh.push(id);
    }
  }
  for (const [id, since] of cursor.gaps) {
    if (now - since > GAP_WAIT_MS) cursor.gaps.delete(id);
  }
  return fresh;
}
