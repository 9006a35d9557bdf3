import { isCommentStatus, type CommentStatus } from "./transitions";

/** The parts of an audit entry that say how to reverse it. */
export type UndoableEntry = {
  id: number;
  action: string;
  commentId: number | null;
  fromStatus: string | null;
  toStatus: string | null;
  detail: string | null;
};

export type Inverse =
  | { kind: "status"; commentId: number; expect: CommentStatus; to: CommentStatus }
  | { kind: "text"; commentId: number; body: string };

/** Actions whose audit entry can be reversed; a permanent deletion and an undo cannot. */
export const UNDOABLE_ACTIONS = ["approve", "unapprove", "spam", "notspam", "trash", "restore", "edit", "reply"] as const;

/**
 * The change that reverses an audit entry, or null when there is none.
 * A status change is reversed only while the comment is still in the status
 * the entry left it in (so undo never overrides a later decision); an edit
 * stores the previous text in `detail`; a staff reply is reversed by
 * trashing it, keeping the record.
 */
export function inverseOf(entry: UndoableEntry): Inverse | null {
  if (entry.commentId === null) return null;
  if (entry.action === "edit") {
    return entry.detail === null ? null : { kind: "text", commentId: entry.commentId, body: entry.detail };
  }
  if (entry.action === "reply") {
    return isCommentStatus(entry.toStatus) ? { kind: "status", commentId: entry.commentId, expect: entry.toStatus, to: "trash" } : null;
  }
  if (!(UNDOABLE_ACTIONS as readonly string[]).includes(entry.action)) return null;
  if (!isCommentStatus(entry.fromStatus) || !isCommentStatus(entry.toStatus)) return null;
  if (entry.fromStatus === entry.toStatus) return null;
  return { kind: "status", commentId: entry.commentId, expect: entry.toStatus, to: entry.fromStatus };
}
