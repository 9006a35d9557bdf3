import "server-only";
import { sign, verify } from "@/lib/auth/secrets";

// Lets the author of a held comment see it (and nobody else): after posting,
// the browser keeps a signed token per comment in an HttpOnly cookie.
export const OWN_COMMENTS_COOKIE = "own_comments";
export const HAS_OWN_COMMENTS_COOKIE = "has_own_comments";
export const OWN_COMMENTS_MAX_AGE = 7 * 24 * 3600;
const PURPOSE = "own-comment";
const MAX_TOKENS = 20;
const TOKEN = /^(\d{1,12})\.([\w-]{43})$/;

export function tokenFor(id: number): string {
  return `${id}.${sign(PURPOSE, String(id))}`;
}

/** Comment ids proven by the cookie's tokens; forged or malformed ones are dropped. */
export function ownedIds(cookieValue: string | undefined): number[] {
  if (!cookieValue) return [];
  return cookieValue
    .split("~")
    .slice(-MAX_TOKENS)
    .flatMap((token) => {
      const match = TOKEN.exec(token);
      return match && verify(PURPOSE, match[1]!, match[2]!) ? [Number(match[1])] : [];
    });
}

/** The cookie value with this comment's token added (newest last, bounded). */
export function withToken(cookieValue: string | undefined, id: number): string {
  const kept = (cookieValue ?? "").split("~").filter((token) => TOKEN.test(token) && !token.startsWith(`${id}.`));
  return [...kept, tokenFor(id)].slice(-MAX_TOKENS).join("~");
}
