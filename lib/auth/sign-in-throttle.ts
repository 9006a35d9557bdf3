import "server-only";
import { getDb } from "@/lib/db/client";
import { logLine } from "@/lib/http/log";
import { checkThrottle, clearThrottle, recordFailure } from "./throttle-store";
import type { ThrottleDecision, ThrottlePolicy } from "./throttle-rules";

// Sign-in limits. Per account: 5 failures in 15 minutes lock the address for
// 15 minutes, whether or not the account exists (so the lock reveals nothing).
// Per IP: the same shape with a higher count, because honest people share
// addresses (offices, mobile carriers) and one person mistyping on several
// accounts should not lock out a newsroom; it still stops a password spray.
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

const accountKey = (email: string) => `signin:account:${email}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

function longest(a: ThrottleDecision, b: ThrottleDecision): ThrottleDecision {
  if (!a.locked) return b;
  if (!b.locked) return a;
  return a.retryAfterMs >= b.retryAfterMs ? a : b;
}

/** Locked when either the account or the IP is locked. */
export async function signInLock(email: string, ip: string): Promise<ThrottleDecision> {
  const db = await getDb();
  const [account, address] = await Promise.all([checkThrottle(db, accountKey(email)), checkThrottle(db, ipKey(ip))]);
  return longest(account, address);
}

/** Counts a failed sign-in against both keys; logs when it locks one. */
export async function signInFailed(email: string, ip: string): Promise<ThrottleDecision> {
  const db = await getDb();
  const before = await signInLock(email, ip);
  const account = await recordFailure(db, accountKey(email), ACCOUNT_POLICY);
  const address = ip === "unknown" ? ({ locked: false } as const) : await recordFailure(db, ipKey(ip), IP_POLICY);
  const after = longest(account, address);
  if (after.locked && !before.locked) {
    const what = [account.locked ? logLine`account ${email}` : "", address.locked ? logLine`IP ${ip}` : ""].filter(Boolean).join(" and ");
    console.warn(`[auth] sign-in locked for 15 minutes after repeated failures: ${what}`);
  }
  return after;
}

/** A successful sign-in clears the account's counter (not the IP's: one good account must not unlock a spray). */
export async function signInSucceeded(email: string): Promise<void> {
  await clearThrottle(await getDb(), accountKey(email));
}
