import "server-only";
import { getDb } from "../db";

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

function wordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((word) => word.trim())
    .filter((word) => word !== "");
}

/** Current settings; creates the default row on first use. Read by public code, so no caller check. */
export async function getSettings(): Promise<DiscussionSettings> {
  const db = await getDb();
  const row = await db.settings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  return {
    holdAll: row.holdAll,
    requirePriorApproval: row.requirePriorApproval,
    linkLimit: row.linkLimit,
    moderationWords: wordList(row.moderationWords),
    disallowedWords: wordList(row.disallowedWords),
    floodSeconds: row.floodSeconds,
    threadDepth: row.threadDepth,
    commentsPerPage: row.commentsPerPage,
    closeAfterDays: row.closeAfterDays,
  };
}
