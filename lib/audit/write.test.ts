import { describe, expect, it } from "vitest";
import { describeChanges, diffFields } from "./write";

describe("what an admin action's audit entry says", () => {
  it("lists only the fields that changed, with before and after", () => {
    const changes = diffFields({ holdAll: false, linkLimit: 2, moderationWords: ["a"] }, { holdAll: true, linkLimit: 2, moderationWords: ["a", "b"] });
    expect(describeChanges("Discussion settings", changes)).toBe("Discussion settings: holdAll: false → true; moderationWords: a → a, b");
  });

  it("names empty values", () => {
    expect(describeChanges("ed@example.org", diffFields({ name: "" }, { name: "Ed" }))).toBe("ed@example.org: name: (empty) → Ed");
  });
});
