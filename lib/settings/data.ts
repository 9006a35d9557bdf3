import "server-only";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import type { UpdateSettingsInput } from "./validation";

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
  // A plain read on the hot path (every post, every page render); the row is
  // written only the first time, by whichever request gets there first.
  const row =
    (await db.settings.findUnique({ where: { id: 1 } })) ??
    (await db.settings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} }));
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

/** Saves the discussion settings (admins only: checked here because actions are public endpoints). */
export async function updateSettings(input: UpdateSettingsInput): Promise<DiscussionSettings> {
  await requireAdmin();
  const db = await getDb();
  const data = {
    ...input,
    moderationWords: input.moderationWords.join("\n"),
    disallowedWords: input.disallowedWords.join("\n"),
  };
  await db.settings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  return getSettings();
}
