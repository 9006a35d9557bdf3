import { describe, expect, it } from "vitest";
import type { StoredEvent } from "@/lib/events/types";
import { invalidationFor, tags } from "./tags";

const event = (over: Partial<StoredEvent>): StoredEvent => ({
  id: 1,
  type: "comment.approved",
  articleId: 7,
  commentId: 70,
  actorId: 1,
  payload: {},
  createdAt: new Date(),
  ...over,
});

describe("which cached pages an event makes stale", () => {
  it("a comment that becomes public or stops being public: its article and the site-wide comment lists", () => {
    expect(invalidationFor(event({ type: "comment.approved", payload: { from: "pending", to: "approved" } }))).toEqual([tags.article(7), tags.comments]);
    expect(invalidationFor(event({ type: "comment.trashed", payload: { from: "approved", to: "trash" } }))).toEqual([tags.article(7), tags.comments]);
    expect(invalidationFor(event({ type: "comment.created", payload: { status: "approved" } }))).toEqual([tags.article(7), tags.comments]);
  });

  it("nothing for changes no reader can see (a held comment moved to spam, a new held comment)", () => {
    expect(invalidationFor(event({ type: "comment.spammed", payload: { from: "pending", to: "spam" } }))).toEqual([]);
    expect(invalidationFor(event({ type: "comment.created", payload: { status: "pending" } }))).toEqual([]);
    expect(invalidationFor(event({ type: "comment.held", payload: { from: null, to: "pending" } }))).toEqual([]);
  });

  it("an edit of a public comment", () => {
    expect(invalidationFor(event({ type: "comment.edited", payload: { status: "approved" } }))).toEqual([tags.article(7), tags.comments]);
    expect(invalidationFor(event({ type: "comment.edited", payload: { status: "pending" } }))).toEqual([]);
  });

  it("an article change: the article, its slug lookups, and every list that shows articles", () => {
    expect(invalidationFor(event({ type: "article.changed", commentId: null, payload: { slug: "new", previousSlug: "old" } }))).toEqual([
      tags.article(7),
      tags.articleSlug("new"),
      tags.articleSlug("old"),
      tags.articles,
      tags.comments,
    ]);
  });

  it("settings: every page that reads them; users: no public page", () => {
    expect(invalidationFor(event({ type: "settings.changed", articleId: null, commentId: null }))).toEqual([tags.settings]);
    expect(invalidationFor(event({ type: "user.changed", articleId: null, commentId: null }))).toEqual([]);
  });
});
