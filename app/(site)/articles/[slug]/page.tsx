import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleJsonLd } from "@/components/article/article-json-ld";
import { ArticleView } from "@/components/article/article-view";
import { getArticle } from "@/lib/data/articles";
import { paths } from "@/lib/paths";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit, then served from the cache until revalidated.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  const url = paths.article(article.slug);
  return {
    title: article.title,
    description: article.description,
    alternates: {
      canonical: url,
      types: { "application/rss+xml": [{ url: paths.articleCommentsFeed(article.slug), title: `Comments on “${article.title}”` }] },
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

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  return (
    <div className="mx-auto max-w-[68ch]">
      <ArticleJsonLd article={article} />
      <ArticleView article={article} />
    </div>
  );
}
