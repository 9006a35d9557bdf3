import { describe, expect, it } from "vitest";
import {
  describeWait,
  lockAfterFailure,
  lockAttemptDecision,
  longestWait,
  slowdownBands,
  slowdownDecision,
  slowdownGapMs,
  startsAfresh,
  throttleDecision,
  windowExpired,
  type SlowdownPolicy,
  type ThrottlePolicy,
} from "./throttle-rules";

const policy: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const slowdown: SlowdownPolicy = {
  windowMs: 24 * 3_600_000,
  steps: [
    { after: 10, gapMs: 5_000 },
    { after: 20, gapMs: 30_000 },
    { after: 50, gapMs: 120_000 },
  ],
};
const now = new Date("2026-11-28T12:00:00Z");
const minutes = (n: number) => n * 60_000;
const at = (ms: number) => new Date(now.getTime() + ms);

describe("lock decisions", () => {
  it("is unlocked for a key never seen", () => {
    expect(throttleDecision(null, now)).toEqual({ locked: false });
    expect(lockAttemptDecision(null, now, policy)).toEqual({ locked: false });
  });

  it("is locked until lockedUntil, with the time left", () => {
    const row = { count: 5, windowStart: now, lockedUntil: at(minutes(15)) };
    expect(throttleDecision(row, now)).toEqual({ locked: true, retryAfterMs: minutes(15) });
    expect(throttleDecision(row, at(minutes(15)))).toEqual({ locked: false });
  });

  it("locks on the fifth failure, not before", () => {
    expect(lockAfterFailure(4, now, policy)).toBeNull();
    expect(lockAfterFailure(5, now, policy)).toEqual(at(minutes(15)));
  });

  it("lets the fifth attempt through and refuses the sixth, even before the fifth has failed", () => {
    expect(lockAttemptDecision({ count: 4, windowStart: now, lockedUntil: null }, now, policy)).toEqual({ locked: false });
    expect(lockAttemptDecision({ count: 5, windowStart: now, lockedUntil: null }, now, policy)).toEqual({ locked: true, retryAfterMs: minutes(15) });
  });

  it("starts a new window after fifteen minutes, or when a lock has run out", () => {
    expect(windowExpired(now, at(minutes(14)), policy)).toBe(false);
    expect(windowExpired(now, at(minutes(15)), policy)).toBe(true);
    expect(startsAfresh({ count: 3, windowStart: now, lockedUntil: null }, at(minutes(15)), policy)).toBe(true);
    const locked = { count: 5, windowStart: now, lockedUntil: at(minutes(15)) };
    expect(startsAfresh(locked, at(minutes(14)), policy)).toBe(false);
    expect(startsAfresh(locked, at(minutes(15)), policy)).toBe(true);
    expect(lockAttemptDecision(locked, at(minutes(15)), policy)).toEqual({ locked: false });
  });

  it("reports the longer of two refusals", () => {
    const short = { locked: true, retryAfterMs: 5_000 } as const;
    const long = { locked: true, retryAfterMs: minutes(15) } as const;
    expect(longestWait(short, long)).toBe(long);
    expect(longestWait({ locked: false }, short)).toBe(short);
    expect(longestWait({ locked: false }, { locked: false })).toEqual({ locked: false });
  });
});

describe("the per-email slowdown", () => {
  it("never waits for the first ten attempts, then waits longer at each step", () => {
    expect([0, 9, 10, 19, 20, 49, 50, 500].map((count) => slowdownGapMs(count, slowdown))).toEqual([0, 0, 5_000, 5_000, 30_000, 30_000, 120_000, 120_000]);
  });

  it("never locks: an attempt goes ahead once the gap since the last one has passed", () => {
    const row = { count: 25, windowStart: at(-minutes(60)), lastAt: now };
    expect(slowdownDecision(row, at(10_000), slowdown)).toEqual({ locked: true, retryAfterMs: 20_000 });
    expect(slowdownDecision(row, at(30_000), slowdown)).toEqual({ locked: false });
    expect(slowdownDecision({ ...row, count: 9 }, now, slowdown)).toEqual({ locked: false });
  });

  it("forgets the count once its window is over", () => {
    const row = { count: 500, windowStart: at(-slowdown.windowMs), lastAt: now };
    expect(slowdownDecision(row, now, slowdown)).toEqual({ locked: false });
  });

  it("describes the same rule as count bands for one conditional update", () => {
    expect(slowdownBands(now, slowdown)).toEqual([
      { countFrom: 0, countBelow: 10, lastAtBy: null },
      { countFrom: 10, countBelow: 20, lastAtBy: at(-5_000) },
      { countFrom: 20, countBelow: 50, lastAtBy: at(-30_000) },
      { countFrom: 50, countBelow: null, lastAtBy: at(-120_000) },
    ]);
  });
});

describe("describeWait", () => {
  it("tells people how long to wait in whole minutes, or seconds under a minute", () => {
    expect(describeWait(minutes(15))).toBe("15 minutes");
    expect(describeWait(minutes(14) + 1)).toBe("15 minutes");
    expect(describeWait(minutes(1))).toBe("1 minute");
    expect(describeWait(30_000)).toBe("30 seconds");
    expect(describeWait(4_001)).toBe("5 seconds");
    expect(describeWait(1)).toBe("1 second");
  });
});
