import { hmac, hmacEquals } from "./crypto";

// Moving the caller's own session to a new session version (after they reset
// their own password, which ends every other session). Auth.js's "update"
// trigger also answers a browser's POST to /api/auth/session with data of the
// browser's choosing, so the new version is honoured only with a short-lived
// proof that only the server can sign.

const PURPOSE = "session-refresh";
const VALID_MS = 60_000;

export type SessionRefresh = { uid: string; sv: number; exp: number; proof: string };

export function signSessionRefresh(secret: string, userId: number, sessionVersion: number, now = Date.now()): SessionRefresh {
  const refresh = { uid: String(userId), sv: sessionVersion, exp: now + VALID_MS };
  return { ...refresh, proof: hmac(secret, PURPOSE, `${refresh.uid}:${refresh.sv}:${refresh.exp}`) };
}

/** The new session version, if `candidate` is a valid, unexpired proof for this token's user. */
export function verifiedSessionVersion(secret: string, tokenUid: string | undefined, candidate: unknown, now = Date.now()): number | null {
  if (!candidate || typeof candidate !== "object") return null;
  const c = candidate as Partial<SessionRefresh>;
  if (typeof c.uid !== "string" || typeof c.sv !== "number" || typeof c.exp !== "number" || typeof c.proof !== "string") return null;
  if (c.uid !== tokenUid || c.exp < now) return null;
  return hmacEquals(secret, PURPOSE, `${c.uid}:${c.sv}:${c.exp}`, c.proof) ? c.sv : null;
}
