import type { OwnPendingComment } from "./data";

export type CommentFormValues = { name: string; email: string; website: string; body: string };

/** What a successful post hands back to the comment form (lib/actions/comments.ts). */
export type PostedComment = { published: boolean; comment: OwnPendingComment; parentId: number | null };

export function postedMessage(published: boolean): string {
  return published ? "Your comment has been published." : "Your comment is awaiting moderation.";
}
