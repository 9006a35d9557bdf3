import "server-only";
import { getDb } from "@/lib/db/client";
import { transact } from "@/lib/events/outbox";
import { requireEditor } from "@/lib/auth/session";
import { changeStatus, changeText } from "./change";
import { actorLabel } from "./data";
import { withEditorReason } from "./describe-reasons";
import { asStatus } from "./queue";
import { parseReasons, serializeReasons } from "./reasons";
import { inverseOf } from "./undo";
import { MAX_BULK } from "./validation";
import { pluralize } from "@/lib/site/format";

/** How long after an action its Undo stays offered, and honoured. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

/**
 * Reverses the given audit entries, each only while the comment is still as
 * that entry left it, and records each reversal as an "undo" entry. Only the
 * caller's own entries from the last few minutes count: entry ids can arrive
 * from anywhere (a crafted link, a replayed form), and an undo must never
 * reverse another editor's decisions or an old one.
 */
export async function undoEntries(entryIds: number[], now = new Date()): Promise<{ changed: number; message: string }> {
  const editor = await requireEditor();
  const db = await getDb();
  const entries = await db.auditLog.findMany({
    where: {
      id: { in: [...new Set(entryIds)].slice(0, MAX_BULK) },
      actorId: editor.id,
      at: { gte: new Date(now.getTime() - UNDO_WINDOW_MS) },
    },
    orderBy: { id: "desc" },
    select: { id: true, action: true, commentId: true, fromStatus: true, toStatus: true, detail: true },
  });
  const inverses = entries.flatMap((entry) => {
    const inverse = inverseOf(entry);
    return inverse ? [{ entry, inverse }] : [];
  });
  const rows = await db.comment.findMany({
    where: { id: { in: inverses.map((i) => i.inverse.commentId) } },
    select: { id: true, articleId: true, body: true, status: true, reasons: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const note = `Undone by ${actorLabel(editor)}`;
  const changed =
    inverses.length === 0
      ? 0
      : await transact(async (tx, events) => {
          let n = 0;
          for (const { entry, inverse } of inverses) {
            const row = byId.get(inverse.commentId);
            if (!row) continue;
            const done =
              inverse.kind === "status"
                ? await changeStatus(tx, events, editor.id, {
                    commentId: row.id,
                    articleId: row.articleId,
                    from: inverse.expect,
                    to: inverse.to,
                    reasons: serializeReasons(withEditorReason(parseReasons(row.reasons), note)),
                    action: "undo",
                    detail: `undo of ${entry.action} (entry #${entry.id})`,
                  })
                : row.body === inverse.body
                  ? null
                  : await changeText(tx, events, editor.id, {
                      commentId: row.id,
                      articleId: row.articleId,
                      status: asStatus(row.status),
                      from: row.body,
                      to: inverse.body,
                      action: "undo",
                    });
            if (done !== null) n += 1;
          }
          return n;
        });
  const message =
    changed === 0
      ? "Nothing to undo: the comments have changed since, or the chance to undo has passed."
      : `Undone: ${pluralize(changed, "comment", "comments")} put back.`;
  return { changed, message };
}
