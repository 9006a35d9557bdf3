import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const h = (xff: string | null) => ({ get: (name: string) => (name === "x-forwarded-for" ? xff : null) });

describe("clientIp", () => {
  it("uses the connecting peer (the last entry, appended by our server) when no proxy is trusted", () => {
    expect(clientIp(h("203.0.113.5"), 0)).toBe("203.0.113.5");
    // A client cannot choose its address by sending X-Forwarded-For itself.
    expect(clientIp(h("6.6.6.6, 203.0.113.5"), 0)).toBe("203.0.113.5");
  });

  it("skips exactly the trusted proxy hops", () => {
    expect(clientIp(h("198.51.100.1, 10.0.0.2"), 1)).toBe("198.51.100.1");
    expect(clientIp(h("6.6.6.6, 198.51.100.1, 10.0.0.3, 10.0.0.2"), 2)).toBe("198.51.100.1");
    expect(clientIp(h("10.0.0.2"), 3)).toBe("10.0.0.2");
  });

  it("normalises IPv4-mapped IPv6, ports and brackets, and refuses garbage", () => {
    expect(clientIp(h("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientIp(h("::1"), 0)).toBe("::1");
    expect(clientIp(h("[2001:DB8::1]:443"), 0)).toBe("2001:db8::1");
    expect(clientIp(h("203.0.113.7:8080"), 0)).toBe("203.0.113.7");
    expect(clientIp(h("<script>"), 0)).toBe("unknown");
    expect(clientIp(h(null), 0)).toBe("unknown");
  });
});
