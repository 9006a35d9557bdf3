import { describe, expect, it } from "vitest";
import { signSessionRefresh, verifiedSessionVersion } from "./session-refresh";

const secret = "a test secret of some length";

describe("moving a session to a new session version", () => {
  it("honours the server's own proof for the same user", () => {
    const refresh = signSessionRefresh(secret, 4, 9, 1_000);
    expect(verifiedSessionVersion(secret, "4", refresh, 2_000)).toBe(9);
  });

  it("refuses a version the browser made up, another user's proof, an expired one or another secret's", () => {
    const refresh = signSessionRefresh(secret, 4, 9, 1_000);
    expect(verifiedSessionVersion(secret, "4", { ...refresh, sv: 10 }, 2_000)).toBeNull();
    expect(verifiedSessionVersion(secret, "5", refresh, 2_000)).toBeNull();
    expect(verifiedSessionVersion(secret, "4", refresh, 1_000 + 61_000)).toBeNull();
    expect(verifiedSessionVersion("another secret entirely", "4", refresh, 2_000)).toBeNull();
    expect(verifiedSessionVersion(secret, "4", { sv: 9 }, 2_000)).toBeNull();
    expect(verifiedSessionVersion(secret, "4", undefined, 2_000)).toBeNull();
  });
});
