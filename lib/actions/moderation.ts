"use server";

import { deleteCommentsPermanently, moderateComments, type ModerationResult } from "@/lib/moderation/data";
import { editCommentText, replyAsStaff } from "@/lib/moderation/staff";
import { undoEntries } from "@/lib/moderation/undo-data";
import type { ItemOutcome } from "@/lib/moderation/bulk-results";
import { editCommentSchema, moderationRequestSchema, staffReplySchema, undoRequestSchema } from "@/lib/moderation/validation";
import { editorAction, noScriptVariant } from "./pipeline";
import type { Outcome } from "./result";

// Thin edges of the moderation screen, each built by the pipeline. The
// enhanced board calls `…Action` and reads the typed result; a form posted
// without JavaScript uses `…FormAction`, derived by noScriptVariant: back to
// the queue, with the outcome (and its undo) in a signed flash cookie.

export type ModerationData = {
  /** Audit entries to pass to undoModerationAction; empty when nothing can be undone. */
  undo: number[];
  outcomes: ItemOutcome[];
};

function outcome(done: ModerationResult): Outcome<ModerationData> {
  return { ok: true, message: done.summary.message, data: { undo: done.undo, outcomes: done.outcomes } };
}

/** Approve, unapprove, spam, not spam, trash, restore or delete permanently: one card, the selection, or the whole queue. */
export const moderateCommentsAction = editorAction({
  schema: moderationRequestSchema,
  input: (formData) => ({
    intent: String(formData.get("intent") ?? formData.get("bulkAction") ?? ""),
    scope: String(formData.get("scope") ?? "selected"),
    id: formData.getAll("id").map(String),
    status: formData.get("status"),
    article: formData.get("article"),
    q: formData.get("q"),
    upTo: formData.get("upTo"),
  }),
  run: async (request) =>
    outcome(
      request.kind === "delete"
        ? await deleteCommentsPermanently(request.ids)
        : await moderateComments(request.input.action, request.input.scope === "all" ? { filter: request.input.filter } : { ids: request.input.ids }),
    ),
});

/** Quick edit of a comment's text. */
export const editCommentAction = editorAction({
  schema: editCommentSchema,
  run: async ({ id, body }) => {
    const done = await editCommentText(id, body);
    return done.ok ? { ok: true, message: done.message, data: { undo: done.undo, outcomes: [] } } : done;
  },
});

/** A staff reply, published at once. */
export const replyAsStaffAction = editorAction({
  schema: staffReplySchema,
  run: async ({ parentId, body }) => {
    const done = await replyAsStaff(parentId, body);
    return done.ok ? { ok: true, message: done.message, data: { undo: done.undo, outcomes: [] } } : done;
  },
});

/** Reverses the audit entries of an earlier action (itself recorded in the audit log). */
export const undoModerationAction = editorAction({
  schema: undoRequestSchema,
  run: async ({ entries }) => {
    const done = await undoEntries(entries);
    return done.changed > 0 ? { ok: true, message: done.message } : { ok: false, message: done.message };
  },
});

// Back to the queue with any quick-edit or reply form closed.
const BACK = ["edit", "reply"];
const undoOf = (data: ModerationData | undefined) => data?.undo ?? [];

export const moderateCommentsFormAction = noScriptVariant(moderateCommentsAction, { undo: undoOf, drop: BACK });
export const editCommentFormAction = noScriptVariant(editCommentAction, { undo: undoOf, drop: BACK });
export const replyAsStaffFormAction = noScriptVariant(replyAsStaffAction, { undo: undoOf, drop: BACK });
export const undoModerationFormAction = noScriptVariant(undoModerationAction, { drop: BACK });
