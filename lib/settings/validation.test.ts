import { describe, expect, it } from "vitest";
import { normalizeWordList, updateSettingsSchema } from "./validation";

// As the action builds it from FormData: an unchecked checkbox is absent.
const valid = {
  requirePriorApproval: "on",
  linkLimit: "2",
  moderationWords: "Casino\n\n  viagra \ncasino",
  disallowedWords: "",
  floodSeconds: "15",
  threadDepth: "5",
  commentsPerPage: "50",
  closeAfterDays: "0",
};

describe("updateSettingsSchema", () => {
  it("reads a submitted form: checkboxes, numbers and word lists", () => {
    expect(updateSettingsSchema.parse(valid)).toEqual({
      holdAll: false,
      requirePriorApproval: true,
      linkLimit: 2,
      moderationWords: ["casino", "viagra"],
      disallowedWords: [],
      floodSeconds: 15,
      threadDepth: 5,
      commentsPerPage: 50,
      closeAfterDays: 0,
    });
  });

  it("refuses a thread depth outside 2–10 with a message for the field", () => {
    const result = updateSettingsSchema.safeParse({ ...valid, threadDepth: "11" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["threadDepth"]);
    expect(result.error?.issues[0]?.message).toBe("Thread depth must be at most 10.");
  });

  it("refuses negative and fractional numbers", () => {
    expect(updateSettingsSchema.safeParse({ ...valid, floodSeconds: "-1" }).success).toBe(false);
    expect(updateSettingsSchema.safeParse({ ...valid, linkLimit: "1.5" }).success).toBe(false);
    expect(updateSettingsSchema.safeParse({ ...valid, commentsPerPage: "lots" }).success).toBe(false);
  });

  it("accepts 0 to turn the link limit, flood control and auto-closing off", () => {
    const parsed = updateSettingsSchema.parse({ ...valid, linkLimit: "0", floodSeconds: "0", closeAfterDays: "0" });
    expect([parsed.linkLimit, parsed.floodSeconds, parsed.closeAfterDays]).toEqual([0, 0, 0]);
  });
});

describe("normalizeWordList", () => {
  it("keeps one lower-cased entry per line, without blanks or repeats", () => {
    expect(normalizeWordList("Buy Now\r\n\nbuy now\n  cheap pills ")).toEqual(["buy now", "cheap pills"]);
  });
});
