import type { PublicComment } from "@/lib/data/comments";
import { formatDateTime } from "@/lib/format";
import { Avatar } from "./avatar";
import { CommentBody } from "./comment-body";

type Props = {
  comment: Omit<PublicComment, "replies">;
  articlePath: string;
  /** Where "Reply" leads without JavaScript; omitted when replies are not possible. */
  replyHref?: string;
  notice?: React.ReactNode;
};

/** One comment: who wrote it, when (a permalink), and what they said. */
export function CommentCard({ comment, articlePath, replyHref, notice }: Props) {
  const anchor = `comment-${comment.id}`;
  return (
    <article id={anchor} aria-labelledby={`${anchor}-author`} className="scroll-mt-6">
      <header className="flex items-center gap-3">
        <Avatar seed={comment.avatarSeed} />
        <div className="min-w-0">
          <p id={`${anchor}-author`} className="font-semibold break-words">
            <bdi>
              {comment.authorUrl ? (
                <a href={comment.authorUrl} rel="nofollow ugc noopener noreferrer external">
                  {comment.authorName}
                </a>
              ) : (
                comment.authorName
              )}
            </bdi>
            {comment.isStaff ? (
              <span className="ml-2 rounded bg-accent px-1.5 py-0.5 align-middle text-xs font-semibold text-paper">Staff</span>
            ) : null}
          </p>
          <p className="text-sm text-muted">
            <a href={`${articlePath}#${anchor}`} className="text-muted">
              <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            </a>
          </p>
        </div>
      </header>
      {notice}
      <div className="mt-3 font-serif text-lg leading-relaxed">
        <CommentBody body={comment.body} />
      </div>
      {replyHref ? (
        <p className="mt-2 text-sm">
          <a
            href={replyHref}
            data-reply-to={comment.id}
            data-reply-name={comment.authorName}
            aria-label={`Reply to ${comment.authorName}`}
            className="font-semibold"
          >
            Reply
          </a>
        </p>
      ) : null}
    </article>
  );
}
