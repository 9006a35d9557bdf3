import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata } from "@/lib/articles/metadata";
import { readArticle } from "@/lib/cache/public-reads";

type Props = { params: Promise<{ slug: string }> };

// Static: rendered on first visit, then served from memory until a change to
// the article or its comments revalidates it. The hourly refresh only matters
// for "close comments after N days", which depends on the clock.
export const revalidate = 3600;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await readArticle((await params).slug));
}

export default async function Page({ params }: Props) {
  const article = await readArticle((await params).slug);
  if (!article) notFound();
  return <ArticlePage article={article} />;
}
