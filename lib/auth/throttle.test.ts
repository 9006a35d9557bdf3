import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/prisma-client";
import { createMigratedSqlite, type TestDatabase } from "@/lib/testing/migrated-sqlite";
import { EMAIL_SLOWDOWN, pruneThrottles, throttledSignIn } from "./throttle";

// The sign-in limits on a real database (the conditional updates are the
// point), without a server: `verify` stands in for the password check.

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = createMigratedSqlite("throttle");
  db = await database.client();
}, 60_000);
afterAll(() => database.remove());
beforeEach(async () => {
  await db.throttle.deleteMany();
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

const now = new Date("2026-11-28T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const wrong = vi.fn(async () => null);
const right = async () => "signed in";

describe("parallel wrong guesses", { timeout: 60_000 }, () => {
  it("twenty at once check at most five passwords; the rest are refused before any check", async () => {
    const verify = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return null;
    });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => throttledSignIn("ed@example.com", "203.0.113.9", verify, { db, now })));
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => !o.ok && !o.locked).length).toBeLessThanOrEqual(4);
    expect(outcomes.filter((o) => !o.ok && o.locked).length).toBeGreaterThanOrEqual(15);
    // And the right password from there is now refused too.
    expect(await throttledSignIn("ed@example.com", "203.0.113.9", right, { db, now })).toMatchObject({ ok: false, locked: true });
  });

  it("sixty at once from three addresses against one account check at most the account's ten unhurried attempts", async () => {
    const verify = vi.fn(async () => null);
    await Promise.all(Array.from({ length: 60 }, (_, i) => throttledSignIn("ed@example.com", `198.51.100.${i % 3}`, verify, { db, now })));
    // Three addresses could take five each; the email's slowdown stops them at ten.
    expect(verify.mock.calls.length).toBeLessThanOrEqual(EMAIL_SLOWDOWN.steps[0]!.after);
  });
});

describe("a stranger hammering admin@localhost", { timeout: 60_000 }, () => {
  it("locks only the stranger: the admin signs in from their own address", async () => {
    for (let i = 0; i < 5; i++) await throttledSignIn("admin@localhost", "203.0.113.66", wrong, { db, now });
    expect(await throttledSignIn("admin@localhost", "203.0.113.66", right, { db, now })).toMatchObject({ ok: false, locked: true, retryAfterMs: 15 * 60_000 });
    // More tries from there are refused and cost nothing.
    for (let i = 0; i < 20; i++) await throttledSignIn("admin@localhost", "203.0.113.66", wrong, { db, now: later(i * 1000) });
    expect(await throttledSignIn("admin@localhost", "192.0.2.10", right, { db, now: later(30_000) })).toEqual({ ok: true, value: "signed in" });
  });

  it("from many addresses, only slows the account down; its owner still gets in once the short wait is over", async () => {
    for (let i = 0; i < 10; i++) await throttledSignIn("admin@localhost", `203.0.113.${i}`, wrong, { db, now });
    const slowed = await throttledSignIn("admin@localhost", "192.0.2.10", right, { db, now: later(1_000) });
    expect(slowed).toEqual({ ok: false, locked: true, retryAfterMs: 4_000 });
    expect(await throttledSignIn("admin@localhost", "192.0.2.10", right, { db, now: later(5_000) })).toEqual({ ok: true, value: "signed in" });
  });
});

describe("the limits people meet", { timeout: 60_000 }, () => {
  it("locks an email and address for fifteen minutes after five failures, then lets them try again", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await throttledSignIn("ed@example.com", "192.0.2.1", wrong, { db, now }));
    expect(results.slice(0, 4)).toEqual(Array(4).fill({ ok: false, locked: false }));
    expect(results[4]).toEqual({ ok: false, locked: true, retryAfterMs: 15 * 60_000 });
    expect(await throttledSignIn("ed@example.com", "192.0.2.1", right, { db, now: later(14 * 60_000) })).toMatchObject({ locked: true });
    expect(await throttledSignIn("ed@example.com", "192.0.2.1", right, { db, now: later(15 * 60_000) })).toEqual({ ok: true, value: "signed in" });
  });

  it("a success clears the email-and-address counter, so earlier typos do not add up", async () => {
    for (let i = 0; i < 4; i++) await throttledSignIn("ed@example.com", "192.0.2.1", wrong, { db, now });
    expect(await throttledSignIn("ed@example.com", "192.0.2.1", right, { db, now })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await throttledSignIn("ed@example.com", "192.0.2.1", wrong, { db, now })).toEqual({ ok: false, locked: false });
  });

  it("one address trying twenty accounts is locked for all of them, a correct password included", async () => {
    for (let i = 0; i < 20; i++) await throttledSignIn(`spray${i}@example.com`, "198.51.100.7", wrong, { db, now });
    expect(await throttledSignIn("ed@example.com", "198.51.100.7", right, { db, now })).toMatchObject({ ok: false, locked: true });
  });

  it("successful sign-ins from a shared address never lock it", async () => {
    for (let i = 0; i < 40; i++) expect(await throttledSignIn(`user${i}@example.com`, "192.0.2.50", right, { db, now })).toMatchObject({ ok: true });
  });

  it("an error while checking (the database went away) does not count as a failure", async () => {
    const broken = async (): Promise<string | null> => {
      throw new Error("connection lost");
    };
    for (let i = 0; i < 6; i++) await expect(throttledSignIn("ed@example.com", "192.0.2.1", broken, { db, now })).rejects.toThrow("connection lost");
    expect(await throttledSignIn("ed@example.com", "192.0.2.1", right, { db, now })).toMatchObject({ ok: true });
  });

  it("logs a lock with the email and address quoted, so they cannot forge a line", async () => {
    const warn = vi.mocked(console.warn);
    for (let i = 0; i < 5; i++) await throttledSignIn("ed@example.com", "192.0.2.1", wrong, { db, now });
    expect(warn).toHaveBeenCalledWith('[auth] sign-in locked for 15 minutes after repeated failures: account "ed@example.com" from IP "192.0.2.1"');
  });
});

describe("pruning", { timeout: 60_000 }, () => {
  it("deletes rows no limit reads any more and keeps the rest", async () => {
    const old = new Date(now.getTime() - 25 * 3_600_000);
    await db.throttle.createMany({
      data: [
        { key: "flood:ip:old", count: 1, windowStart: old, lastAt: old },
        { key: "signin:pair:old", count: 5, windowStart: old, lastAt: old, lockedUntil: old },
        { key: "flood:ip:recent", count: 1, windowStart: now, lastAt: now },
        { key: "signin:pair:still-locked", count: 5, windowStart: old, lastAt: old, lockedUntil: later(60_000) },
      ],
    });
    expect(await pruneThrottles(db, now)).toBe(2);
    expect((await db.throttle.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((row) => row.key)).toEqual(["flood:ip:recent", "signin:pair:still-locked"]);
  });
});
