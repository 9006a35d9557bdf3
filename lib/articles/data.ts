import "server-only";
import { getDb } from "@/lib/db/client";
import { splitParagraphs, summarize } from "./parse-article";

/** What a list of articles shows. Dates are ISO strings so DTOs stay plain. */
export type ArticleSummary = {
  slug: string;
  title: string;
  description: string;
  publishedAt: string;
  updatedAt: string;
};

export type ArticleDetail = ArticleSummary & {
  id: number;
  paragraphs: string[];
  commentsOpen: boolean;
};

const summaryFields = { slug: true, title: true, body: true, publishedAt: true, updatedAt: true } as const;

function toSummary(row: { slug: string; title: string; body: string; publishedAt: Date; updatedAt: Date }): ArticleSummary {
  return {
    slug: row.slug,
    title: row.title,
    description: summarize(row.body),
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Published articles, newest first (public: no caller check needed). */
export async function listArticles(limit = 50): Promise<ArticleSummary[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    select: summaryFields,
    where: { publishedAt: { lte: new Date() } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toSummary);
}

/** One published article by slug, or null (public). */
export async function getArticle(slug: string): Promise<ArticleDetail | null> {
  const db = await getDb();
  const row = await db.article.findUnique({
    where: { slug },
    select: { ...summaryFields, id: true, commentsOpen: true },
  });
  if (!row || row.publishedAt > new Date()) return null;
  return { ...toSummary(row), id: row.id, paragraphs: splitParagraphs(row.body), commentsOpen: row.commentsOpen };
}
