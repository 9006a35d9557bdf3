import { isIP } from "node:net";

// Who is asking, for per-IP limits (comment flood control, sign-in throttling).
//
// Next keeps a client-sent X-Forwarded-For as it is and only fills it in when
// absent, so on its own it cannot tell a client's claim from the socket. The
// production server (scripts/server.mjs) therefore appends the connecting
// peer's address to the header, as any proxy does. So the last entry is always
// the socket address, and with TRUSTED_PROXY_HOPS=N reverse proxies in front
// (each appending the address it saw), the client is N entries further left.
// Anything left of that was written by the client and is ignored.

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

/** The client's IP address, trusting `trustedHops` reverse proxies; "unknown" when none is usable. */
export function clientIp(headers: HeaderSource, trustedHops: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (chain.length === 0) return UNKNOWN;
  // Fewer entries than trusted proxies: a proxy was skipped, so the leftmost
  // entry is the best (and only partly trusted) guess.
  const index = Math.max(0, chain.length - 1 - Math.max(0, Math.floor(trustedHops)));
  return normalize(chain[index]);
}
