"use server";

import { redirect } from "next/navigation";
import { deleteCommentsPermanently, moderateComments, type ModerationResult } from "@/lib/moderation/data";
import { editCommentText, replyAsStaff } from "@/lib/moderation/staff";
import { undoEntries } from "@/lib/moderation/undo-data";
import { setFlash } from "@/lib/http/flash";
import { dashboardReturnPath } from "@/lib/http/safe-redirect";
import type { ItemOutcome } from "../moderation/bulk-results";
import { isUnauthorizedError } from "@/lib/auth/session";
import {
  deleteSchema,
  editCommentSchema,
  moderateSchema,
  staffReplySchema,
  undoSchema,
} from "@/lib/moderation/validation";

// Thin edges of the moderation screen. Each is a public endpoint: the data
// layer checks the caller. Every action comes in two shapes: `…Action`
// returns the typed result to the enhanced (JavaScript) client, and
// `…FormAction` is what a form posts without JavaScript: it redirects back to
// the queue, the outcome (and its undo) in a signed flash cookie.

export type ModerationActionResult = {
  ok: boolean;
  message: string;
  /** Audit entries to pass to undoModerationAction; empty when nothing can be undone. */
  undo: number[];
  outcomes: ItemOutcome[];
};

function refused(error: unknown): ModerationActionResult {
  if (isUnauthorizedError(error)) return { ok: false, message: error.message, undo: [], outcomes: [] };
  throw error;
}

async function backToQueue(formData: FormData, result: ModerationActionResult): Promise<never> {
  const back = new URL(dashboardReturnPath(formData.get("return")), "http://dashboard.invalid");
  back.searchParams.delete("edit");
  back.searchParams.delete("reply");
  back.searchParams.set("flash", await setFlash({ ok: result.ok, message: result.message, undo: result.undo }));
  redirect(`${back.pathname}${back.search}`);
}

const numbers = (values: FormDataEntryValue[]) => values.map((value) => String(value));

/** Approve, unapprove, spam, not spam, trash, restore or delete permanently: one card, the selection, or the whole queue. */
export async function moderateCommentsAction(formData: FormData): Promise<ModerationActionResult> {
  const intent = String(formData.get("intent") ?? formData.get("bulkAction") ?? "");
  let result: ModerationActionResult;
  try {
    if (intent === "delete") {
      const parsed = deleteSchema.safeParse({ ids: numbers(formData.getAll("id")) });
      if (!parsed.success) return { ok: false, message: "Select at least one comment first.", undo: [], outcomes: [] };
      const done = await deleteCommentsPermanently(parsed.data.ids);
      result = toResult(done);
    } else {
      const scope = formData.get("scope") === "all" ? "all" : "selected";
      const parsed = moderateSchema.safeParse(
        scope === "all"
          ? { scope, action: intent, filter: { status: formData.get("status"), article: formData.get("article") ?? "", q: formData.get("q") ?? "", upTo: formData.get("upTo") ?? undefined } }
          : { scope, action: intent, ids: numbers(formData.getAll("id")) },
      );
      if (!parsed.success) {
        const message = intent === "" ? "Choose a bulk action first." : "Select at least one comment first.";
        return { ok: false, message, undo: [], outcomes: [] };
      }
      const input = parsed.data;
      const done = await moderateComments(input.action, input.scope === "all" ? { filter: input.filter } : { ids: input.ids });
      result = toResult(done);
    }
  } catch (error) {
    result = refused(error);
  }
  return result;
}

function toResult(done: ModerationResult): ModerationActionResult {
  return { ok: true, message: done.summary.message, undo: done.undo, outcomes: done.outcomes };
}

/** Quick edit of a comment's text. */
export async function editCommentAction(formData: FormData): Promise<ModerationActionResult> {
  const parsed = editCommentSchema.safeParse({ id: formData.get("id"), body: formData.get("body") });
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the text.", undo: [], outcomes: [] };
  }
  let result: ModerationActionResult;
  try {
    const done = await editCommentText(parsed.data.id, parsed.data.body);
    result = { ok: done.ok, message: done.message, undo: done.ok ? done.undo : [], outcomes: [] };
  } catch (error) {
    result = refused(error);
  }
  return result;
}

/** A staff reply, published at once. */
export async function replyAsStaffAction(formData: FormData): Promise<ModerationActionResult> {
  const parsed = staffReplySchema.safeParse({ parentId: formData.get("parentId"), body: formData.get("body") });
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the reply.", undo: [], outcomes: [] };
  }
  let result: ModerationActionResult;
  try {
    const done = await replyAsStaff(parsed.data.parentId, parsed.data.body);
    result = { ok: done.ok, message: done.message, undo: done.ok ? done.undo : [], outcomes: [] };
  } catch (error) {
    result = refused(error);
  }
  return result;
}

/** Reverses the audit entries of an earlier action (itself recorded in the audit log). */
export async function undoModerationAction(formData: FormData): Promise<ModerationActionResult> {
  const parsed = undoSchema.safeParse({ entries: String(formData.get("entries") ?? "").split(",").filter(Boolean) });
  if (!parsed.success) return { ok: false, message: "Nothing to undo.", undo: [], outcomes: [] };
  let result: ModerationActionResult;
  try {
    const done = await undoEntries(parsed.data.entries);
 result = { ok: done.changed > 0, message: done.message, undo: [], outcomes: [] };
  } catch (error) {
    result = refused(error);
  }
  return result;
}

/** No-JavaScript form posts: run the action, then redirect back to the queue with its outcome. */
export async function moderateCommentsFormAction(formData: FormData): Promise<void> {
  await backToQueue(formData, await moderateCommentsAction(formData));
}

export async function editCommentFormAction(formData: FormData): Promise<void> {
  await backToQueue(formData, await editCommentAction(formData));
}

export async function replyAsStaffFormAction(formData: FormData): Promise<void> {
  await backToQueue(formData, await replyAsStaffAction(formData));
}

export async function undoModerationFormAction(formData: FormData): Promise<void> {
  await backToQueue(formData, await undoModerationAction(formData));
}
