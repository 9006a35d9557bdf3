import { describe, expect, it } from "vitest";
import { inverseOf } from "./undo";

const entry = { id: 1, commentId: 42, detail: null };

describe("inverseOf", () => {
  it("reverses a status change only from the status it produced", () => {
    expect(inverseOf({ ...entry, action: "approve", fromStatus: "pending", toStatus: "approved" })).toEqual({
      kind: "status",
      commentId: 42,
      expect: "approved",
      to: "pending",
    });
    expect(inverseOf({ ...entry, action: "restore", fromStatus: "trash", toStatus: "spam" })).toEqual({
      kind: "status",
      commentId: 42,
      expect: "spam",
      to: "trash",
    });
  });

  it("puts back the previous text of an edit", () => {
    expect(inverseOf({ ...entry, action: "edit", fromStatus: "approved", toStatus: "approved", detail: "old words" })).toEqual({
      kind: "text",
      commentId: 42,
      body: "old words",
    });
  });

  it("trashes a staff reply to undo it", () => {
    expect(inverseOf({ ...entry, action: "reply", fromStatus: null, toStatus: "approved" })).toEqual({
      kind: "status",
      commentId: 42,
      expect: "approved",
      to: "trash",
    });
  });

  it("has no inverse for a permanent deletion, an undo, or a malformed entry", () => {
    expect(inverseOf({ ...entry, action: "delete", fromStatus: "trash", toStatus: null })).toBeNull();
    expect(inverseOf({ ...entry, action: "undo", fromStatus: "approved", toStatus: "pending" })).toBeNull();
    expect(inverseOf({ ...entry, action: "approve", fromStatus: "bogus", toStatus: "approved" })).toBeNull();
    expect(inverseOf({ ...entry, commentId: null, action: "approve", fromStatus: "pending", toStatus: "approved" })).toBeNull();
  });
});
