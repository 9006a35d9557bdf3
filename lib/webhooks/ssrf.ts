import { lookup as dnsLookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

// Webhooks make this server send requests to URLs an admin typed, so those
// URLs must not reach what only this server can reach: itself, the private
// network, a cloud's metadata service. Every address a host resolves to is
// checked, at save time and again at each delivery, and the connection is
// then pinned to the address that was checked (lib/webhooks/http.ts), so a
// DNS answer that changes between the check and the connect (rebinding)
// cannot slip past. Redirects are not followed at all.

/** Why an address is refused, in words for the admin; null when it is a public unicast address. */
export function refusedAddressReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ""));
  } catch {
    return "it is not an IP address";
  }
  // ::ffff:127.0.0.1 is 127.0.0.1 to the kernel: judge the IPv4 inside.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === "unicast") return null;
  return RANGE_WORDS[range] ?? `it is in a reserved range (${range})`;
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "it is a loopback address (this server itself)",
  private: "it is a private network address",
  linkLocal: "it is a link-local address (cloud metadata services live there)",
  carrierGradeNat: "it is a carrier-grade NAT address (shared, not public)",
  uniqueLocal: "it is a unique-local (private) IPv6 address",
  multicast: "it is a multicast address",
  unspecified: "it is the unspecified address",
  broadcast: "it is the broadcast address",
};

/** WEBHOOK_ALLOWED_HOSTS: comma-separated hostnames or IP addresses, compared case-insensitively. */
export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((host) => normaliseHost(host.trim()))
    .filter((host) => host !== "");
}

function normaliseHost(host: string): string {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toNormalizedString() : bare;
}

export type UrlShape = { ok: true; url: URL } | { ok: false; message: string };

/** What a webhook URL must look like before any address is looked up. */
export function checkUrlShape(raw: string): UrlShape {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "Enter a full URL, like https://example.com/hooks/dispatch." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: "Use an http:// or https:// URL." };
  if (url.username || url.password) return { ok: false, message: "Leave the user name and password out of the URL: the signature proves who is sending." };
  if (!url.hostname) return { ok: false, message: "Enter a URL with a host name." };
  return { ok: true, url };
}

export type Target = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; message: string };

type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves the URL's host and checks every address it has; answers the
 * address to connect to. A host listed in `allowed` skips the address check
 * (still pinned to what it resolved to).
 */
export async function resolveTarget(raw: string, allowed: readonly string[], resolve: Resolve = systemResolve): Promise<Target> {
  const shape = checkUrlShape(raw);
  if (!shape.ok) return shape;
  const url = shape.url;
  const host = normaliseHost(url.hostname);
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      return { ok: false, message: `The host ${host} could not be found.` };
    }
    if (addresses.length === 0) return { ok: false, message: `The host ${host} could not be found.` };
  }
  if (!allowed.includes(host)) {
    for (const { address } of addresses) {
      const reason = refusedAddressReason(address);
      if (reason) {
        const where = address === host ? address : `${host} resolves to ${address}`;
        return { ok: false, message: `Webhooks go only to public addresses: ${where}, and ${reason}.` };
      }
    }
  }
  const first = addresses[0]!;
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
