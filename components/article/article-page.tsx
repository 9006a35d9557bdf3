import { CommentSection } from "@/components/comments/comment-section";
import type { ArticleDetail } from "@/lib/articles/data";
import { isDiscussionOpen, type OwnPendingComment } from "@/lib/comments/data";
import { readThreads } from "@/lib/cache/public-reads";
import { ArticleJsonLd } from "./article-json-ld";
import { ArticleView } from "./article-view";

type Props = {
  article: ArticleDetail;
  commentPage?: number;
  ownComments?: OwnPendingComment[];
  replyTo?: { id: number; name: string } | null;
};

/** An article with its discussion: the same markup on every route that shows it. */
export async function ArticlePage({ article, commentPage = 1, ownComments, replyTo }: Props) {
  const [page, open] = await Promise.all([readThreads(article.id, commentPage), isDiscussionOpen(article)]);
  return (
    <div className="mx-auto max-w-[68ch]">
      <ArticleJsonLd article={article} />
      <ArticleView article={article} />
      <CommentSection article={article} open={open} page={page} ownComments={ownComments} replyTo={replyTo} />
    </div>
  );
}
