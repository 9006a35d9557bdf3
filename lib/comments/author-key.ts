import { createHmac } from "node:crypto";

/** Lower-cased, NFKC-normalised and trimmed, so cosmetic variants match. */
export function normalizeIdentity(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}

/**
 * A keyed hash identifying an author (name + email). Author history and the
 * first-comment rule compare these, and avatars are drawn from it: the key
 * makes it impossible to recover or confirm an email from a public avatar.
 */
export function authorKey(name: string, email: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(`${normalizeIdentity(name)}\n${normalizeIdentity(email)}`)
    .digest("hex");
}
