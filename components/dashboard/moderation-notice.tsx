"use client";

import { undoModerationFormAction } from "@/lib/actions/moderation";

export type Notice = { message: string; undo: number[]; ok: boolean };

/**
 * The outcome of the last action, in a polite live region that is always
 * present (so screen readers notice when it fills), with Undo while it lasts.
 * Without JavaScript the Undo button posts the form and comes back here.
 */
export function ModerationNotice({ notice, returnPath, onUndo }: { notice: Notice | null; returnPath: string; onUndo: (entries: number[]) => void }) {
  return (
    <div role="status" aria-live="polite" className="min-h-10">
      {notice ? (
        <div className={`my-3 flex flex-wrap items-center gap-3 rounded border px-3 py-2 ${notice.ok ? "border-success" : "border-danger"}`}>
          <p>{notice.message}</p>
          {notice.undo.length > 0 ? (
            <form
              action={undoModerationFormAction}
              onSubmit={(event) => {
                event.preventDefault();
                onUndo(notice.undo);
              }}
            >
              <input type="hidden" name="entries" value={notice.undo.join(",")} />
              <input type="hidden" name="return" value={returnPath} />
              <button type="submit" className="rounded border border-ink px-3 py-1 text-sm font-medium">
                Undo
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
