import "server-only";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { transact } from "@/lib/events/outbox";
import { changeStatus } from "./change";
import { summarizeOutcomes, type BulkSummary, type ItemOutcome } from "./bulk-results";
import { withEditorReason } from "./describe-reasons";
import { parseReasons, serializeReasons } from "./reasons";
import {
  isCommentStatus,
  planTransition,
  type CommentStatus,
  type StatusAction,
} from "./transitions";
import { articleIdFor, asStatus, filterWhere, queryQueue, type QueuePage } from "./queue";
import { requireAdmin, requireEditor } from "@/lib/auth/session";
import { pluralize } from "@/lib/site/format";
import {
  MAX_BULK,
  type QueueFilter,
  type QueueQuery,
} from "./validation";

// The moderation data layer. Every exported function checks the caller here,
// not in the page or the action: server actions are public endpoints, and
// this is the one place every path goes through.

type Editor = Awaited<ReturnType<typeof requireEditor>>;

export type { AuthorHistory, QueueCounts, QueueItem, QueuePage } from "./queue";

/**
 * One page of a moderation queue with the counts of every queue (editors
 * only). The query itself lives in lib/moderation/queue.ts so the
 * benchmark can time exactly the same code.
 */
export async function listQueue(query: QueueQuery): Promise<QueuePage> {
  await requireEditor();
  return queryQueue(await getDb(), query, env.databaseFlavor);
}

/** The result of any moderation write: what happened, and how to take it back. */
export type ModerationResult = {
  outcomes: ItemOutcome[];
  summary: BulkSummary;
  /** Audit entry ids of the real changes; passing them to undoEntries reverses them. */
  undo: number[];
};

/** How an editor is named in a comment's reasons. */
export function actorLabel(editor: Editor): string {
  return editor.email;
}

const EDITOR_NOTES: Record<StatusAction, string> = {
  approve: "Approved",
  unapprove: "Unapproved",
  spam: "Marked as spam",
  notspam: "Marked as not spam",
  trash: "Moved to the Trash",
  restore: "Restored from the Trash",
};

/** Each comment's status before it last entered `status`, from the audit log. */
async function previousStatuses(ids: number[]): Promise<Map<string, CommentStatus>> {
  const db = await getDb();
  const previous = new Map<string, CommentStatus>();
  for (const chunk of chunks(ids, 500)) {
    const entries = await db.auditLog.findMany({
      where: { commentId: { in: chunk }, toStatus: { in: ["spam", "trash"] } },
      orderBy: { id: "desc" },
      select: { commentId: true, fromStatus: true, toStatus: true },
    });
    for (const entry of entries) {
      const key = `${entry.commentId}:${entry.toStatus}`;
      if (!previous.has(key) && isCommentStatus(entry.fromStatus)) previous.set(key, entry.fromStatus);
    }
  }
  return previous;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type CommentState = { id: number; articleId: number; status: CommentStatus; reasons: string };

async function loadStates(ids: number[]): Promise<Map<number, CommentState>> {
  const db = await getDb();
  const states = new Map<number, CommentState>();
  for (const chunk of chunks(ids, 500)) {
    const rows = await db.comment.findMany({
      where: { id: { in: chunk } },
      select: { id: true, articleId: true, status: true, reasons: true },
    });
    for (const row of rows) states.set(row.id, { id: row.id, articleId: row.articleId, status: asStatus(row.status), reasons: row.reasons });
  }
  return states;
}

/** The ids an "all N in this queue" action applies to, oldest first, at most MAX_BULK. */
async function idsMatching(filter: QueueFilter): Promise<number[]> {
  const db = await getDb();
  const rows = await db.comment.findMany({
    where: filterWhere(filter, await articleIdFor(db, filter.article), env.databaseFlavor),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
    take: MAX_BULK,
  });
  return rows.map((row) => row.id);
}

/**
 * Approve, unapprove, spam, not spam, trash or restore: on chosen comments or
 * on everything a queue filter matches, in one transaction. Each comment is
 * moved with a conditional update (WHERE id AND status = the status we saw),
 * so a double click or two editors at once change it once and log it once;
 * whoever loses the race gets "already in that state".
 */
export async function moderateComments(
  action: StatusAction,
  target: { ids: number[] } | { filter: QueueFilter },
): Promise<ModerationResult> {
  const editor = await requireEditor();
  const ids = "ids" in target ? [...new Set(target.ids)].slice(0, MAX_BULK) : await idsMatching(target.filter);
  const states = await loadStates(ids);
  const previous = action === "notspam" || action === "restore" ? await previousStatuses(ids) : new Map<string, CommentStatus>();

  const planned = ids.map((id) => {
    const state = states.get(id);
    if (!state) return { id, plan: null, state: null };
    return { id, state, plan: planTransition(action, state.status, previous.get(`${id}:${state.status}`) ?? null) };
  });
  const note = `${EDITOR_NOTES[action]} by ${actorLabel(editor)}`;

  const changes = planned.flatMap((p) => (p.plan?.kind === "change" && p.state ? [{ id: p.id, from: p.plan.from, to: p.plan.to, state: p.state }] : []));
  const applied = changes.length === 0 ? [] : await transact(async (tx, events) => {
    const done: { id: number; auditId: number }[] = [];
    for (const change of changes) {
      const auditId = await changeStatus(tx, events, editor.id, {
        commentId: change.id,
        articleId: change.state.articleId,
        from: change.from,
        to: change.to,
        reasons: serializeReasons(withEditorReason(parseReasons(change.state.reasons), note)),
        action,
      });
      if (auditId !== null) done.push({ id: change.id, auditId });
    }
    return done;
  });

  const appliedIds = new Map(applied.map((a) => [a.id, a.auditId]));
  const lost = changes.filter((c) => !appliedIds.has(c.id)).map((c) => c.id);
  const now = lost.length > 0 ? await loadStates(lost) : new Map<number, CommentState>();

  const outcomes: ItemOutcome[] = planned.map(({ id, plan }): ItemOutcome => {
    if (!plan) return { id, outcome: "not-found" };
    if (plan.kind !== "change") return { id, outcome: plan.kind, status: plan.status };
    if (appliedIds.has(id)) return { id, outcome: "changed", from: plan.from, to: plan.to };
    // Someone else moved it between our read and our write.
    const current = now.get(id);
    if (!current) return { id, outcome: "not-found" };
    return current.status === plan.to ? { id, outcome: "unchanged", status: current.status } : { id, outcome: "invalid", status: current.status };
  });

  return {
    outcomes,
    summary: summarizeOutcomes(action, outcomes),
    undo: applied.map((a) => a.auditId),
  };
}

/** Deletes trashed comments for good (admins only; anything not in the Trash is left alone). */
export async function deleteCommentsPermanently(ids: number[]): Promise<ModerationResult> {
  const admin = await requireAdmin();
  const unique = [...new Set(ids)].slice(0, MAX_BULK);
  const states = await loadStates(unique);
  const candidates = unique.filter((id) => states.get(id)?.status === "trash");
  const deleted = candidates.length === 0 ? [] : await transact(async (tx, events) => {
    const done: number[] = [];
    for (const id of candidates) {
      const { count } = await tx.comment.deleteMany({ where: { id, status: "trash" } });
      if (count !== 1) continue;
      await tx.auditLog.create({ data: { actorId: admin.id, action: "delete", commentId: id, fromStatus: "trash", toStatus: null } });
      events.record({ type: "comment.deleted", articleId: states.get(id)!.articleId, commentId: id, actorId: admin.id, payload: { from: "trash" } });
      done.push(id);
    }
    return done;
  });
  const gone = new Set(deleted);
  const outcomes: ItemOutcome[] = unique.map((id): ItemOutcome => {
    const state = states.get(id);
    if (!state) return { id, outcome: "not-found" };
    if (gone.has(id)) return { id, outcome: "changed", from: "trash", to: "trash" };
    return state.status === "trash" ? { id, outcome: "not-found" } : { id, outcome: "invalid", status: state.status };
  });
  const changed = deleted.length;
  const parts = [`${pluralize(changed, "comment", "comments")} deleted permanently.`];
  const invalid = outcomes.filter((o) => o.outcome === "invalid").length;
  if (invalid > 0) parts.push(`${invalid} not in the Trash, left alone.`);
  return {
    outcomes,
    summary: { changed, unchanged: 0, invalid, notFound: outcomes.filter((o) => o.outcome === "not-found").length, message: parts.join(" ") },
    undo: [],
  };
}

