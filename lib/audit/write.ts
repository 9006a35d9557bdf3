import "server-only";
import type { Tx } from "@/lib/events/outbox";

// Admin actions in the audit log, written in the same transaction as the
// change. The detail says what changed as "field: before → after", so the
// history page needs no knowledge of each action.

export type FieldChange = { field: string; before: string; after: string };

/** The fields that differ between two snapshots, in the order of `after`. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const shown = (value: unknown) => (Array.isArray(value) ? value.join(", ") || "(none)" : String(value ?? ""));
  return Object.keys(after).flatMap((field) =>
    shown(before[field]) === shown(after[field]) ? [] : [{ field, before: shown(before[field]), after: shown(after[field]) }],
  );
}

export function describeChanges(subject: string, changes: FieldChange[]): string {
  const parts = changes.map((c) => `${c.field}: ${c.before || "(empty)"} → ${c.after || "(empty)"}`);
  return parts.length === 0 ? subject : `${subject}: ${parts.join("; ")}`;
}

/** Records an admin action. */
export async function auditAdminAction(tx: Tx, actorId: number, action: string, detail: string): Promise<void> {
  await tx.auditLog.create({ data: { actorId, action, detail } });
}
