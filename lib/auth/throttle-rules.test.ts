import { describe, expect, it } from "vitest";
import { describeWait, lockAfterFailure, throttleDecision, windowExpired, type ThrottlePolicy } from "./throttle-rules";

const policy: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const now = new Date("2026-11-28T12:00:00Z");
const minutes = (n: number) => n * 60_000;

describe("throttle decisions", () => {
  it("is unlocked for a key never seen", () => {
    expect(throttleDecision(null, now)).toEqual({ locked: false });
  });

  it("is locked until lockedUntil, with the time left", () => {
    const row = { count: 5, windowStart: now, lockedUntil: new Date(now.getTime() + minutes(15)) };
    expect(throttleDecision(row, now)).toEqual({ locked: true, retryAfterMs: minutes(15) });
    expect(throttleDecision(row, new Date(now.getTime() + minutes(15)))).toEqual({ locked: false });
  });

  it("locks on the fifth failure, not before", () => {
    expect(lockAfterFailure(4, now, policy)).toBeNull();
    expect(lockAfterFailure(5, now, policy)).toEqual(new Date(now.getTime() + minutes(15)));
  });

  it("starts a new window after fifteen minutes", () => {
    expect(windowExpired(now, new Date(now.getTime() + minutes(14)), policy)).toBe(false);
    expect(windowExpired(now, new Date(now.getTime() + minutes(15)), policy)).toBe(true);
  });

  it("tells people how long to wait in whole minutes", () => {
    expect(describeWait(minutes(15))).toBe("15 minutes");
    expect(describeWait(minutes(14) + 1)).toBe("15 minutes");
    expect(describeWait(1_000)).toBe("1 minute");
  });
});
