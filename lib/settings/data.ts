import "server-only";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { auditAdminAction, describeChanges, diffFields } from "@/lib/audit/write";
import { transact } from "@/lib/events/outbox";
import type { UpdateSettingsInput } from "./validation";
import type { DiscussionSettings } from "./types";

export type { DiscussionSettings } from "./types";

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
  const admin = await requireAdmin();
  const before = await getSettings();
  const data = {
    ...input,
    moderationWords: input.moderationWords.join("\n"),
    disallowedWords: input.disallowedWords.join("\n"),
  };
  await transact(async (tx, events) => {
    await tx.settings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const changes = diffFields(before, input);
    if (changes.length === 0) return;
    await auditAdminAction(tx, admin.id, "settings", describeChanges("Discussion settings", changes));
    events.record({ type: "settings.changed", actorId: admin.id, payload: { fields: changes.map((c) => c.field) } });
  });
  return getSettings();
}
