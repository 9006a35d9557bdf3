import type { StoredEvent } from "@/lib/events/types";

// Cached public reads carry these tags (lib/cache/public-reads.ts), and the
// pages and feeds that use them inherit them. An event names what changed;
// invalidationFor says which tags that makes stale. Nothing here knows URLs.

export const tags = {
  /** An article's text and its comments. */
  article: (id: number) => `article:${id}`,
  /** The lookup of an article by slug, including "there is none". */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** Lists of articles: home page, article feed, sitemap. */
  articles: "articles",
  /** Lists of comments across articles: the site-wide comment feed. */
  comments: "comments",
  /** The discussion settings every article page reads. */
  settings: "settings",
} as const;

function payloadOf(event: StoredEvent): Record<string, unknown> {
  return event.payload;
}

/** Whether a comment event changed what the public sees. */
function touchesPublic(event: StoredEvent): boolean {
  const { from, to, status } = payloadOf(event);
  return from === "approved" || to === "approved" || status === "approved";
}

/** The tags an event makes stale; empty when no public page changes. */
export function invalidationFor(event: StoredEvent): string[] {
  switch (event.type) {
    case "comment.created":
    case "comment.held":
    case "comment.approved":
    case "comment.spammed":
    case "comment.trashed":
    case "comment.edited":
    case "comment.deleted":
      if (event.articleId === null || !touchesPublic(event)) return [];
      return [tags.article(event.articleId), tags.comments];
    case "article.changed": {
      const slugs = [payloadOf(event).slug, payloadOf(event).previousSlug].filter((s): s is string => typeof s === "string");
      return [
        ...(event.articleId === null ? [] : [tags.article(event.articleId)]),
        ...slugs.map(tags.articleSlug),
        tags.articles,
        tags.comments,
      ];
    }
    case "settings.changed":
      return [tags.settings];
    case "user.changed":
    case "webhook.changed":
    case "webhook.test":
      return [];
  }
}
