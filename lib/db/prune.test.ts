import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMigratedSqlite, type TestDatabase } from "@/lib/testing/migrated-sqlite";
import type { Db } from "./prisma-client";
import { pruneExpiredRows, startPruning, stopPruning } from "./prune";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = createMigratedSqlite("prune");
  db = await database.client();
}, 60_000);
afterAll(() => database.remove());
afterEach(() => {
  stopPruning();
  vi.useRealTimers();
});

const now = new Date("2026-11-28T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const hour = 3_600_000;

describe("pruning expired rows", { timeout: 60_000 }, () => {
  it("deletes throttle rows no limit reads and events past the retention window, and keeps the rest", async () => {
    await db.throttle.createMany({
      data: [
        { key: "flood:ip:192.0.2.1", count: 1, windowStart: ago(30 * hour), lastAt: ago(30 * hour) },
        { key: "signin:pair:192.0.2.1:ed@example.com", count: 5, windowStart: ago(30 * hour), lastAt: ago(30 * hour), lockedUntil: ago(29 * hour) },
        { key: "flood:ip:192.0.2.2", count: 1, windowStart: ago(60_000), lastAt: ago(60_000) },
        { key: "signin:email:ed@example.com", count: 12, windowStart: ago(20 * hour), lastAt: ago(20 * hour) },
      ],
    });
    await db.event.createMany({
      data: [
        { type: "comment.approved", payload: '{"n":"old"}', createdAt: ago(31 * 24 * hour) },
        { type: "comment.approved", payload: '{"n":"recent"}', createdAt: ago(60_000) },
      ],
    });

    expect(await pruneExpiredRows(db, now)).toEqual({ throttles: 2, events: 1 });
    expect((await db.throttle.findMany({ orderBy: { key: "asc" } })).map((row) => row.key)).toEqual(["flood:ip:192.0.2.2", "signin:email:ed@example.com"]);
    expect((await db.event.findMany()).map((row) => row.payload)).toEqual(['{"n":"recent"}']);
  });

  it("keeps old events a durable consumer has not read yet", async () => {
    await db.event.deleteMany({});
    const old = await db.event.create({ data: { type: "comment.held", createdAt: ago(40 * 24 * hour) } });
    expect((await pruneExpiredRows(db, now, ["mail"])).events).toBe(0);
    await db.consumerCursor.create({ data: { name: "mail", lastId: old.id - 1 } });
    expect((await pruneExpiredRows(db, now, ["mail"])).events).toBe(0);
    await db.consumerCursor.update({ where: { name: "mail" }, data: { lastId: old.id } });
    expect((await pruneExpiredRows(db, now, ["mail"])).events).toBe(1);
  });

  it("runs at start and then on every interval, and a failed round does not stop the next", async () => {
    vi.useFakeTimers();
    const prune = vi.fn().mockRejectedValueOnce(new Error("database is locked")).mockResolvedValue({ throttles: 0, events: 0 });
    startPruning(prune, 1_000);
    expect(prune).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(prune).toHaveBeenCalledTimes(4);
  });
});
