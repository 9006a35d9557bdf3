import { describe, expect, it } from "vitest";
import { clientIp } from "./request-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it("uses the address next start puts in X-Forwarded-For when there is no proxy", () => {
    expect(clientIp(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientIp(headers("::1"), 0)).toBe("::1");
  });

  it("unwraps IPv4-mapped IPv6 socket addresses", () => {
    expect(clientIp(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("takes the entry written by the outermost trusted proxy", () => {
    expect(clientIp(headers("10.9.9.9, 198.51.100.4"), 1)).toBe("198.51.100.4");
    expect(clientIp(headers("10.9.9.9, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
  });

  it("ignores entries a client prepended before the trusted proxies", () => {
    expect(clientIp(headers("1.1.1.1, 2.2.2.2, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
  });

  it("uses the leftmost entry when there are fewer entries than trusted hops", () => {
    expect(clientIp(headers("198.51.100.4"), 3)).toBe("198.51.100.4");
  });

  it("strips ports and brackets that some proxies add", () => {
    expect(clientIp(headers("203.0.113.7:51234"), 1)).toBe("203.0.113.7");
    expect(clientIp(headers("[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
  });

  it("answers unknown for a missing or malformed header", () => {
    expect(clientIp(headers(), 0)).toBe("unknown");
    expect(clientIp(headers(""), 0)).toBe("unknown");
    expect(clientIp(headers("not-an-ip"), 0)).toBe("unknown");
    expect(clientIp(headers("1.2.3.4, <script>"), 1)).toBe("unknown");
  });
});
