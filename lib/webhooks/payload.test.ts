import { describe, expect, it } from "vitest";
import type { StoredEvent } from "@/lib/events/types";
import { webhookBody } from "./payload";

const event: StoredEvent = {
  id: 42,
  type: "comment.approved",
  articleId: 3,
  commentId: 9,
  actorId: 1,
  payload: { from: "pending", to: "approved" },
  createdAt: new Date("2026-12-03T12:00:00.000Z"),
};

describe("a webhook's body", () => {
  it("is { id, type, occurredAt, data } with the public view of the comment and article", () => {
    // As the store reads it, plus what it must never pass on (a row read with everything).
    const row = { id: 9, parentId: null, status: "approved", authorName: "Ada", authorWebsite: null, body: "Hello", isStaff: false, createdAt: new Date("2026-12-03T11:00:00.000Z"), authorEmail: "ada@example.org", ip: "203.0.113.9" };
    const body = webhookBody(event, { comment: row, article: { id: 3, slug: "a-story", title: "A story" }, siteUrl: "https://news.example" });
    expect(body).toEqual({
      id: 42,
      type: "comment.approved",
      occurredAt: "2026-12-03T12:00:00.000Z",
      data: {
        from: "pending",
        to: "approved",
        articleId: 3,
        commentId: 9,
        actorId: 1,
        article: { id: 3, slug: "a-story", title: "A story", url: "https://news.example/articles/a-story" },
        comment: { id: 9, parentId: null, status: "approved", authorName: "Ada", authorWebsite: null, body: "Hello", staff: false, createdAt: "2026-12-03T11:00:00.000Z", url: "https://news.example/articles/a-story#comment-9" },
      },
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain("ada@example.org");
    expect(text).not.toContain("203.0.113.9");
  });

  it("gives a held comment no public URL, and still describes an event whose comment is gone", () => {
    const held = webhookBody({ ...event, type: "comment.held" }, { comment: { id: 9, parentId: 2, status: "pending", authorName: "B", authorWebsite: null, body: "x", isStaff: false, createdAt: new Date(0) }, article: { id: 3, slug: "s", title: "t" }, siteUrl: "https://n.example" });
    expect((held.data.comment as { url: unknown }).url).toBeNull();
    const gone = webhookBody({ ...event, type: "comment.deleted" }, { comment: null, article: null, siteUrl: "https://n.example" });
    expect(gone.data).toEqual({ from: "pending", to: "approved", articleId: 3, commentId: 9, actorId: 1 });
  });
});
