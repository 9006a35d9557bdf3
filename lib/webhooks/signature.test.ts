import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "./signature";

const secret = "whsec_test-secret-0123456789";
const body = JSON.stringify({ id: 7, type: "comment.approved", occurredAt: "2026-12-03T12:00:00.000Z", data: { commentId: 3 } });

describe("webhook signatures", () => {
  it("is t=TIMESTAMP,v1=HEX(HMAC-SHA256(secret, 'TIMESTAMP.BODY'))", () => {
    const header = signatureHeader(secret, body, 1_800_000_000);
    const expected = createHmac("sha256", secret).update(`1800000000.${body}`).digest("hex");
    expect(header).toBe(`t=1800000000,v1=${expected}`);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it("verifies a fresh signature of the exact body", () => {
    const header = signatureHeader(secret, body, 1_800_000_000);
    expect(verifySignature(header, body, secret, 1_800_000_010)).toEqual({ ok: true, timestamp: 1_800_000_000 });
  });

  it("refuses another body, another secret, or a signature without its timestamp bound to it", () => {
    const header = signatureHeader(secret, body, 1_800_000_000);
    expect(verifySignature(header, `${body} `, secret, 1_800_000_000)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature(header, body, "another secret entirely", 1_800_000_000)).toEqual({ ok: false, reason: "mismatch" });
    // The same v1 under a newer timestamp: the timestamp is part of what is signed.
    const moved = header.replace("t=1800000000", "t=1800000999");
    expect(verifySignature(moved, body, secret, 1_800_000_999)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a replay: a correct signature older than the tolerance", () => {
    const header = signatureHeader(secret, body, 1_800_000_000);
    expect(verifySignature(header, body, secret, 1_800_000_000 + 301)).toEqual({ ok: false, reason: "expired" });
    expect(verifySignature(header, body, secret, 1_800_000_000 + 300).ok).toBe(true);
  });

  it("refuses malformed headers", () => {
    for (const header of ["", "t=abc,v1=00", "v1=" + "a".repeat(64), "t=1800000000", `t=1800000000,v1=${"z".repeat(64)}`, `t=1800000000,v1=${"a".repeat(63)}`]) {
      expect(verifySignature(header, body, secret, 1_800_000_000)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
