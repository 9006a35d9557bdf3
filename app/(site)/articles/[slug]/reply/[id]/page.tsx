import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata } from "@/lib/articles/metadata";
import { readArticle } from "@/lib/cache/public-reads";
import { getReplyTarget } from "@/lib/comments/data";

type Props = { params: Promise<{ slug: string; id: string }> };

// The "Reply" link's target without JavaScript: the article with the form
// set to reply. Only approved comments of this article can be replied to.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await readArticle((await params).slug), { index: false });
}

export default async function Page({ params }: Props) {
  const { slug, id } = await params;
  const article = await readArticle(slug);
  const replyTo = article && /^\d{1,12}$/.test(id) ? await getReplyTarget(article.id, Number(id)) : null;
  if (!article || !replyTo) notFound();
  return <ArticlePage article={article} replyTo={replyTo} />;
}
