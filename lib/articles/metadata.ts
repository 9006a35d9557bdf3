import type { Metadata } from "next";
import type { ArticleDetail } from "./data";
import { paths } from "@/lib/site/paths";

/** Metadata for every route that shows an article; they all point to one canonical URL. */
export function articleMetadata(article: ArticleDetail | null, options: { index?: boolean } = {}): Metadata {
  if (!article) return { title: "Article not found" };
  const url = paths.article(article.slug);
  return {
    title: article.title,
    description: article.description,
    robots: options.index === false ? { index: false, follow: true } : undefined,
    alternates: {
      canonical: url,
      types: {
        "application/rss+xml": [{ url: paths.articleCommentsFeed(article.slug), title: `Comments on “${article.title}”` }],
      },
    },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description: article.description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.description },
  };
}
