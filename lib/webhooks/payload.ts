import type { StoredEvent } from "@/lib/events/types";
import { paths } from "@/lib/site/paths";

// The JSON body of a webhook delivery: { id, type, occurredAt, data }.
// Webhooks can go to third parties, so the comment and article are
// described only by what the public page could show: never a commenter's
// email or IP address (the types below have no field for either).

export type WebhookComment = {
  id: number;
  parentId: number | null;
  status: string;
  authorName: string;
  authorWebsite: string | null;
  body: string;
  isStaff: boolean;
  createdAt: Date;
};

export type WebhookArticle = { id: number; slug: string; title: string };

export type WebhookBody = {
  id: number;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
};

/** The delivery body of one event, with the comment and article it concerns when they still exist. */
export function webhookBody(event: StoredEvent, context: { comment?: WebhookComment | null; article?: WebhookArticle | null; siteUrl: string }): WebhookBody {
  const { comment, article, siteUrl } = context;
  const data: Record<string, unknown> = {
    ...event.payload,
    articleId: event.articleId,
    commentId: event.commentId,
    actorId: event.actorId,
  };
  if (article) data.article = { id: article.id, slug: article.slug, title: article.title, url: `${siteUrl}${paths.article(article.slug)}` };
  if (comment) {
    data.comment = {
      id: comment.id,
      parentId: comment.parentId,
      status: comment.status,
      authorName: comment.authorName,
      authorWebsite: comment.authorWebsite,
      body: comment.body,
      staff: comment.isStaff,
      createdAt: comment.createdAt.toISOString(),
      // Only an approved comment has a public address.
      url: article && comment.status === "approved" ? `${siteUrl}${paths.comment(article.slug, comment.id)}` : null,
    };
  }
  return { id: event.id, type: event.type, occurredAt: event.createdAt.toISOString(), data };
}
