import { describe, expect, it } from "vitest";
import { likeLiteral, withLikeEscapeClause } from "./like-escape";

describe("likeLiteral", () => {
  it("escapes LIKE's wildcards and the escape character itself", () => {
    expect(likeLiteral("50%")).toBe("50\\%");
    expect(likeLiteral("a_b")).toBe("a\\_b");
    expect(likeLiteral("C:\\temp")).toBe("C:\\\\temp");
    expect(likeLiteral("plain text")).toBe("plain text");
  });
});

describe("withLikeEscapeClause", () => {
  it("adds ESCAPE to each parameterised LIKE, once", () => {
    const sql = "SELECT id FROM Comment WHERE (body LIKE ? OR authorName NOT LIKE ?) LIMIT ?";
    const once = withLikeEscapeClause(sql);
    expect(once).toBe("SELECT id FROM Comment WHERE (body LIKE ? ESCAPE '\\' OR authorName NOT LIKE ? ESCAPE '\\') LIMIT ?");
    expect(withLikeEscapeClause(once)).toBe(once);
    expect(withLikeEscapeClause("SELECT 1 WHERE a = ?")).toBe("SELECT 1 WHERE a = ?");
  });
});
