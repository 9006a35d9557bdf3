"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import type { OwnPendingComment } from "@/lib/comments/data";
import { CommentCard } from "./comment-card";
import { PendingNotice } from "./pending-notice";
import { useHydrated } from "./use-client-state";

type OwnComments = { comments: OwnPendingComment[]; add: (comment: OwnPendingComment) => void };

const OwnCommentsContext = createContext<OwnComments>({ comments: [], add: () => {} });

export function useOwnComments(): OwnComments {
  return useContext(OwnCommentsContext);
}

function merge(current: OwnPendingComment[], more: OwnPendingComment[]): OwnPendingComment[] {
  const seen = new Set(current.map((c) => c.id));
  return [...current, ...more.filter((c) => !seen.has(c.id))];
}

/**
 * The visitor's own held comments. The article page is one static document
 * for everyone; this asks the server (cookie-authenticated, tiny, uncached)
 * which held comments belong to this browser and shows them in place.
 */
export function OwnCommentsProvider({ articleSlug, children }: { articleSlug: string; children: React.ReactNode }) {
  const [comments, setComments] = useState<OwnPendingComment[]>([]);
  const add = useCallback((comment: OwnPendingComment) => setComments((current) => merge(current, [comment])), []);

  useEffect(() => {
    // Only browsers that have posted here carry the cookie; skip the request otherwise.
    if (!document.cookie.includes("has_own_comments=1")) return;
    const controller = new AbortController();
    fetch(`/api/comments/own?article=${encodeURIComponent(articleSlug)}`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { comments: [] }))
      .then((data: { comments: OwnPendingComment[] }) => setComments((current) => merge(current, data.comments)))
      .catch(() => {});
    return () => controller.abort();
  }, [articleSlug]);

  const value = useMemo(() => ({ comments, add }), [comments, add]);
  return <OwnCommentsContext.Provider value={value}>{children}</OwnCommentsContext.Provider>;
}

/** Puts each own held comment under the comment it replies to, or after the list. */
export function OwnCommentSlots() {
  const { comments } = useOwnComments();
  const mounted = useHydrated();
  if (!mounted) return null;
  return comments.map((comment) => {
    const card = (
      <div className="mt-6 border-l-2 border-accent pl-4">
        <CommentCard comment={comment} notice={<PendingNotice notice={comment.notice} />} />
      </div>
    );
    const target = slotFor(comment.parentId);
    return target ? <PortalInto key={comment.id} target={target}>{card}</PortalInto> : null;
  });
}

function slotFor(parentId: number | null): Element | null {
  if (parentId !== null) {
    const parent = document.querySelector(`[data-comment-id="${parentId}"]`);
    if (parent) {
      let slot = parent.querySelector(":scope > [data-own-replies]");
      if (!slot) {
        slot = document.createElement("div");
        slot.setAttribute("data-own-replies", "");
        parent.appendChild(slot);
      }
      return slot;
    }
  }
  return document.getElementById("own-comments");
}

function PortalInto({ target, children }: { target: Element; children: React.ReactNode }) {
  return createPortal(children, target);
}
