import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const fallback = "/dashboard";

describe("safeRedirectPath", () => {
  it("keeps a same-origin path with its query and hash", () => {
    expect(safeRedirectPath("/dashboard/users?page=2#top", fallback)).toBe("/dashboard/users?page=2#top");
    expect(safeRedirectPath("/", fallback)).toBe("/");
  });

  it.each([
    "https://evil.example",
    "https://evil.example/dashboard",
    "http:evil.example",
    "//evil.example",
    "//evil.example/dashboard",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,hi",
    "dashboard",
    "",
    "/../..//evil.example",
  ])("falls back for %j", (candidate) => {
    expect(safeRedirectPath(candidate, fallback)).toBe(fallback);
  });

  it("falls back for values that are not strings", () => {
    expect(safeRedirectPath(null, fallback)).toBe(fallback);
    expect(safeRedirectPath(undefined, fallback)).toBe(fallback);
    expect(safeRedirectPath(["/dashboard/users"], fallback)).toBe(fallback);
  });

  it("resolves dot segments without leaving the site", () => {
    expect(safeRedirectPath("/dashboard/../articles/x", fallback)).toBe("/articles/x");
  });
});
