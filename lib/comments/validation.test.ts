import { describe, expect, it } from "vitest";
import { fieldErrors, postCommentSchema } from "./validation";

const valid = { article: "a", name: "Aigerim", email: "aigerim@example.kz", website: "", body: "Hello" };

function errorsFor(input: Record<string, unknown>) {
  const result = postCommentSchema.safeParse({ ...valid, ...input });
  return result.success ? {} : fieldErrors(result.error);
}

describe("postCommentSchema", () => {
  it("accepts a valid comment and normalises an empty website to null", () => {
    const result = postCommentSchema.parse(valid);
    expect(result.website).toBeNull();
    expect(result.parent).toBeNull();
    const { website: _omitted, ...withoutWebsite } = valid;
    expect(postCommentSchema.parse(withoutWebsite).website).toBeNull();
    expect(postCommentSchema.parse({ ...valid, website: null }).website).toBeNull();
  });

  it("requires comment, name and a real email", () => {
    expect(errorsFor({ body: "   ", name: "", email: "" })).toEqual({
      body: "Please type your comment.",
      name: "Please enter your name.",
      email: "Please enter your email address.",
    });
    expect(errorsFor({ email: "not-an-email" }).email).toMatch(/valid email/);
  });

  it("enforces WordPress's length limits", () => {
    expect(errorsFor({ name: "n".repeat(246) }).name).toMatch(/245/);
    expect(errorsFor({ email: `${"e".repeat(95)}@x.com` }).email).toMatch(/100/);
    expect(errorsFor({ website: `https://x.com/${"w".repeat(190)}` }).website).toMatch(/200/);
    expect(errorsFor({ body: "b".repeat(65_526) }).body).toMatch(/65,525/);
    expect(errorsFor({ body: "b".repeat(65_525) })).toEqual({});
  });

  it("accepts only http(s) websites", () => {
    for (const website of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.example", "example.com", "https://"]) {
      expect(errorsFor({ website }).website).toMatch(/http:\/\/ or https:\/\//);
    }
    expect(postCommentSchema.parse({ ...valid, website: "https://example.org/me" }).website).toBe("https://example.org/me");
  });

  it("refuses NUL bytes, lone surrogates, CRLF in the email and bidi overrides in the name", () => {
    expect(errorsFor({ body: "a\u0000b" }).body).toMatch(/control characters/);
    expect(errorsFor({ body: "a\uD800b" }).body).toMatch(/cannot be shown/);
    expect(errorsFor({ email: "a@b.com\r\nBcc: c@d.com" }).email).toMatch(/single line/);
    expect(errorsFor({ name: "\u202Egnp.exe" }).name).toMatch(/text-direction/);
  });

  it("refuses the noncharacters U+FFFE and U+FFFF, which no XML feed can carry", () => {
    expect(errorsFor({ body: "a\uFFFFb" }).body).toMatch(/cannot be shown/);
    expect(errorsFor({ name: "a\uFFFEb" }).name).toMatch(/cannot be shown/);
    // The last character XML allows in that block is still fine.
    expect(errorsFor({ body: "a\uFFFDb" })).toEqual({});
  });

  it("keeps non-Latin text and emoji exactly", () => {
    const body = "Қазақстан 🇰🇿 — 中文, العربية, 👩‍👩‍👧 ok";
    expect(postCommentSchema.parse({ ...valid, name: "Әлия 👩🏽‍💻", body }).body).toBe(body);
  });

  it("accepts a numeric parent id and refuses anything else", () => {
    expect(postCommentSchema.parse({ ...valid, parent: "12" }).parent).toBe(12);
    expect(postCommentSchema.safeParse({ ...valid, parent: "12abc" }).success).toBe(false);
    expect(postCommentSchema.safeParse({ ...valid, parent: -1 }).success).toBe(false);
  });
});
