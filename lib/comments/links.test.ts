import { describe, expect, it } from "vitest";
import { countLinks, splitLinks } from "./links";

describe("splitLinks", () => {
  it("turns full http(s) URLs into links and leaves everything else as text", () => {
    expect(splitLinks("see https://example.org/a?b=1, then stop")).toEqual([
      { kind: "text", text: "see " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: ", then stop" },
    ]);
  });

  it("never links other schemes or bare domains", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,hi", "example.com", "mailto:a@b.c", "//evil.example"]) {
      expect(countLinks(text)).toBe(0);
    }
  });

  it("counts links for the moderation rule", () => {
    expect(countLinks("http://a.example https://b.example/x http://c.example")).toBe(3);
  });
});
