import "server-only";
import type { EventLog, Tx } from "@/lib/events/outbox";
import { statusChangedEvent } from "@/lib/comments/events";
import type { CommentStatus } from "./transitions";

// The one pattern every moderation write follows: a conditional update (it
// applies only if the comment is still as we saw it, so a double click or two
// editors at once change it once), an audit row, and the event, all in the
// caller's transaction.

export type StatusChange = {
  commentId: number;
  articleId: number;
  from: CommentStatus;
  to: CommentStatus;
  /** The comment's reasons after the change (JSON). */
  reasons: string;
  action: string;
  detail?: string | null;
};

/** Moves one comment if it is still in `from`; returns the audit entry's id, or null when it had moved meanwhile. */
export async function changeStatus(tx: Tx, events: EventLog, actorId: number, change: StatusChange): Promise<number | null> {
  const { count } = await tx.comment.updateMany({
    where: { id: change.commentId, status: change.from },
    data: { status: change.to, reasons: change.reasons },
  });
  if (count !== 1) return null;
  const entry = await tx.auditLog.create({
    data: { actorId, action: change.action, commentId: change.commentId, fromStatus: change.from, toStatus: change.to, detail: change.detail ?? null },
    select: { id: true },
  });
  events.record(statusChangedEvent(change.articleId, change.commentId, change.from, change.to, actorId));
  return entry.id;
}

export type TextChange = { commentId: number; articleId: number; status: CommentStatus; from: string; to: string; action: string };

/** Replaces a comment's text if it is still `from`; the audit entry keeps the old text so it can be undone. */
export async function changeText(tx: Tx, events: EventLog, actorId: number, change: TextChange): Promise<number | null> {
  const { count } = await tx.comment.updateMany({ where: { id: change.commentId, body: change.from }, data: { body: change.to } });
  if (count !== 1) return null;
  const entry = await tx.auditLog.create({
    data: { actorId, action: change.action, commentId: change.commentId, fromStatus: change.status, toStatus: change.status, detail: change.from },
    select: { id: true },
  });
  events.record({ type: "comment.edited", articleId: change.articleId, commentId: change.commentId, actorId, payload: { status: change.status } });
  return entry.id;
}
