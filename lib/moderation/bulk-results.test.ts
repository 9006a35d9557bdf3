import { describe, expect, it } from "vitest";
import { summarizeOutcomes } from "./bulk-results";

describe("summarizeOutcomes", () => {
  it("counts each kind of outcome and says so in one sentence", () => {
    const summary = summarizeOutcomes("spam", [
      { id: 1, outcome: "changed", from: "pending", to: "spam" },
      { id: 2, outcome: "changed", from: "approved", to: "spam" },
      { id: 3, outcome: "unchanged", status: "spam" },
      { id: 4, outcome: "not-found" },
    ]);
    expect(summary).toMatchObject({ changed: 2, unchanged: 1, invalid: 0, notFound: 1 });
    expect(summary.message).toBe("2 comments marked as spam. 1 comment already in that state. 1 comment not found.");
  });

  it("names the queue a restore or not-spam went back to", () => {
    expect(summarizeOutcomes("restore", [{ id: 1, outcome: "changed", from: "trash", to: "approved" }]).message).toBe(
      "1 comment restored to Approved.",
    );
  });

  it("reports comments the action does not apply to", () => {
    const summary = summarizeOutcomes("unapprove", [{ id: 9, outcome: "invalid", status: "trash" }]);
    expect(summary.changed).toBe(0);
    expect(summary.message).toBe("1 comment could not be unapproved from its current queue.");
  });

  it("says nothing changed for an empty selection", () => {
    expect(summarizeOutcomes("approve", []).message).toBe("0 comments approved.");
  });
});
