import "server-only";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Db } from "@/lib/db/prisma-client";
import { env } from "@/lib/env";
import { ipLimitKey } from "@/lib/http/ip-key";
import { logLine } from "@/lib/http/log";
import {
  lockAttemptDecision,
  longestWait,
  slowdownBands,
  slowdownDecision,
  throttleDecision,
  windowCutoff,
  type SlowdownPolicy,
  type ThrottleDecision,
  type ThrottlePolicy,
} from "./throttle-rules";

// Everything kept in the Throttle table: comment flood control (an interval
// per key) and sign-in throttling (locks and a slowdown), plus pruning.
//
// Single statements only: SQLite interactive transactions can fail with
// SQLITE_BUSY under concurrent writers (docs/prisma-offline.md, bug 6), and
// each conditional UPDATE here is atomic on its own (PostgreSQL re-checks the
// WHERE of a row another transaction just changed), so two instances or two
// parallel requests can never both take the same last attempt.

export { isUniqueViolation };

const minutes = (n: number) => n * 60_000;

// Sign-in limits. A sign-in attempt is reserved before the password is
// checked, so parallel guesses cost at most what the limits allow.
// - Per email and IP: 5 attempts in 15 minutes, then that pair is locked for
//   15 minutes (whether or not the account exists, so the lock reveals
//   nothing). A stranger hammering an address locks only themselves out.
// - Per IP: the same shape with a higher count, because honest people share
//   addresses (offices, mobile carriers); it still stops a password spray.
// - Per email alone: never a lock (a stranger could lock the owner out), but
//   a slowdown: after 10 attempts in a day, attempts on that address must be
//   5 s apart, after 20 half a minute, after 50 two minutes, which holds
//   guesses from many addresses to a few hundred a day.
export const PAIR_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: minutes(15), lockMs: minutes(15) };
export const IP_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: minutes(15), lockMs: minutes(15) };
export const EMAIL_SLOWDOWN: SlowdownPolicy = {
  windowMs: minutes(24 * 60),
  steps: [
    { after: 10, gapMs: 5_000 },
    { after: 20, gapMs: 30_000 },
    { after: 50, gapMs: minutes(2) },
  ],
};
/** The oldest a row can be and still matter (the longest flood interval is an hour; the slowdown's window a day). */
const THROTTLE_RETENTION_MS = Math.max(minutes(120), EMAIL_SLOWDOWN.windowMs);

// IPv6 clients are keyed by their prefix (lib/http/ip-key.ts): one host
// owns a whole /64 and could otherwise step around any per-address limit.
const pairKey = (email: string, ip: string) => `signin:pair:${ipLimitKey(ip, env.IPV6_PREFIX_LENGTH)}:${email}`;
const ipKey = (ip: string) => `signin:ip:${ipLimitKey(ip, env.IPV6_PREFIX_LENGTH)}`;
const emailKey = (email: string) => `signin:email:${email}`;

const notLockedNow = (now: Date) => [{ lockedUntil: null }, { lockedUntil: { lte: now } }];

// --- Flood control -----------------------------------------------------------

/**
 * Claims the right to act under `key` now, at most once per `intervalMs`.
 * Atomic across processes and instances: a conditional update or, for a new
 * key, an insert that only one racer can win.
 */
export async function claimInterval(key: string, intervalMs: number, now = new Date()): Promise<boolean> {
  const database = await getDb();
  const claimed = await database.throttle.updateMany({
    where: { key, lastAt: { lte: new Date(now.getTime() - intervalMs) } },
    data: { lastAt: now, count: { increment: 1 } },
  });
  if (claimed.count === 1) return true;
  try {
    await database.throttle.create({ data: { key, lastAt: now, windowStart: now, count: 1 } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives a claim back (the action it guarded did not happen). Takes the key only: callers map over keys. */
export async function releaseInterval(key: string): Promise<void> {
  const database = await getDb();
  await database.throttle.updateMany({ where: { key }, data: { lastAt: new Date(0) } });
}

// --- Reservations --------------------------------------------------------------

type Reservation = { ok: true } | { ok: false; decision: Extract<ThrottleDecision, { locked: true }> };

/** Creates the key's row holding one attempt; false when another request created it first. */
async function createHoldingOne(db: Db, key: string, now: Date): Promise<boolean> {
  try {
    await db.throttle.create({ data: { key, count: 1, windowStart: now, lastAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Takes one attempt under a lock policy, or says why not. */
export async function reserveUnderLock(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<Reservation> {
  // A window that is over with no lock running, or a lock that has run out,
  // starts counting again. Racers may both run this; the second matches nothing.
  await db.throttle.updateMany({
    where: {
      key,
      OR: [
        { lockedUntil: { lte: now } },
        { lockedUntil: null, windowStart: { lte: windowCutoff(now, policy) } },
      ],
    },
    data: { count: 0, windowStart: now, lockedUntil: null },
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimed = await db.throttle.updateMany({
      where: { key, count: { lt: policy.maxFailures }, OR: notLockedNow(now) },
      data: { count: { increment: 1 }, lastAt: now },
    });
    if (claimed.count === 1) return { ok: true };
    const row = await db.throttle.findUnique({ where: { key }, select: { count: true, windowStart: true, lockedUntil: true } });
    if (!row) {
      if (await createHoldingOne(db, key, now)) return { ok: true };
      continue;
    }
    const decision = lockAttemptDecision(row, now, policy);
    if (decision.locked) return { ok: false, decision };
  }
  return { ok: false, decision: { locked: true, retryAfterMs: policy.lockMs } };
}

/** Takes one attempt under a slowdown, or says how long to wait. */
export async function reserveUnderSlowdown(db: Db, key: string, policy: SlowdownPolicy, now: Date): Promise<Reservation> {
  await db.throttle.updateMany({
    where: { key, windowStart: { lte: windowCutoff(now, policy) } },
    data: { count: 0, windowStart: now, lockedUntil: null },
  });
  const bands = slowdownBands(now, policy).map((band) => ({
    count: { gte: band.countFrom, ...(band.countBelow === null ? {} : { lt: band.countBelow }) },
    ...(band.lastAtBy ? { lastAt: { lte: band.lastAtBy } } : {}),
  }));
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimed = await db.throttle.updateMany({ where: { key, OR: bands }, data: { count: { increment: 1 }, lastAt: now } });
    if (claimed.count === 1) return { ok: true };
    const row = await db.throttle.findUnique({ where: { key }, select: { count: true, windowStart: true, lastAt: true } });
    if (!row) {
      if (await createHoldingOne(db, key, now)) return { ok: true };
      continue;
    }
    const decision = slowdownDecision(row, now, policy);
    if (decision.locked) return { ok: false, decision };
  }
  return { ok: false, decision: { locked: true, retryAfterMs: policy.steps[0]?.gapMs ?? 1_000 } };
}

/** Gives back one reserved attempt (it turned out not to be a failure). */
async function releaseOne(db: Db, key: string): Promise<void> {
  await db.throttle.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** After a failure: locks the key if its attempts are used up. The key's state after it. */
async function lockIfUsedUp(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<{ decision: ThrottleDecision; newlyLocked: boolean }> {
  const locked = await db.throttle.updateMany({
    where: { key, count: { gte: policy.maxFailures }, OR: notLockedNow(now) },
    data: { lockedUntil: new Date(now.getTime() + policy.lockMs) },
  });
  const row = await db.throttle.findUnique({ where: { key }, select: { count: true, windowStart: true, lockedUntil: true } });
  return { decision: throttleDecision(row, now), newlyLocked: locked.count === 1 };
}

// --- Sign-in -----------------------------------------------------------------

export type SignInOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; locked: false }
  | { ok: false; locked: true; retryAfterMs: number };

/**
 * Runs one sign-in check under the limits. The attempt is reserved (per IP,
 * per email and IP, per email) before `verify` runs, so a refused attempt
 * never checks a password; `verify` returns the signed-in value or null.
 * A success clears the email-and-IP counter and gives back its IP and email
 * attempts (never more: one good account must not unlock a spray).
 */
export async function throttledSignIn<T>(email: string, ip: string, verify: () => Promise<T | null>, options: { db?: Db; now?: Date } = {}): Promise<SignInOutcome<T>> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  // A request without a usable address gets no shared per-IP counter: one
  // lock would otherwise cover every such client.
  const keys = { ip: ip === "unknown" ? null : ipKey(ip), pair: pairKey(email, ip), email: emailKey(email) };

  const held: string[] = [];
  const refuse = async (decision: Extract<ThrottleDecision, { locked: true }>): Promise<SignInOutcome<T>> => {
    await Promise.all(held.map((key) => releaseOne(db, key)));
    return { ok: false, locked: true, retryAfterMs: decision.retryAfterMs };
  };
  if (keys.ip) {
    const byIp = await reserveUnderLock(db, keys.ip, IP_POLICY, now);
    if (!byIp.ok) return refuse(byIp.decision);
    held.push(keys.ip);
  }
  const byPair = await reserveUnderLock(db, keys.pair, PAIR_POLICY, now);
  if (!byPair.ok) return refuse(byPair.decision);
  held.push(keys.pair);
  const byEmail = await reserveUnderSlowdown(db, keys.email, EMAIL_SLOWDOWN, now);
  if (!byEmail.ok) return refuse(byEmail.decision);

  let value: T | null;
  try {
    value = await verify();
  } catch (error) {
    // Not an answer about the password: the attempt does not count.
    await Promise.all([...held, keys.email].map((key) => releaseOne(db, key)));
    throw error;
  }
  if (value !== null) {
    await Promise.all([db.throttle.deleteMany({ where: { key: keys.pair } }), keys.ip ? releaseOne(db, keys.ip) : null, releaseOne(db, keys.email)]);
    return { ok: true, value };
  }

  const pair = await lockIfUsedUp(db, keys.pair, PAIR_POLICY, now);
  const address = keys.ip ? await lockIfUsedUp(db, keys.ip, IP_POLICY, now) : { decision: { locked: false } as const, newlyLocked: false };
  if (pair.newlyLocked || address.newlyLocked) {
    const what = [pair.newlyLocked ? logLine`account ${email} from IP ${ip}` : "", address.newlyLocked ? logLine`IP ${ip}` : ""].filter(Boolean).join(" and ");
    console.warn(`[auth] sign-in locked for 15 minutes after repeated failures: ${what}`);
  }
  const slowed = await db.throttle.findUnique({ where: { key: keys.email }, select: { count: true } });
  if (slowed && EMAIL_SLOWDOWN.steps.some((step) => step.after === slowed.count)) {
    console.warn(logLine`[auth] sign-in slowed down for account ${email} after ${slowed.count} attempts from any address`);
  }
  const after = longestWait(pair.decision, address.decision);
  return after.locked ? { ok: false, locked: true, retryAfterMs: after.retryAfterMs } : { ok: false, locked: false };
}

// --- Pruning -----------------------------------------------------------------

/**
 * Deletes rows no limit will read again: no lock running and untouched for
 * longer than the longest window or interval. Deleting one early would only
 * forget a count, so this errs on keeping.
 */
export async function pruneThrottles(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.throttle.deleteMany({
    where: { lastAt: { lt: new Date(now.getTime() - THROTTLE_RETENTION_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return count;
}
