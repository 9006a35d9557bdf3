import "server-only";
import type { Prisma } from "../../generated/sqlite/client";
import { getDb } from "@/lib/db/client";
import { requireEditor } from "@/lib/auth/session";
import { excerpt } from "@/lib/moderation/queue";

// The history editors read: who changed what, from what to what.

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
      // The one entry no person makes: the webhook sender disabling a failing endpoint (lib/webhooks/store.ts).
      actor: row.actor?.email ?? (row.action === "webhook.disable" ? "the webhook sender" : "a deleted account"),
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
