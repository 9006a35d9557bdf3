import { isIP } from "node:net";

// Who is asking, for per-IP limits (sign-in throttling, comment flood control).
//
// Next gives server actions no socket address. What it does give: `next start`
// fills `X-Forwarded-For` with the socket address *only when the request has
// none* (base-server: `headers['x-forwarded-for'] ??= socket.remoteAddress`),
// and never appends to one that is present. So:
// - TRUSTED_PROXY_HOPS=0 (no proxy): the last entry is the socket address for
//   any client that sends no X-Forwarded-For. A client that sends its own can
//   choose its address; per-IP limits are then advisory, which is why every
//   limit that matters for security (the per-account sign-in lock) is keyed on
//   something the client cannot choose.
// - TRUSTED_PROXY_HOPS=N: each trusted proxy appended the address it saw, and
//   Next appended nothing, so the client is the N-th entry from the right
//   (for N=1, the last one, written by our own proxy).

type HeaderSource = { get(name: string): string | null };

const UNKNOWN = "unknown";

function normalize(candidate: string | undefined): string {
  if (!candidate) return UNKNOWN;
  let value = candidate.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:8080" from proxies that add ports.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : UNKNOWN;
}

/**
 * The client's IP address from the request headers, trusting `trustedHops`
 * reverse proxies (TRUSTED_PROXY_HOPS). "unknown" when there is none usable.
 */
export function clientIp(headers: HeaderSource, trustedHops: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (chain.length === 0) return UNKNOWN;
  const fromRight = Math.max(1, Math.floor(trustedHops));
  // Fewer entries than trusted proxies: the request skipped one of them, so
  // the leftmost entry is the best (and only partly trusted) guess.
  const index = Math.max(0, chain.length - fromRight);
  return normalize(chain[index]);
}
