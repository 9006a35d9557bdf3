// The domain events of the outbox (the Event model). Pure definitions: the
// writers (lib/events/outbox.ts) and every consumer share them.

export const EVENT_TYPES = [
  "comment.created",
  "comment.held",
  "comment.approved",
  "comment.spammed",
  "comment.trashed",
  "comment.edited",
  "comment.deleted",
  "settings.changed",
  "article.changed",
  "user.changed",
  /** An admin changed a webhook endpoint, or one was disabled after failing (lib/webhooks/data.ts). */
  "webhook.changed",
  /** "Send test event": delivered only to the endpoint named in its payload. */
  "webhook.test",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export type EventPayload = Record<string, string | number | boolean | null | string[]>;

/** What a writer records; the outbox adds the id and the time. */
export type DomainEvent = {
  type: EventType;
  articleId?: number | null;
  commentId?: number | null;
  actorId?: number | null;
  payload?: EventPayload;
};

/** An event as consumers read it back. */
export type StoredEvent = {
  id: number;
  type: EventType;
  articleId: number | null;
  commentId: number | null;
  actorId: number | null;
  payload: EventPayload;
  createdAt: Date;
};

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** The event a comment's move into `status` records. */
export function eventForStatus(status: "pending" | "approved" | "spam" | "trash"): EventType {
  switch (status) {
    case "approved":
      return "comment.approved";
    case "pending":
      return "comment.held";
    case "spam":
      return "comment.spammed";
    case "trash":
      return "comment.trashed";
  }
}
