import type { OwnPendingComment } from "./data";
import type { CommentFieldErrors } from "./validation";

export type CommentFormValues = { name: string; email: string; website: string; body: string };

/** What the comment form's server action answers, for useActionState. */
export type CommentFormState =
  | { status: "idle"; submission: number }
  | {
      status: "error";
      submission: number;
      message: string;
      fieldErrors: CommentFieldErrors;
      values: CommentFormValues;
    }
  | {
      status: "posted";
      submission: number;
      published: boolean;
      message: string;
      comment: OwnPendingComment;
      parentId: number | null;
    };

export const initialCommentFormState: CommentFormState = { status: "idle", submission: 0 };

export function postedMessage(published: boolean): string {
  return published ? "Your comment has been published." : "Your comment is awaiting moderation.";
}
