"use client";

import { forwardRef } from "react";
import { SHORTCUTS } from "@/lib/moderation/shortcuts";

/**
 * The list of keyboard shortcuts in a native modal <dialog>: it traps focus,
 * closes on Escape and returns focus to where it was, without custom code.
 */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      className="m-auto max-w-md rounded border border-rule bg-paper p-6 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <p className="text-sm text-muted">They work whenever you are not typing in a field.</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key} className="contents">
            <dt>
              <kbd className="rounded border border-rule px-1.5 font-mono">{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 text-right">
        <button type="submit" className="rounded border border-ink px-3 py-1 font-medium">
          Close
        </button>
      </form>
    </dialog>
  );
});
