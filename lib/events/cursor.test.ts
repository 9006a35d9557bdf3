import { describe, expect, it } from "vitest";
import { GAP_WAIT_MS, advanceSignalCursor, awaitedIds, newSignalCursor } from "./cursor";

describe("the cache-signal cursor", () => {
  it("applies new signals once, in order", () => {
    const cursor = newSignalCursor(4);
    expect(advanceSignalCursor(cursor, [5, 6], 0)).toEqual([5, 6]);
    expect(advanceSignalCursor(cursor, [], 100)).toEqual([]);
    expect(cursor.lastId).toBe(6);
    expect(awaitedIds(cursor)).toEqual([]);
  });

  it("still applies a signal that commits after one with a larger id", () => {
    const cursor = newSignalCursor(10);
    expect(advanceSignalCursor(cursor, [12], 0)).toEqual([12]);
    expect(awaitedIds(cursor)).toEqual([11]);
    expect(advanceSignalCursor(cursor, [11], 400)).toEqual([11]);
    expect(awaitedIds(cursor)).toEqual([]);
  });

  it("gives up on an id that never appears (a rolled-back insert)", () => {
    const cursor = newSignalCursor(0);
    advanceSignalCursor(cursor, [2], 0);
    advanceSignalCursor(cursor, [], GAP_WAIT_MS + 1);
    expect(awaitedIds(cursor)).toEqual([]);
  });

  it("does not track a huge jump id by id", () => {
    const cursor = newSignalCursor(0);
    expect(advanceSignalCursor(cursor, [50_000], 0)).toEqual([50_000]);
    expect(awaitedIds(cursor)).toEqual([]);
  });
});
