import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "../../generated/sqlite/client";
import { placeReply } from "@/lib/comments/threading";
import { getDb } from "@/lib/db/client";
import { summarizeOutcomes, type BulkSummary, type ItemOutcome } from "./bulk-results";
import { withEditorReason } from "./describe-reasons";
import { parseReasons, serializeReasons } from "./reasons";
import {
  isCommentStatus,
  planTransition,
  STATUS_LABELS,
  type CommentStatus,
  type StatusAction,
} from "./transitions";
import { articleIdFor, asStatus, excerpt, filterWhere, queryQueue, type QueuePage } from "./queue";
import { inverseOf } from "./undo";
import { requireAdmin, requireEditor } from "@/lib/auth/session";
import {
  MAX_BULK,
  type QueueFilter,
  type QueueQuery,
} from "./validation";
import { getSettings } from "@/lib/settings/data";

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
  /** Articles whose public pages show a changed comment. */
  slugs: string[];
};

function actorLabel(editor: Editor): string {
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

type CommentState = { id: number; status: CommentStatus; reasons: string; slug: string };

async function loadStates(ids: number[]): Promise<Map<number, CommentState>> {
  const db = await getDb();
  const states = new Map<number, CommentState>();
  for (const chunk of chunks(ids, 500)) {
    const rows = await db.comment.findMany({
      where: { id: { in: chunk } },
      select: { id: true, status: true, reasons: true, article: { select: { slug: true } } },
    });
    for (const row of rows) states.set(row.id, { id: row.id, status: asStatus(row.status), reasons: row.reasons, slug: row.article.slug });
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

  const db = await getDb();
  const changes = planned.flatMap((p) => (p.plan?.kind === "change" && p.state ? [{ id: p.id, from: p.plan.from, to: p.plan.to, state: p.state }] : []));
  // Writes only, reads done above: the transaction's first statement takes
  // SQLite's write lock under the busy timeout (see docs/prisma-offline.md, bug 6).
  const applied = changes.length === 0 ? [] : await db.$transaction(
    async (tx) => {
      const done: { id: number; auditId: number }[] = [];
      for (const change of changes) {
        const { count } = await tx.comment.updateMany({
          where: { id: change.id, status: change.from },
          data: { status: change.to, reasons: serializeReasons(withEditorReason(parseReasons(change.state.reasons), note)) },
        });
        if (count !== 1) continue;
        const entry = await tx.auditLog.create({
          data: { actorId: editor.id, action, commentId: change.id, fromStatus: change.from, toStatus: change.to },
          select: { id: true },
        });
        done.push({ id: change.id, auditId: entry.id });
      }
      return done;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );

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
    slugs: [...new Set(changes.filter((c) => appliedIds.has(c.id)).map((c) => c.state.slug))],
  };
}

/** Deletes trashed comments for good (admins only; anything not in the Trash is left alone). */
export async function deleteCommentsPermanently(ids: number[]): Promise<ModerationResult> {
  const admin = await requireAdmin();
  const unique = [...new Set(ids)].slice(0, MAX_BULK);
  const states = await loadStates(unique);
  const db = await getDb();
  const candidates = unique.filter((id) => states.get(id)?.status === "trash");
  const deleted =
    candidates.length === 0
      ? []
      : await db.$transaction(
          async (tx) => {
            const done: number[] = [];
            for (const id of candidates) {
              const { count } = await tx.comment.deleteMany({ where: { id, status: "trash" } });
              if (count !== 1) continue;
              await tx.auditLog.create({ data: { actorId: admin.id, action: "delete", commentId: id, fromStatus: "trash", toStatus: null } });
              done.push(id);
            }
            return done;
          },
          { maxWait: 10_000, timeout: 120_000 },
        );
  const gone = new Set(deleted);
  const outcomes: ItemOutcome[] = unique.map((id): ItemOutcome => {
    const state = states.get(id);
    if (!state) return { id, outcome: "not-found" };
    if (gone.has(id)) return { id, outcome: "changed", from: "trash", to: "trash" };
    return state.status === "trash" ? { id, outcome: "not-found" } : { id, outcome: "invalid", status: state.status };
  });
  const changed = deleted.length;
  const parts = [`${changed.toLocaleString("en-US")} ${changed === 1 ? "comment" : "comments"} deleted permanently.`];
  const invalid = outcomes.filter((o) => o.outcome === "invalid").length;
  if (invalid > 0) parts.push(`${invalid} not in the Trash, left alone.`);
  return {
    outcomes,
    summary: { changed, unchanged: 0, invalid, notFound: outcomes.filter((o) => o.outcome === "not-found").length, message: parts.join(" ") },
    undo: [],
    slugs: [...new Set(deleted.map((id) => states.get(id)!.slug))],
  };
}

export type TextResult = { ok: true; changed: boolean; undo: number[]; slug: string; message: string } | { ok: false; message: string };

/** Quick edit of a comment's text; the previous text is kept in the audit entry so it can be undone. */
export async function editCommentText(id: number, body: string): Promise<TextResult> {
  const editor = await requireEditor();
  const db = await getDb();
  const current = await db.comment.findUnique({ where: { id }, select: { body: true, status: true, article: { select: { slug: true } } } });
  if (!current) return { ok: false, message: "That comment no longer exists." };
  if (current.body === body) return { ok: true, changed: false, undo: [], slug: current.article.slug, message: "The text is unchanged." };
  const auditId = await db.$transaction(async (tx) => {
    // Conditional on the text we read: two editors editing at once cannot silently overwrite each other.
    const { count } = await tx.comment.updateMany({ where: { id, body: current.body }, data: { body } });
    if (count !== 1) return null;
    const entry = await tx.auditLog.create({
      data: { actorId: editor.id, action: "edit", commentId: id, fromStatus: current.status, toStatus: current.status, detail: current.body },
      select: { id: true },
    });
    return entry.id;
  });
  if (auditId === null) return { ok: false, message: "Someone else changed this comment meanwhile. Reload to see their version." };
  return { ok: true, changed: true, undo: [auditId], slug: current.article.slug, message: "Comment text updated." };
}

export type ReplyResult = { ok: true; id: number; undo: number[]; slug: string; message: string } | { ok: false; message: string };

/**
 * Publishes a staff reply at once. Replying to a pending comment approves it
 * too (WordPress's "Approve and Reply"): a published answer to an invisible
 * question would make no sense. Spam and trashed comments cannot be answered.
 */
export async function replyAsStaff(parentId: number, body: string): Promise<ReplyResult> {
  const editor = await requireEditor();
  const db = await getDb();
  const parent = await db.comment.findUnique({
    where: { id: parentId },
    select: { id: true, articleId: true, rootId: true, parentId: true, depth: true, status: true, reasons: true, article: { select: { slug: true } } },
  });
  if (!parent) return { ok: false, message: "That comment no longer exists." };
  if (parent.status !== "approved" && parent.status !== "pending") {
    return { ok: false, message: `A comment in ${STATUS_LABELS[asStatus(parent.status)]} cannot be replied to.` };
  }
  const { threadDepth } = await getSettings();
  const placement = placeReply(parent, threadDepth);
  const name = editor.name || editor.email;
  const result = await db.$transaction(async (tx) => {
    const undo: number[] = [];
    if (parent.status === "pending") {
      const { count } = await tx.comment.updateMany({
        where: { id: parent.id, status: "pending" },
        data: { status: "approved", reasons: serializeReasons(withEditorReason(parseReasons(parent.reasons), `Approved by ${actorLabel(editor)} when replying`)) },
      });
      if (count === 1) {
        const entry = await tx.auditLog.create({
          data: { actorId: editor.id, action: "approve", commentId: parent.id, fromStatus: "pending", toStatus: "approved", detail: "approved by replying" },
          select: { id: true },
        });
        undo.push(entry.id);
      }
    }
    const reply = await tx.comment.create({
      data: {
        articleId: parent.articleId,
        ...placement,
        authorName: name,
        authorEmail: editor.email,
        // Staff history is kept per account, apart from readers' keyed hashes.
        authorKey: `staff:${editor.id}`,
        body,
        status: "approved",
        reasons: serializeReasons([{ rule: "staff", detail: `Staff reply by ${actorLabel(editor)}` }]),
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
    undo.push(entry.id);
    return { id: reply.id, undo };
  });
  return { ok: true, id: result.id, undo: result.undo, slug: parent.article.slug, message: "Reply published." };
}

/**
 * Reverses the given audit entries, each only while the comment is still as
 * that entry left it, and records each reversal as an "undo" entry.
 */
export async function undoEntries(entryIds: number[]): Promise<{ changed: number; slugs: string[]; message: string }> {
  const editor = await requireEditor();
  const db = await getDb();
  const entries = await db.auditLog.findMany({
    where: { id: { in: [...new Set(entryIds)].slice(0, MAX_BULK) } },
    orderBy: { id: "desc" },
    select: { id: true, action: true, commentId: true, fromStatus: true, toStatus: true, detail: true },
  });
  const inverses = entries.flatMap((entry) => {
    const inverse = inverseOf(entry);
    return inverse ? [{ entry, inverse }] : [];
  });
  const commentIds = inverses.map((i) => i.inverse.commentId);
  const rows = await db.comment.findMany({
    where: { id: { in: commentIds } },
    select: { id: true, body: true, status: true, reasons: true, article: { select: { slug: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const note = `Undone by ${actorLabel(editor)}`;
  const slugs = new Set<string>();
  const changed =
    inverses.length === 0
      ? 0
      : await db.$transaction(
          async (tx) => {
            let n = 0;
            for (const { entry, inverse } of inverses) {
              const row = byId.get(inverse.commentId);
              if (!row) continue;
              if (inverse.kind === "status") {
                const { count } = await tx.comment.updateMany({
                  where: { id: inverse.commentId, status: inverse.expect },
                  data: { status: inverse.to, reasons: serializeReasons(withEditorReason(parseReasons(row.reasons), note)) },
                });
                if (count !== 1) continue;
                await tx.auditLog.create({
                  data: { actorId: editor.id, action: "undo", commentId: inverse.commentId, fromStatus: inverse.expect, toStatus: inverse.to, detail: `undo of ${entry.action} (entry #${entry.id})` },
                });
              } else {
                if (row.body === inverse.body) continue;
                const { count } = await tx.comment.updateMany({ where: { id: inverse.commentId, body: row.body }, data: { body: inverse.body } });
                if (count !== 1) continue;
                await tx.auditLog.create({
                  data: { actorId: editor.id, action: "undo", commentId: inverse.commentId, fromStatus: row.status, toStatus: row.status, detail: `undo of edit (entry #${entry.id})` },
                });
              }
              slugs.add(row.article.slug);
              n += 1;
            }
            return n;
          },
          { maxWait: 10_000, timeout: 120_000 },
        );
  const message =
    changed === 0
      ? "Nothing to undo: the comments have changed since."
      : `Undone: ${changed.toLocaleString("en-US")} ${changed === 1 ? "comment" : "comments"} put back.`;
  return { changed, slugs: [...slugs], message };
}

export type AuditEntry = {
  id: number;
  at: string;
  actor: string;
  action: string;
  commentId: number | null;
  comment: { authorName: string; article: { slug: string; title: string } } | null;
  fromStatus: string | null;
  toStatus: string | null;
  detail: string | null;
};

export type AuditPage = { entries: AuditEntry[]; older: number | null };

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, optionally for one comment; keyset-paginated on id. */
export async function listAuditLog(query: { comment?: number; before?: number }): Promise<AuditPage> {
  await requireEditor();
  const db = await getDb();
  const where: Prisma.AuditLogWhereInput = {};
  if (query.comment) where.commentId = query.comment;
  if (query.before) where.id = { lt: query.before };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, action: true, commentId: true, fromStatus: true, toStatus: true, detail: true, actor: { select: { email: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const comments = await db.comment.findMany({
    where: { id: { in: [...new Set(page.flatMap((row) => (row.commentId === null ? [] : [row.commentId])))] } },
    select: { id: true, authorName: true, article: { select: { slug: true, title: true } } },
  });
  const byId = new Map(comments.map((c) => [c.id, { authorName: c.authorName, article: c.article }]));
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor?.email ?? "a deleted account",
      action: row.action,
      commentId: row.commentId,
      comment: row.commentId === null ? null : (byId.get(row.commentId) ?? null),
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      // An edit's detail is the whole previous text: the page shows an excerpt.
      detail: row.detail === null ? null : excerpt(row.detail),
    })),
    older: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id : null,
  };
}
