import { describe, expect, it } from "vitest";
import { placeReply } from "./threading";

describe("placeReply", () => {
  it("puts a top-level comment at depth 1 with no root", () => {
    expect(placeReply(null, 5)).toEqual({ parentId: null, rootId: null, depth: 1 });
  });

  it("nests a reply one level under its parent, in the parent's thread", () => {
    expect(placeReply({ id: 7, rootId: null, parentId: null, depth: 1 }, 5)).toEqual({ parentId: 7, rootId: 7, depth: 2 });
    expect(placeReply({ id: 9, rootId: 7, parentId: 8, depth: 3 }, 5)).toEqual({ parentId: 9, rootId: 7, depth: 4 });
  });

  it("attaches a reply past the depth limit to the deepest allowed level", () => {
    expect(placeReply({ id: 12, rootId: 7, parentId: 11, depth: 5 }, 5)).toEqual({ parentId: 11, rootId: 7, depth: 5 });
    expect(placeReply({ id: 3, rootId: 1, parentId: 2, depth: 2 }, 2)).toEqual({ parentId: 2, rootId: 1, depth: 2 });
  });
});
