import "server-only";
import { unstable_cache } from "next/cache";
import { getArticle, listArticles } from "@/lib/articles/data";
import { listApprovedThreads, listLatestApproved } from "@/lib/comments/data";
import { commentPageCount } from "@/lib/comments/pages";
import { getSettings } from "@/lib/settings/data";
import { tags } from "./tags";

// The public pages, feeds and API read through these. Each read is cached
// with the tags of what it shows, and a page or feed rendered from them
// carries the same tags, so the cache consumer (lib/events/cache-consumer.ts)
// can make exactly the affected ones stale. The hour is only a backstop for
// what depends on the clock (scheduled articles, closing after N days).

const BACKSTOP_SECONDS = 3600;

function cached<T>(key: string[], tagList: string[], read: () => Promise<T>): Promise<T> {
  return unstable_cache(read, key, { tags: tagList, revalidate: BACKSTOP_SECONDS })();
}

export function readArticle(slug: string) {
  // By slug, so "no such article" is cached too; article.changed names the slug.
  return cached(["article", slug], [tags.articleSlug(slug)], () => getArticle(slug));
}

export function readArticles(limit: number) {
  return cached(["articles", String(limit)], [tags.articles], () => listArticles(limit));
}

export function readThreads(articleId: number, page: number) {
  return cached(["threads", String(articleId), String(page)], [tags.article(articleId), tags.settings], () => listApprovedThreads(articleId, page));
}

export function readLatestComments(options: { articleId?: number; take: number; skip?: number }) {
  const key = ["latest", String(options.articleId ?? "all"), String(options.take), String(options.skip ?? 0)];
  const tagList = options.articleId ? [tags.article(options.articleId)] : [tags.comments];
  return cached(key, tagList, () => listLatestApproved(options));
}

export function readCommentPageCount(articleId: number) {
  // Tagged like the threads, so a page past the end (404 today) comes back once enough comments are approved.
  return cached(["comment-pages", String(articleId)], [tags.article(articleId), tags.settings], () => commentPageCount(articleId));
}

export function readSettings() {
  return cached(["settings"], [tags.settings], getSettings);
}
