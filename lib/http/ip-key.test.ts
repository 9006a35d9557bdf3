import { describe, expect, it } from "vitest";
import { ipLimitKey } from "./ip-key";

describe("ipLimitKey", () => {
  it("keys IPv6 clients by their /64 by default, so rotating the interface part changes nothing", () => {
    const key = ipLimitKey("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(ipLimitKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe(key);
    expect(ipLimitKey("2001:0DB8:0001:0002:abcd::9")).toBe(key);
    // The next /64 is another client.
    expect(ipLimitKey("2001:db8:1:3::1")).not.toBe(key);
  });

  it("takes the prefix length from the caller, including lengths that split a 16-bit group", () => {
    expect(ipLimitKey("2001:db8:1:2::1", 48)).toBe("2001:db8:1::/48");
    expect(ipLimitKey("2001:db8:1:2::1", 56)).toBe("2001:db8:1::/56");
    expect(ipLimitKey("2001:db8:1:2ff::1", 56)).toBe("2001:db8:1:200::/56");
    expect(ipLimitKey("2001:db8:1:2::1", 128)).toBe("2001:db8:1:2::1/128");
    expect(ipLimitKey("2001:db8:1:2::1", 1)).toBe("::/1");
    expect(ipLimitKey("8001:db8::1", 1)).toBe("8000::/1");
  });

  it("leaves IPv4 addresses whole, including IPv4 carried in IPv6", () => {
    expect(ipLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(ipLimitKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(ipLimitKey("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(ipLimitKey("203.0.113.8")).not.toBe(ipLimitKey("203.0.113.7"));
  });

  it("ignores an interface zone, and gives 'unknown' for anything that is not an address", () => {
    expect(ipLimitKey("fe80::1%eth0")).toBe("fe80::/64");
    expect(ipLimitKey("unknown")).toBe("unknown");
    expect(ipLimitKey("<script>")).toBe("unknown");
    expect(ipLimitKey("")).toBe("unknown");
    // Shorthand IPv4 forms are not what a proxy writes, and would be a second key for one address.
    expect(ipLimitKey("127.1")).toBe("unknown");
    expect(ipLimitKey("0x7f000001")).toBe("unknown");
  });

  it("refuses a prefix length that is not 1 to 128", () => {
    for (const bad of [0, 129, 64.5, Number.NaN]) expect(() => ipLimitKey("2001:db8::1", bad)).toThrow(RangeError);
  });
});
