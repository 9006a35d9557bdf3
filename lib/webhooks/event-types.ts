import type { EventType } from "@/lib/events/types";

// The outbox events an admin can send to a webhook endpoint, with the words
// the Webhooks page shows. The webhook.* events themselves are not offered:
// "webhook.test" goes only to the endpoint it tests.

export const WEBHOOK_EVENTS = [
  { type: "comment.created", label: "A comment is posted" },
  { type: "comment.held", label: "A comment is held for moderation" },
  { type: "comment.approved", label: "A comment is approved" },
  { type: "comment.spammed", label: "A comment is marked as spam" },
  { type: "comment.trashed", label: "A comment is moved to the Trash" },
  { type: "comment.edited", label: "A comment is edited" },
  { type: "comment.deleted", label: "A comment is deleted for good" },
  { type: "article.changed", label: "An article changes (comments opened or closed, text updated)" },
  { type: "settings.changed", label: "The discussion settings change" },
  { type: "user.changed", label: "An account changes (created, role, access, name)" },
] as const satisfies readonly { type: EventType; label: string }[];

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"];

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = WEBHOOK_EVENTS.map((e) => e.type);

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** An endpoint's stored list of event types (JSON), keeping only known ones. */
export function parseEventList(json: string): WebhookEventType[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((v): v is WebhookEventType => typeof v === "string" && isWebhookEventType(v)) : [];
  } catch {
    return [];
  }
}
