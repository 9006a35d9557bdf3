import "server-only";
import { getDb } from "@/lib/db/client";
import { getSettings } from "@/lib/settings/data";

/**
 * How many pages of approved threads an article has (at least 1: the article
 * page itself), with the same count and page size as listApprovedThreads in
 * lib/comments/data.ts.
 */
export async function commentPageCount(articleId: number): Promise<number> {
  const db = await getDb();
  const [{ commentsPerPage }, threads] = await Promise.all([
    getSettings(),
    db.comment.count({ where: { articleId, status: "approved", parentId: null } }),
  ]);
  return Math.max(1, Math.ceil(threads / commentsPerPage));
}
