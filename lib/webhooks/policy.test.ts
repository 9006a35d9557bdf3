import { describe, expect, it } from "vitest";
import { afterAttempt, MAX_ATTEMPTS, MAX_CONSECUTIVE_FAILURES, nextStep, retryDelayMs } from "./policy";

describe("webhook retries", () => {
  it("wait 30 s, then double, capped at an hour (the default base)", () => {
    const schedule = Array.from({ length: 10 }, (_, i) => retryDelayMs(i + 1, 30_000) / 1000);
    expect(schedule).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });

  it("scale with the base (the tests' short one)", () => {
    expect([1, 2, 3, 8, 9].map((n) => retryDelayMs(n, 20))).toEqual([20, 40, 80, 2400, 2400]);
  });

  it("give a delivery up after its tenth attempt", () => {
    expect(nextStep(1, false, 1000)).toEqual({ status: "retrying", delayMs: 1000 });
    expect(nextStep(MAX_ATTEMPTS - 1, false, 1000)).toMatchObject({ status: "retrying" });
    expect(nextStep(MAX_ATTEMPTS, false, 1000)).toEqual({ status: "failed" });
    expect(nextStep(3, true, 1000)).toEqual({ status: "delivered" });
  });
});

describe("disabling a failing endpoint", () => {
  it("happens at the tenth failure in a row, not before", () => {
    let failures = 0;
    const disabledAt: number[] = [];
    for (let attempt = 1; attempt <= 12; attempt++) {
      const outcome = afterAttempt(failures, false);
      failures = outcome.consecutiveFailures;
      if (outcome.disable) disabledAt.push(attempt);
    }
    expect(MAX_CONSECUTIVE_FAILURES).toBe(10);
    expect(disabledAt[0]).toBe(10);
  });

  it("counts only failures in a row: a success starts the count again", () => {
    let failures = 0;
    const outcomes = [...Array(9).fill(false), true, ...Array(9).fill(false)].map((ok: boolean) => {
      const outcome = afterAttempt(failures, ok);
      failures = outcome.consecutiveFailures;
      return outcome.disable;
    });
    expect(outcomes.some(Boolean)).toBe(false);
    expect(failures).toBe(9);
    expect(afterAttempt(failures, false)).toEqual({ consecutiveFailures: 10, disable: true });
  });
});
