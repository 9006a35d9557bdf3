import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata } from "@/lib/articles/metadata";
import { readArticle, readCommentPageCount } from "@/lib/cache/public-reads";

type Props = { params: Promise<{ slug: string; page: string }> };

// Older pages of comments: static like the article itself. A page past the
// last one is a 404 (cached too, tagged with the article, so it turns into
// a real page once a new thread is approved).
export const revalidate = 3600;

export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await readArticle((await params).slug));
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  const number = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : NaN;
  const article = Number.isNaN(number) ? null : await readArticle(slug);
  if (!article) notFound();
  // Page 1 never gets here: next.config.js redirects it to the article.
  if (number > (await readCommentPageCount(article.id))) notFound();
  return <ArticlePage article={article} commentPage={number} />;
}
