import type { CommentThreadPage, OwnPendingComment } from "@/lib/comments/data";
import { pluralize } from "@/lib/site/format";
import { paths } from "@/lib/site/paths";
import { CommentCard } from "./comment-card";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";
import { OwnCommentSlots, OwnCommentsProvider } from "./own-comments";
import { PendingNotice } from "./pending-notice";

type Props = {
  article: { slug: string; title: string };
  open: boolean;
  page: CommentThreadPage;
  /** Server-rendered own held comments (the no-JavaScript pages only). */
  ownComments?: OwnPendingComment[];
  replyTo?: { id: number; name: string } | null;
};

/** The discussion under an article: approved threads, pagination and the form. */
export function CommentSection({ article, open, page, ownComments = [], replyTo = null }: Props) {
  const articlePath = paths.article(article.slug);
  const replyHref = open ? (id: number) => `${articlePath}/reply/${id}#respond` : null;
  return (
    <OwnCommentsProvider articleSlug={article.slug}>
      <section id="comments" aria-labelledby="comments-title" className="mt-16 scroll-mt-6 border-t-4 border-ink pt-8">
        <h2 id="comments-title" className="font-serif text-2xl font-bold">
          {page.approvedCount === 0 ? "No comments yet" : `${pluralize(page.approvedCount, "comment", "comments")} on “${article.title}”`}
        </h2>
        <p className="mt-1 text-sm">
          <a href={paths.articleCommentsFeed(article.slug)}>Comments feed for this article (RSS)</a>
        </p>
        {page.threads.length > 0 ? (
          <div className="mt-8">
            <CommentThread comments={page.threads} articlePath={articlePath} replyHref={replyHref} />
          </div>
        ) : null}
        <div id="own-comments">
          {ownComments.map((comment) => (
            <div key={comment.id} className="mt-6 border-l-2 border-accent pl-4">
              <CommentCard comment={comment} notice={<PendingNotice notice={comment.notice} />} />
            </div>
          ))}
        </div>
        <OwnCommentSlots />
        {page.pageCount > 1 ? <CommentPagination slug={article.slug} page={page.page} pageCount={page.pageCount} /> : null}
        {open ? (
          <CommentForm articleSlug={article.slug} articlePath={articlePath} initialReplyTo={replyTo} />
        ) : (
          <p className="mt-12 border-t border-rule pt-8 font-semibold">Comments are closed.</p>
        )}
      </section>
    </OwnCommentsProvider>
  );
}

function CommentPagination({ slug, page, pageCount }: { slug: string; page: number; pageCount: number }) {
  const href = (n: number) => (n === 1 ? `${paths.article(slug)}#comments` : `${paths.article(slug)}/comment-page/${n}#comments`);
  return (
    <nav aria-label="Comment pages" className="mt-10 flex flex-wrap items-center gap-3">
      {page > 1 ? <a href={href(page - 1)}>« Older comments</a> : null}
      <ol className="flex flex-wrap gap-2">
        {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="rounded bg-ink px-2 py-1 text-paper">{n}</span>
            ) : (
              <a href={href(n)} className="px-2 py-1">{n}</a>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? <a href={href(page + 1)}>Newer comments »</a> : null}
    </nav>
  );
}
