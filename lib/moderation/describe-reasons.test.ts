import { describe, expect, it } from "vitest";
import { describeReason, describeReasons, withEditorReason } from "./describe-reasons";

describe("describeReason", () => {
  it("phrases each automatic rule with its detail", () => {
    expect(describeReason({ rule: "links", detail: "3/2" })).toBe("3 links, limit 2");
    expect(describeReason({ rule: "links", detail: "contains 3 links; the limit is 2" })).toBe("3 links, limit 2");
    expect(describeReason({ rule: "moderation-word", detail: "casino" })).toBe("matched moderation word 'casino'");
    expect(describeReason({ rule: "disallowed-word", detail: "“viagra”" })).toBe("matched disallowed word 'viagra'");
    expect(describeReason({ rule: "first-comment", detail: "" })).toBe("first comment from this author");
    expect(describeReason({ rule: "honeypot", detail: "" })).toBe("filled the hidden spam-trap field");
    expect(describeReason({ rule: "hold-all", detail: "" })).toBe("every comment is held for review");
  });

  it("shows an editor's decision as recorded", () => {
    expect(describeReason({ rule: "editor", detail: "Approved by x@example.com" })).toBe("Approved by x@example.com");
  });
});

describe("describeReasons", () => {
  it("puts the editor's latest decision before the rules that first held the comment", () => {
    const reasons = withEditorReason(
      withEditorReason([{ rule: "links", detail: "3/2" }], "Marked as spam by a@example.com"),
      "Approved by b@example.com",
    );
    expect(describeReasons(reasons)).toEqual(["Approved by b@example.com", "3 links, limit 2"]);
  });
});
