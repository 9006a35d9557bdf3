import { createHmac } from "node:crypto";
import { normalizeIdentity } from "./author-key";
import { normalizeForMatching } from "./normalize";

// Who counts as "the same sender" for flood control and duplicate detection.
// Pure: the caller supplies the secret (lib/comments/data.ts).

/**
 * The mailbox an address delivers to, as limits compare it: case and Unicode
 * compatibility forms do not matter, and sub-addressing is folded
 * ("user+news@example.com" is "user@example.com"), so a `+tag` variant of one
 * address is not a new sender.
 */
export function mailboxKey(email: string): string {
  const address = normalizeIdentity(email);
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  const local = address.slice(0, at);
  const plus = local.indexOf("+");
  // "+tag@…" with nothing before the plus is a mailbox of its own.
  return plus > 0 ? `${local.slice(0, plus)}${address.slice(at)}` : address;
}

/** An author name as the duplicate rule compares it: case, width and spacing do not matter. */
export function nameKey(name: string): string {
  return normalizeIdentity(name).replace(/\s+/g, " ");
}

export type DuplicateKeys = { dedupeKey: string; dedupeNameKey: string };

/**
 * WordPress's duplicate rule: the same text on the same article from the same
 * email or the same author name. One key per way of being the same sender, so
 * changing only the name, or only the email, still finds the earlier comment;
 * both are unique columns, so two racing posts store one row.
 */
export function duplicateKeys(comment: { articleId: number; name: string; email: string; body: string }, secret: string): DuplicateKeys {
  const text = normalizeForMatching(comment.body).trim();
  const key = (kind: string, who: string) =>
    createHmac("sha256", secret).update(`${comment.articleId}\n${kind}\n${who}\n${text}`).digest("hex");
  return { dedupeKey: key("email", mailboxKey(comment.email)), dedupeNameKey: key("name", nameKey(comment.name)) };
}

/** The condition that finds an earlier comment these keys make this one a duplicate of. */
export function duplicateOf(keys: DuplicateKeys): { OR: [{ dedupeKey: string }, { dedupeNameKey: string }] } {
  return { OR: [{ dedupeKey: keys.dedupeKey }, { dedupeNameKey: keys.dedupeNameKey }] };
}
