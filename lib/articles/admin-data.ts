import "server-only";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { auditAdminAction, describeChanges } from "@/lib/audit/write";
import { transact } from "@/lib/events/outbox";

// Article management for admins; kept apart from the public lib/articles/data.ts
// so nothing public can reach a function that changes an article.

export type AdminArticleRow = { slug: string; title: string; publishedAt: string; commentsOpen: boolean; comments: number };

/** Every article, newest first, with whether it takes comments. */
export async function listArticlesForAdmin(limit = 200): Promise<AdminArticleRow[]> {
  await requireAdmin();
  const db = await getDb();
  const rows = await db.article.findMany({
    select: { slug: true, title: true, publishedAt: true, commentsOpen: true, _count: { select: { comments: true } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    publishedAt: row.publishedAt.toISOString(),
    commentsOpen: row.commentsOpen,
    comments: row._count.comments,
  }));
}

/** Opens or closes an article's comments; returns its title, or null for an unknown slug. */
export async function setCommentsOpen(slug: string, open: boolean): Promise<string | null> {
  const admin = await requireAdmin();
  const db = await getDb();
  const article = await db.article.findUnique({ where: { slug }, select: { id: true, title: true } });
  if (!article) return null;
  await transact(async (tx, events) => {
    const { count } = await tx.article.updateMany({ where: { id: article.id, commentsOpen: !open }, data: { commentsOpen: open } });
    if (count === 0) return;
    await auditAdminAction(tx, admin.id, "article", describeChanges(`“${article.title}”`, [{ field: "comments", before: open ? "closed" : "open", after: open ? "open" : "closed" }]));
    events.record({ type: "article.changed", articleId: article.id, actorId: admin.id, payload: { slug, commentsOpen: open } });
  });
  return article.title;
}
