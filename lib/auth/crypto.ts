import { createHmac, timingSafeEqual } from "node:crypto";

// Purpose-bound HMACs: one master secret, a separate key per use, so a value
// signed for one purpose (an avatar seed) is useless for another (a token).
export function hmac(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}\u0000${value}`).digest("base64url");
}

export function hmacEquals(secret: string, purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(hmac(secret, purpose, value));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A sub-key for one purpose. */
export function deriveKey(secret: string, purpose: string): string {
  return hmac(secret, "key", purpose);
}
