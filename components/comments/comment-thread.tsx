import type { PublicComment } from "@/lib/comments/data";
import { CommentCard } from "./comment-card";

type Props = {
  comments: PublicComment[];
  articlePath: string;
  replyHref: ((id: number) => string) | null;
  depth?: number;
};

/** Approved comments and their replies, as nested lists. */
export function CommentThread({ comments, articlePath, replyHref, depth = 1 }: Props) {
  return (
    <ol className={depth === 1 ? "comments" : "comments replies"}>
      {comments.map((comment) => (
        <li key={comment.id} data-comment-id={comment.id}>
          <CommentCard comment={comment} replyHref={replyHref?.(comment.id)} />
          {comment.replies.length > 0 ? (
            <CommentThread comments={comment.replies} articlePath={articlePath} replyHref={replyHref} depth={depth + 1} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
