import type { PublicComment } from "@/lib/comments/data";
import { formatDateTime } from "@/lib/site/format";
import { Avatar } from "./avatar";
import { CommentBody } from "./comment-body";

type Props = {
  comment: Omit<PublicComment, "replies">;
  /** Where "Reply" leads without JavaScript; omitted when replies are not possible. */
  replyHref?: string;
  notice?: React.ReactNode;
};

// Styled by short classes (app/globals.css): a page carries up to 50 threads,
// and every byte of a card is sent twice (HTML and the React payload).

/** One comment: who wrote it, when (a permalink), and what they said. */
export function CommentCard({ comment, replyHref, notice }: Props) {
  const anchor = `comment-${comment.id}`;
  return (
    <article id={anchor} aria-labelledby={`${anchor}-by`} className="comment">
      <header>
        <Avatar seed={comment.avatarSeed} />
        <div>
          <p id={`${anchor}-by`} className="comment-author">
            <bdi>
              {comment.authorUrl ? (
                <a href={comment.authorUrl} rel="nofollow ugc noopener noreferrer external">
                  {comment.authorName}
                </a>
              ) : (
                comment.authorName
              )}
            </bdi>
            {comment.isStaff ? <span className="badge">Staff</span> : null}
          </p>
          <a href={`#${anchor}`} className="comment-date">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
          </a>
        </div>
      </header>
      {notice}
      <CommentBody body={comment.body} />
      {replyHref ? (
        <a href={replyHref} data-reply-to={comment.id} data-reply-name={comment.authorName} aria-label={`Reply to ${comment.authorName}`} className="reply">
          Reply
        </a>
      ) : null}
    </article>
  );
}
