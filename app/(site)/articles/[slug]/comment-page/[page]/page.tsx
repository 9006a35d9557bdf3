import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata } from "@/lib/articles/metadata";
import { readArticle } from "@/lib/cache/public-reads";

type Props = { params: Promise<{ slug: string; page: string }> };

// Older pages of comments: static like the article itself.
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
  return <ArticlePage article={article} commentPage={number} />;
}
