import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

// The part of a client's address that per-IP limits (comment flood control,
// sign-in throttling) count against. An IPv6 subscriber is normally given a
// whole /64 (or more), so keying by the full /128 lets one client change
// address for every request and never be limited; keying by the prefix treats
// the network as the client, as an IPv4 address is. Pure: the prefix length
// comes from the caller (IPV6_PREFIX_LENGTH in lib/env.ts).

export const DEFAULT_IPV6_PREFIX_LENGTH = 64;

const UNKNOWN = "unknown";

/**
 * "203.0.113.7" for IPv4 (and IPv4-mapped IPv6), "2001:db8:1:2::/64" for
 * IPv6 with prefixLength 64; "unknown" for anything that is not an address.
 */
export function ipLimitKey(ip: string, prefixLength: number = DEFAULT_IPV6_PREFIX_LENGTH): string {
  if (!Number.isInteger(prefixLength) || prefixLength < 1 || prefixLength > 128) {
    throw new RangeError(`The IPv6 prefix length must be a whole number from 1 to 128, not ${prefixLength}`);
  }
  const value = ip.trim();
  // node:net is strict where ipaddr.js is lenient ("127.1", "0x7f000001").
  if (isIP(value) === 0) return UNKNOWN;
  // process() turns "::ffff:203.0.113.7" into the IPv4 address it carries.
  const address = ipaddr.process(value);
  if (address.kind() === "ipv4") return address.toString();
  const v6 = address as ipaddr.IPv6;
  const parts = v6.parts.map((part, index) => {
    const kept = Math.min(16, Math.max(0, prefixLength - index * 16));
    return kept === 0 ? 0 : part & ((0xffff << (16 - kept)) & 0xffff);
  });
  // A zone ("%eth0") names an interface of the receiving host, not the client.
  return `${new ipaddr.IPv6(parts).toRFC5952String()}/${prefixLength}`;
}
