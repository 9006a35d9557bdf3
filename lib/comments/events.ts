import type { DomainEvent } from "@/lib/events/types";
import { eventForStatus } from "@/lib/events/types";
import type { ModerationReason } from "@/lib/moderation/reasons";

type Status = "pending" | "approved" | "spam" | "trash";

/**
 * What a new comment records: always comment.created, and when it did not go
 * straight out, the event of the status it landed in (held, with the rules
 * that held it; or spammed), which is what editors are told about.
 */
export function commentCreatedEvents(articleId: number, commentId: number, status: Status, reasons: ModerationReason[], actorId: number | null = null): DomainEvent[] {
  const created: DomainEvent = { type: "comment.created", articleId, commentId, actorId, payload: { status } };
  if (status === "approved") return [created];
  return [created, { type: eventForStatus(status), articleId, commentId, actorId, payload: { from: null, to: status, reasons: reasons.map((r) => r.rule) } }];
}

/** What moving a comment from one status to another records. */
export function statusChangedEvent(articleId: number, commentId: number, from: Status, to: Status, actorId: number): DomainEvent {
  return { type: eventForStatus(to), articleId, commentId, actorId, payload: { from, to } };
}
