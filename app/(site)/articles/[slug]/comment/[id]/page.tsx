import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata } from "@/lib/articles/metadata";
import { OWN_COMMENTS_COOKIE, ownedIds } from "@/lib/comments/pending-token";
import { readArticle } from "@/lib/cache/public-reads";
import { listOwnPendingComments } from "@/lib/comments/data";
import { paths } from "@/lib/site/paths";

type Props = { params: Promise<{ slug: string; id: string }> };

// Where a comment form posted without JavaScript lands when the comment is
// held: the article with the author's own held comments. Anyone without the
// signed cookie for this comment simply gets the article.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await readArticle((await params).slug), { index: false });
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const article = await readArticle(slug);
  if (!article) notFound();
  const own = await listOwnPendingComments(slug, ownedIds((await cookies()).get(OWN_COMMENTS_COOKIE)?.value));
  if (own.length === 0) redirect(paths.article(slug));
  return <ArticlePage article={article} ownComments={own} />;
}
