/** The discussion settings (WordPress's defaults until an admin changes them). */
export type DiscussionSettings = {
  holdAll: boolean;
  requirePriorApproval: boolean;
  linkLimit: number;
  moderationWords: string[];
  disallowedWords: string[];
  floodSeconds: number;
  threadDepth: number;
  commentsPerPage: number;
  closeAfterDays: number;
};
