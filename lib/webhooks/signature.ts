import { createHmac, timingSafeEqual } from "node:crypto";

// X-Dispatch-Signature: t=TIMESTAMP,v1=HEX(HMAC-SHA256(secret, "TIMESTAMP.BODY")).
// The timestamp is signed with the body, so a receiver that refuses old
// timestamps refuses replays of a captured delivery. The README shows the
// same check in a few lines for receivers.

export const SIGNATURE_HEADER = "X-Dispatch-Signature";
export const EVENT_HEADER = "X-Dispatch-Event";
export const DELIVERY_HEADER = "X-Dispatch-Delivery";

/** How old a signature a receiver should accept, in seconds (what verifySignature defaults to). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for `body` sent at `timestamp` (Unix seconds). */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type Verification = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "mismatch" | "expired" };

/** Checks a signature header as a receiver would: well-formed, matching, and recent. */
export function verifySignature(header: string, body: string, secret: string, nowSeconds: number, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): Verification {
  const parts = new Map(header.split(",").map((part) => part.split("=", 2) as [string, string | undefined]));
  const t = parts.get("t");
  const v1 = parts.get("v1");
  if (!t || !/^\d{1,12}$/.test(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return { ok: false, reason: "malformed" };
  const timestamp = Number(t);
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  if (!timingSafeEqual(expected, Buffer.from(v1, "hex"))) return { ok: false, reason: "mismatch" };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { ok: false, reason: "expired" };
  return { ok: true, timestamp };
}
