import "server-only";
import { sign, verify } from "@/lib/auth/secrets";

// Lets the author of a held comment see it (and nobody else): after posting,
// the browser keeps a signed token per comment in an HttpOnly cookie. Each
// token carries when it was issued, inside the signature, and is refused
// after 30 days, whatever the cookie's own expiry says: a copied cookie does
// not show someone's held comments for ever.
export const OWN_COMMENTS_COOKIE = "own_comments";
export const HAS_OWN_COMMENTS_COOKIE = "has_own_comments";
/** Seconds; the cookie's max-age and each token's lifetime. */
export const OWN_COMMENTS_MAX_AGE = 30 * 24 * 3600;
const LIFETIME_MS = OWN_COMMENTS_MAX_AGE * 1000;
/** A clock a little ahead elsewhere (another instance) must not void a fresh token. */
const CLOCK_SKEW_MS = 5 * 60_000;
const PURPOSE = "own-comment";
const MAX_TOKENS = 20;
// id . issued (seconds since the epoch, base 36) . signature of "id.issued"
const TOKEN = /^(\d{1,12})\.([0-9a-z]{1,8})\.([\w-]{43})$/;

export function tokenFor(id: number, now = new Date()): string {
  const issued = Math.floor(now.getTime() / 1000).toString(36);
  return `${id}.${issued}.${sign(PURPOSE, `${id}.${issued}`)}`;
}

/** The comment id a token proves at `now`, or null (forged, malformed, expired, or from before tokens expired). */
function provenId(token: string, now: Date): number | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [id, issued, signature] = [match[1]!, match[2]!, match[3]!];
  if (!verify(PURPOSE, `${id}.${issued}`, signature)) return null;
  const age = now.getTime() - parseInt(issued, 36) * 1000;
  return age < LIFETIME_MS && age > -CLOCK_SKEW_MS ? Number(id) : null;
}

/** Comment ids proven by the cookie's tokens; forged, malformed and expired ones are dropped. */
export function ownedIds(cookieValue: string | undefined, now = new Date()): number[] {
  if (!cookieValue) return [];
  return cookieValue
    .split("~")
    .slice(-MAX_TOKENS)
    .flatMap((token) => {
      const id = provenId(token, now);
      return id === null ? [] : [id];
    });
}

/** The cookie value with this comment's token added (newest last, bounded); expired tokens are left out. */
export function withToken(cookieValue: string | undefined, id: number, now = new Date()): string {
  const kept = (cookieValue ?? "").split("~").filter((token) => provenId(token, now) !== null && !token.startsWith(`${id}.`));
  return [...kept, tokenFor(id, now)].slice(-MAX_TOKENS).join("~");
}
