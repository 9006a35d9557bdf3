import { describe, expect, it } from "vitest";
import { planTransition } from "./transitions";

describe("planTransition", () => {
  it("approves from any other queue and leaves an approved comment alone", () => {
    expect(planTransition("approve", "pending", null)).toEqual({ kind: "change", from: "pending", to: "approved" });
    expect(planTransition("approve", "spam", null)).toEqual({ kind: "change", from: "spam", to: "approved" });
    expect(planTransition("approve", "approved", null)).toEqual({ kind: "unchanged", status: "approved" });
  });

  it("treats a second unapprove (double click) as already done, and refuses it on spam or trash", () => {
    expect(planTransition("unapprove", "approved", null)).toEqual({ kind: "change", from: "approved", to: "pending" });
    expect(planTransition("unapprove", "pending", null).kind).toBe("unchanged");
    expect(planTransition("unapprove", "trash", null).kind).toBe("invalid");
  });

  it("returns 'not spam' to Approved only when an editor had approved it before", () => {
    expect(planTransition("notspam", "spam", "approved")).toEqual({ kind: "change", from: "spam", to: "approved" });
    expect(planTransition("notspam", "spam", "pending")).toEqual({ kind: "change", from: "spam", to: "pending" });
    expect(planTransition("notspam", "spam", null)).toEqual({ kind: "change", from: "spam", to: "pending" });
    expect(planTransition("notspam", "pending", null).kind).toBe("unchanged");
    expect(planTransition("notspam", "trash", null).kind).toBe("invalid");
  });

  it("restores from the Trash to the previous status, Pending when unknown", () => {
    expect(planTransition("restore", "trash", "approved")).toEqual({ kind: "change", from: "trash", to: "approved" });
    expect(planTransition("restore", "trash", "spam")).toEqual({ kind: "change", from: "trash", to: "spam" });
    expect(planTransition("restore", "trash", null)).toEqual({ kind: "change", from: "trash", to: "pending" });
    expect(planTransition("restore", "approved", null).kind).toBe("unchanged");
  });

  it("moves anything to spam or trash once", () => {
    expect(planTransition("spam", "approved", null)).toEqual({ kind: "change", from: "approved", to: "spam" });
    expect(planTransition("trash", "spam", null)).toEqual({ kind: "change", from: "spam", to: "trash" });
    expect(planTransition("trash", "trash", null).kind).toBe("unchanged");
  });
});
