import { describe, expect, it } from "vitest";
import { clientIp } from "./request-ip";

describe("clientIp", () => {
  it("uses the connecting peer (the last entry) when no proxy is trusted", () => {
    expect(clientIp("203.0.113.5", 0)).toBe("203.0.113.5");
    // A client cannot choose its address by sending X-Forwarded-For itself.
    expect(clientIp("6.6.6.6, 203.0.113.5", 0)).toBe("203.0.113.5");
  });

  it("skips exactly the trusted proxy hops", () => {
    expect(clientIp("198.51.100.1, 10.0.0.2", 1)).toBe("198.51.100.1");
    expect(clientIp("6.6.6.6, 198.51.100.1, 10.0.0.3, 10.0.0.2", 2)).toBe("198.51.100.1");
  });

  it("normalises IPv4-mapped IPv6 and refuses garbage", () => {
    expect(clientIp("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientIp("::1", 0)).toBe("::1");
    expect(clientIp("<script>", 0)).toBe("unknown");
    expect(clientIp(null, 0)).toBe("unknown");
  });
});
