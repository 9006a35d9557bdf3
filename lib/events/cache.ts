import "server-only";
import { revalidatePath } from "next/cache";
import { REVALIDATE_ALL, signalPathsChanged } from "./cache-signal";
import { getDb } from "@/lib/db/client";
import { getSettings } from "@/lib/settings/data";
import { paths } from "@/lib/site/paths";

/** The cached public pages that show an article or its comments. */
export async function articlePagePaths(slug: string): Promise<string[]> {
  const db = await getDb();
  const [{ commentsPerPage }, threads] = await Promise.all([
    getSettings(),
    db.comment.count({ where: { article: { slug }, status: "approved", parentId: null } }),
  ]);
  // Any change can shift threads between comment pages, so every page goes
  // stale, plus one more in case a page was just added or removed.
  const commentPages = Math.ceil(threads / commentsPerPage) + 1;
  return [
    paths.article(slug),
    ...Array.from({ length: commentPages - 1 }, (_, i) => `${paths.article(slug)}/comment-page/${i + 2}`),
    paths.articleCommentsFeed(slug),
    paths.commentsFeed,
    paths.home,
    paths.articleFeed,
    "/sitemap.xml",
  ];
}

/**
 * Refreshes every cached page that shows this article, here at once and on
 * the other instances through the shared signal. Pages are static (served
 * without touching the database), so this is the one place that decides
 * which of them go stale when content or moderation changes.
 */
export async function revalidateArticlePages(slug: string): Promise<void> {
  const changed = await articlePagePaths(slug);
  for (const path of changed) revalidatePath(path);
  await signalPathsChanged(changed);
}

/**
 * Refreshes every cached public page, here and on the other instances: for
 * changes that affect all articles at once (the discussion settings).
 */
export async function revalidateAllPublicPages(): Promise<void> {
  revalidatePath("/", "layout");
  await signalPathsChanged([REVALIDATE_ALL]);
}
