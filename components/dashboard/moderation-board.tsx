"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, useTransition, type FormEvent } from "react";
import {
  editCommentAction,
  moderateCommentsAction,
  replyAsStaffAction,
  moderateCommentsFormAction,
  undoModerationAction,
  type ModerationData,
} from "@/lib/actions/moderation";
import { idleResult, type ActionResult } from "@/lib/actions/result";
import type { QueueItem } from "@/lib/moderation/data";
import { commandFor } from "@/lib/moderation/shortcuts";
import { ACTION_LABELS, STATUS_ACTIONS, type Queue } from "@/lib/moderation/transitions";
import { CommentCard } from "./comment-card";
import { ModerationNotice, type Notice } from "./moderation-notice";
import { ShortcutsDialog } from "./shortcuts-dialog";

export type ModerationBoardProps = {
  items: QueueItem[];
  queue: Queue;
  filter: { status: Queue; article: string; q: string; upTo: number };
  total: number;
  returnPath: string;
  viewParams: [string, string][];
  isAdmin: boolean;
  initialNotice: Notice | null;
  editId: number | null;
  replyId: number | null;
};

const TOAST_MS = 10_000;

// Which server action an intercepted form calls, by its data-kind.
const ENHANCED_ACTIONS = { moderate: moderateCommentsAction, edit: editCommentAction, reply: replyAsStaffAction } as const;

const noSubscription = () => () => {};

/**
 * The queue's interactive part. Every control is a real form posting to a
 * server action, so it all works before (or without) JavaScript; once
 * hydrated, submissions are intercepted to remove cards optimistically, move
 * focus to the next card, announce the outcome and offer Undo.
 */
export function ModerationBoard(props: ModerationBoardProps) {
  const { items, queue, isAdmin } = props;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [hidden, setHidden] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [open, setOpen] = useState<{ id: number; mode: "edit" | "reply" } | null>(
    props.editId ? { id: props.editId, mode: "edit" } : props.replyId ? { id: props.replyId, mode: "reply" } : null,
  );
  const [notice, setNotice] = useState<Notice | null>(props.initialNotice);
  const [lastUndo, setLastUndo] = useState<number[]>(props.initialNotice?.undo ?? []);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const moveFocusTo = useRef<number | null>(null);

  const visible = items.filter((item) => !hidden.has(item.id));
  const visibleIds = visible.map((item) => item.id);
  const activeId = focusedId !== null && visibleIds.includes(focusedId) ? focusedId : (visibleIds[0] ?? null);

  // A fresh list from the server replaces the optimistic view: what it no
  // longer lists is gone for real, and what an undo brought back reappears.
  const [seenItems, setSeenItems] = useState(items);
  if (seenItems !== items) {
    setSeenItems(items);
    setHidden(new Set());
  }

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? { ...n, undo: [] } : n)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    const target = moveFocusTo.current;
    if (target === null) return;
    moveFocusTo.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-comment-id="${target}"]`)?.focus();
  });

  const focusCard = useCallback((id: number | null) => {
    if (id === null) return;
    setFocusedId(id);
    moveFocusTo.current = id;
  }, []);

  const nextAfter = (ids: number[]): number | null => {
    const remaining = visibleIds.filter((id) => !ids.includes(id));
    const firstIndex = Math.min(...ids.map((id) => visibleIds.indexOf(id)).filter((i) => i >= 0));
    const after = visibleIds.slice(firstIndex + 1).find((id) => !ids.includes(id));
    return after ?? remaining[remaining.length - 1] ?? null;
  };

  const settle = (result: ActionResult<ModerationData>, removed: number[]) => {
    const undo = result.data?.undo ?? [];
    const ok = result.status === "ok";
    setNotice({ message: result.message, undo, ok });
    if (undo.length > 0) setLastUndo(undo);
    if (!ok) setHidden((current) => new Set([...current].filter((id) => !removed.includes(id))));
    startTransition(() => router.refresh());
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const action = ENHANCED_ACTIONS[form.dataset.kind as keyof typeof ENHANCED_ACTIONS] ?? moderateCommentsAction;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(form, submitter);
    const intent = String(data.get("intent") ?? data.get("bulkAction") ?? "");
    const leavesQueue = (STATUS_ACTIONS as readonly string[]).includes(intent) || intent === "delete";
    const ids =
      data.get("scope") === "all"
        ? visibleIds
        : data.getAll("id").map(Number).filter((id) => visibleIds.includes(id));
    const removed = leavesQueue && (queue !== "all" || intent === "delete") ? ids : [];
    if (removed.length > 0) {
      focusCard(nextAfter(removed));
      setHidden((current) => new Set([...current, ...removed]));
    }
    setOpen(null);
    void action(idleResult(), data)
      .then((result) => settle(result, removed))
      .catch(() => settle({ ...idleResult(), status: "error", message: "That did not work: check your connection and try again." }, removed));
  };

  const undo = useCallback(
    (entries: number[]) => {
      if (entries.length === 0) return;
      const data = new FormData();
      data.set("entries", entries.join(","));
        setLastUndo([]);
      void undoModerationAction(idleResult(), data).then((result) => {
        setNotice({ message: result.message, undo: [], ok: result.status === "ok" });
        startTransition(() => router.refresh());
      });
    },
    [router],
  );

  // A layout effect, so the listener is attached in the same commit that
  // reveals the "Keyboard shortcuts" button: once it shows, keys work.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialogRef.current?.open) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const command = commandFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: target ? { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type } : null,
      });
      if (!command) return;
      const card = (id: number | null) => (id === null ? null : listRef.current?.querySelector<HTMLElement>(`[data-comment-id="${id}"]`));
      const current = activeId;
      const index = current === null ? -1 : visibleIds.indexOf(current);
      const clickIn = (intent: string) => card(current)?.querySelector<HTMLButtonElement>(`button[data-intent="${intent}"]`)?.click();
      event.preventDefault();
      switch (command) {
        case "next":
          focusCard(focusedId === null ? (visibleIds[0] ?? null) : (visibleIds[Math.min(index + 1, visibleIds.length - 1)] ?? null));
          break;
        case "previous":
          focusCard(visibleIds[Math.max(index - 1, 0)] ?? null);
          break;
        case "approve":
          clickIn("approve");
          break;
        case "spam":
          clickIn("spam");
          break;
        case "trash":
          clickIn("trash");
          break;
        case "undo":
          undo(lastUndo);
          break;
        case "reply":
          if (current !== null) setOpen({ id: current, mode: "reply" });
          break;
        case "edit":
          if (current !== null) setOpen({ id: current, mode: "edit" });
          break;
        case "select":
          if (current !== null) setSelected((s) => toggle(s, current, !s.has(current)));
          break;
        case "help":
          dialogRef.current?.showModal();
          break;
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [activeId, focusedId, visibleIds, lastUndo, undo, focusCard]);

  const allSelected = visible.length > 0 && visible.every((item) => selected.has(item.id));
  const bulkActions = [...STATUS_ACTIONS.map((a) => [a, ACTION_LABELS[a]] as const), ...(isAdmin && queue === "trash" ? ([["delete", "Delete permanently"]] as const) : [])];

  return (
    <div>
      <ModerationNotice notice={notice} returnPath={props.returnPath} onUndo={undo} />

      <form
        id="bulk-form"
        action={moderateCommentsFormAction}
        data-kind="moderate"
        onSubmit={handleSubmit}
        aria-label="Act on several comments"
        className="my-3 flex flex-wrap items-center gap-3 rounded border border-rule p-3"
      >
        <input type="hidden" name="return" value={props.returnPath} />
        <input type="hidden" name="status" value={props.filter.status} />
        <input type="hidden" name="article" value={props.filter.article} />
        <input type="hidden" name="q" value={props.filter.q} />
        <input type="hidden" name="upTo" value={props.filter.upTo} />
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={!hydrated}
            onChange={(event) => setSelected(event.target.checked ? new Set(visibleIds) : new Set())}
            className="h-4 w-4"
          />
          Select all on this page
        </label>
        <label htmlFor="bulk-action" className="font-medium">
          Bulk action
        </label>
        <select id="bulk-action" name="bulkAction" defaultValue="" className="rounded border border-rule bg-paper px-2 py-1">
          <option value="">Choose…</option>
          {bulkActions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" name="scope" value="selected" className="rounded border border-ink px-3 py-1 text-sm font-medium">
          Apply
        </button>
        {props.total > 0 ? (
          <button type="submit" name="scope" value="all" className="rounded border border-ink px-3 py-1 text-sm font-medium">
            Apply to all {props.total.toLocaleString("en-US")} in this queue
          </button>
        ) : null}
        <button type="button" onClick={() => dialogRef.current?.showModal()} className="ml-auto text-sm underline" hidden={!hydrated}>
          Keyboard shortcuts (?)
        </button>
      </form>

      {visible.length === 0 ? (
        <p className="my-8 text-center text-muted">No comments here.</p>
      ) : (
        <ol ref={listRef} className="flex flex-col gap-4" aria-label="Comments">
          {visible.map((item) => (
            <li key={item.id}>
              <CommentCard
                item={item}
                returnPath={props.returnPath}
                viewParams={props.viewParams}
                focused={item.id === activeId}
                selected={selected.has(item.id)}
                editing={open?.id === item.id && open.mode === "edit"}
                replying={open?.id === item.id && open.mode === "reply"}
                isAdmin={isAdmin}
                onSubmit={handleSubmit}
                onToggleSelect={(id, checked) => setSelected((s) => toggle(s, id, checked))}
                onOpen={(id, mode) => {
                  setOpen(mode ? { id, mode } : null);
                  if (!mode) focusCard(id);
                }}
                onFocusCard={setFocusedId}
              />
            </li>
          ))}
        </ol>
      )}
      <ShortcutsDialog ref={dialogRef} />
    </div>
  );
}

function toggle(set: Set<number>, id: number, on: boolean): Set<number> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
