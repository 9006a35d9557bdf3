import "server-only";
import { deriveKey, hmac, hmacEquals } from "./crypto";
import { env } from "@/lib/env";

/** Signs `value` for one purpose with the site's secret. */
export function sign(purpose: string, value: string): string {
  return hmac(env.AUTH_SECRET, purpose, value);
}

export function verify(purpose: string, value: string, signature: string): boolean {
  return hmacEquals(env.AUTH_SECRET, purpose, value, signature);
}

export function secretFor(purpose: string): string {
  return deriveKey(env.AUTH_SECRET, purpose);
}
