import { describe, expect, it } from "vitest";
import { logLine, logValue } from "./log";

describe("logValue", () => {
  it("quotes a value, so where it starts and ends is plain", () => {
    expect(logValue("ed@example.com")).toBe('"ed@example.com"');
    expect(logValue(42)).toBe('"42"');
  });

  it("keeps a newline from forging a second log line", () => {
    const forged = 'x@example.com\n[auth] sign-in succeeded for admin@localhost';
    const quoted = logValue(forged);
    expect(quoted).not.toMatch(/[\r\n]/);
    expect(quoted).toBe('"x@example.com\\n[auth] sign-in succeeded for admin@localhost"');
  });

  it("escapes quotes, carriage returns, escape sequences and separators", () => {
    expect(logValue('a"b')).toBe('"a\\"b"');
    expect(logValue("a\rb")).toBe('"a\\rb"');
    expect(logValue("\u001b[2Jclear")).toBe('"\\u001b[2Jclear"');
    expect(logValue("a\u2028b\u2029c\u0085d")).toBe('"a\\u2028b\\u2029c\\u0085d"');
  });

  it("escapes bidi controls that would reverse what a terminal shows", () => {
    expect(logValue("\u202Emoc.elpmaxe@nimda")).toBe('"\\u202emoc.elpmaxe@nimda"');
    expect(logValue("a\u2066b\u200fc")).toBe('"a\\u2066b\\u200fc"');
  });

  it("leaves ordinary non-ASCII text readable", () => {
    expect(logValue("Қазақстан 中文 é")).toBe('"Қазақстан 中文 é"');
  });
});

describe("logLine", () => {
  it("quotes every interpolated value and nothing else", () => {
    const email = "x@example.com\nFAKE";
    expect(logLine`[auth] locked: account ${email} and IP ${"203.0.113.7"}`).toBe(
      '[auth] locked: account "x@example.com\\nFAKE" and IP "203.0.113.7"',
    );
  });
});
