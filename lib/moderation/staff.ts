import "server-only";
import { placeReply } from "@/lib/comments/threading";
import { commentCreatedEvents } from "@/lib/comments/events";
import { getDb } from "@/lib/db/client";
import { transact } from "@/lib/events/outbox";
import { requireEditor } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/data";
import { isPublicName } from "@/lib/users/validation";
import { changeStatus, changeText } from "./change";
import { actorLabel } from "./data";
import { withEditorReason } from "./describe-reasons";
import { asStatus } from "./queue";
import { parseReasons, serializeReasons } from "./reasons";
import { STATUS_LABELS } from "./transitions";

// What editors write themselves: quick edits and staff replies.

export type TextResult = { ok: true; changed: boolean; undo: number[]; message: string } | { ok: false; message: string };

/** Quick edit of a comment's text; the previous text is kept in the audit entry so it can be undone. */
export async function editCommentText(id: number, body: string): Promise<TextResult> {
  const editor = await requireEditor();
  const db = await getDb();
  const current = await db.comment.findUnique({ where: { id }, select: { body: true, status: true, articleId: true } });
  if (!current) return { ok: false, message: "That comment no longer exists." };
  if (current.body === body) return { ok: true, changed: false, undo: [], message: "The text is unchanged." };
  const auditId = await transact((tx, events) =>
    changeText(tx, events, editor.id, { commentId: id, articleId: current.articleId, status: asStatus(current.status), from: current.body, to: body, action: "edit" }),
  );
  if (auditId === null) return { ok: false, message: "Someone else changed this comment meanwhile. Reload to see their version." };
  return { ok: true, changed: true, undo: [auditId], message: "Comment text updated." };
}

export type ReplyResult = { ok: true; id: number; undo: number[]; message: string } | { ok: false; message: string };

export const NEEDS_DISPLAY_NAME =
  "Staff replies are signed with your display name, and you have none yet. An administrator can set it on the Users page.";

/**
 * Publishes a staff reply at once. Replying to a pending comment approves it
 * too (WordPress's "Approve and Reply"): a published answer to an invisible
 * question would make no sense. Spam and trashed comments cannot be answered.
 * A reply is signed with the editor's display name, never their email.
 */
export async function replyAsStaff(parentId: number, body: string): Promise<ReplyResult> {
  const editor = await requireEditor();
  if (!isPublicName(editor.name)) return { ok: false, message: NEEDS_DISPLAY_NAME };
  const db = await getDb();
  const parent = await db.comment.findUnique({
    where: { id: parentId },
    select: { id: true, articleId: true, rootId: true, parentId: true, depth: true, status: true, reasons: true },
  });
  if (!parent) return { ok: false, message: "That comment no longer exists." };
  if (parent.status !== "approved" && parent.status !== "pending") {
    return { ok: false, message: `A comment in ${STATUS_LABELS[asStatus(parent.status)]} cannot be replied to.` };
  }
  const { threadDepth } = await getSettings();
  const placement = placeReply(parent, threadDepth);
  const result = await transact(async (tx, events) => {
    const undo: number[] = [];
    if (parent.status === "pending") {
      const approved = await changeStatus(tx, events, editor.id, {
        commentId: parent.id,
        articleId: parent.articleId,
        from: "pending",
        to: "approved",
        reasons: serializeReasons(withEditorReason(parseReasons(parent.reasons), `Approved by ${actorLabel(editor)} when replying`)),
        action: "approve",
        detail: "approved by replying",
      });
      if (approved !== null) undo.push(approved);
    }
    const reasons = [{ rule: "staff" as const, detail: `Staff reply by ${actorLabel(editor)}` }];
    const reply = await tx.comment.create({
      data: {
        articleId: parent.articleId,
        ...placement,
        authorName: editor.name,
        authorEmail: editor.email,
        // Staff history is kept per account, apart from readers' keyed hashes.
        authorKey: `staff:${editor.id}`,
        body,
        status: "approved",
        reasons: serializeReasons(reasons),
        isStaff: true,
        ip: "",
        userAgent: "",
      },
      select: { id: true },
    });
    const entry = await tx.auditLog.create({
      data: { actorId: editor.id, action: "reply", commentId: reply.id, fromStatus: null, toStatus: "approved", detail: `reply to #${parent.id}` },
      select: { id: true },
    });
    for (const event of commentCreatedEvents(parent.articleId, reply.id, "approved", reasons, editor.id)) events.record(event);
    undo.push(entry.id);
    return { id: reply.id, undo };
  });
  return { ok: true, id: result.id, undo: result.undo, message: "Reply published." };
}
