// Pure rules for what an editor's action does to a comment. The data layer
// applies them with conditional updates, so they must decide from the
// comment's current status alone (plus, for "Not spam" and "Restore", the
// status it had before it was moved there).

export const COMMENT_STATUSES = ["pending", "approved", "spam", "trash"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const QUEUES = ["pending", "approved", "spam", "trash", "all"] as const;
export type Queue = (typeof QUEUES)[number];

export const STATUS_ACTIONS = ["approve", "unapprove", "spam", "notspam", "trash", "restore"] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

export function isCommentStatus(value: unknown): value is CommentStatus {
  return typeof value === "string" && (COMMENT_STATUSES as readonly string[]).includes(value);
}

export type TransitionPlan =
  | { kind: "change"; from: CommentStatus; to: CommentStatus }
  | { kind: "unchanged"; status: CommentStatus }
  | { kind: "invalid"; status: CommentStatus };

/**
 * Decides the target status of `action` on a comment now in `current`.
 * `previous` is the status the comment had before it entered spam or trash
 * (from the audit log), or null when it got there automatically.
 *
 * "Not spam" follows WordPress: the comment goes back to where it was before
 * an editor marked it, which means Approved only if it had been approved;
 * anything else (including spam decided by the rules) returns to Pending so
 * a person looks at it. "Restore" returns a trashed comment to its previous
 * status, Pending when unknown.
 */
export function planTransition(action: StatusAction, current: CommentStatus, previous: CommentStatus | null): TransitionPlan {
  const to = targetOf(action, current, previous);
  if (to === null) return { kind: "invalid", status: current };
  if (to === current) return { kind: "unchanged", status: current };
  return { kind: "change", from: current, to };
}

function targetOf(action: StatusAction, current: CommentStatus, previous: CommentStatus | null): CommentStatus | null {
  switch (action) {
    case "approve":
      return "approved";
    case "spam":
      return "spam";
    case "trash":
      return "trash";
    case "unapprove":
      // A double click finds it already pending: that is "unchanged", not an error.
      if (current === "approved" || current === "pending") return "pending";
      return null;
    case "notspam":
      if (current === "spam") return previous === "approved" ? "approved" : "pending";
      return current === "trash" ? null : current;
    case "restore":
      if (current === "trash") return previous && previous !== "trash" ? previous : "pending";
      return current;
  }
}

/** Which status-changing buttons a card in this status offers, in reading order. */
export function actionsFor(status: CommentStatus): StatusAction[] {
  switch (status) {
    case "pending":
      return ["approve", "spam", "trash"];
    case "approved":
      return ["unapprove", "spam", "trash"];
    case "spam":
      return ["notspam", "trash"];
    case "trash":
      return ["restore", "spam"];
  }
}

export const ACTION_LABELS: Record<StatusAction, string> = {
  approve: "Approve",
  unapprove: "Unapprove",
  spam: "Spam",
  notspam: "Not spam",
  trash: "Trash",
  restore: "Restore",
};

/** How the audit log and the toast phrase each action. */
export const ACTION_PAST_TENSE: Record<StatusAction | "edit" | "reply" | "delete" | "undo", string> = {
  approve: "approved",
  unapprove: "unapproved",
  spam: "marked as spam",
  notspam: "marked as not spam",
  trash: "moved to the Trash",
  restore: "restored",
  edit: "edited",
  reply: "replied to",
  delete: "deleted permanently",
  undo: "undone",
};

export const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  spam: "Spam",
  trash: "Trash",
};
