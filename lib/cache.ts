import "server-only";
import { revalidatePath } from "next/cache";
import { REVALIDATE_ALL, signalPathsChanged } from "./cache-signal";
import { paths } from "./paths";

/** The cached public pages that show an article or its comments. */
export function articlePagePaths(slug: string): string[] {
  return [
    paths.article(slug),
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
  const changed = articlePagePaths(slug);
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
