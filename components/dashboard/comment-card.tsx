"use client";

import type { FormEvent, MouseEvent } from "react";
import { editCommentFormAction, moderateCommentsFormAction, replyAsStaffFormAction } from "@/lib/actions/moderation";
import type { QueueItem } from "@/lib/moderation/data";
import { formatDate, formatDateTime } from "@/lib/site/format";
import { paths } from "@/lib/site/paths";
import { CardTextForm } from "./card-text-form";
import { ACTION_LABELS, actionsFor, STATUS_LABELS } from "@/lib/moderation/transitions";

type Submit = (event: FormEvent<HTMLFormElement>) => void;

export type CommentCardProps = {
  item: QueueItem;
  returnPath: string;
  /** Query of the current view, carried by the no-JavaScript Edit/Reply links. */
  viewParams: [string, string][];
  focused: boolean;
  selected: boolean;
  editing: boolean;
  replying: boolean;
  isAdmin: boolean;
  /** The enhanced (JavaScript) submission; the form's data-kind names its action. */
  onSubmit: Submit;
  onToggleSelect: (id: number, checked: boolean) => void;
  onOpen: (id: number, mode: "edit" | "reply" | null) => void;
  onFocusCard: (id: number) => void;
};

const button = "rounded border px-3 py-1 text-sm font-medium";

/** One comment in the queue with everything an editor needs to decide, and the actions. */
export function CommentCard(props: CommentCardProps) {
  const { item, returnPath, focused, selected, editing, replying, isAdmin, onSubmit } = props;
  const titleId = `comment-${item.id}-title`;
  const openWithJs = (mode: "edit" | "reply") => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    props.onOpen(item.id, mode);
  };
  const cancel = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    props.onOpen(item.id, null);
  };

  return (
    <article
      data-comment-id={item.id}
      aria-labelledby={titleId}
      tabIndex={focused ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onFocusCard(item.id);
      }}
      className={`rounded border p-4 ${focused ? "border-accent ring-2 ring-accent" : "border-rule"}`}
    >
      <header className="flex flex-wrap items-start gap-3">
        <input
          type="checkbox"
          name="id"
          value={item.id}
          form="bulk-form"
          checked={selected}
          onChange={(event) => props.onToggleSelect(item.id, event.target.checked)}
          aria-label={`Select comment by ${item.authorName}`}
          className="mt-1.5 h-4 w-4"
        />
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="font-semibold">
            <span className="isolate-text">{item.authorName}</span>
            {item.isStaff ? <span className="ml-2 rounded bg-ink px-1.5 text-xs text-paper">Staff</span> : null}
            <span className="ml-2 text-sm font-normal text-muted">({STATUS_LABELS[item.status]})</span>
          </h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt className="text-muted">Email</dt>
            <dd className="isolate-text break-all">{item.authorEmail}</dd>
            <dt className="text-muted">Website</dt>
            <dd className="isolate-text break-all">{item.authorWebsite ?? "none"}</dd>
            <dt className="text-muted">IP</dt>
            <dd>{item.ip || "none"}</dd>
            <dt className="text-muted">Browser</dt>
            <dd className="isolate-text break-all">{item.userAgent || "unknown"}</dd>
            <dt className="text-muted">Posted</dt>
            <dd>
              <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
            </dd>
            <dt className="text-muted">Article</dt>
            <dd>
              <a href={paths.article(item.article.slug)}>{item.article.title}</a>
            </dd>
          </dl>
        </div>
      </header>

      {item.parent ? (
        <p className="mt-3 border-l-4 border-rule pl-3 text-sm">
          <span className="text-muted">In reply to </span>
          <span className="isolate-text font-medium">{item.parent.authorName}</span>
          <span className="text-muted"> ({STATUS_LABELS[item.parent.status]}): </span>
          <span className="isolate-text">“{item.parent.excerpt}”</span>
        </p>
      ) : null}

      <div className="isolate-text mt-3 whitespace-pre-wrap break-words">{item.body}</div>

      <div className="mt-3 rounded bg-notice px-3 py-2 text-sm text-notice-ink">
        <p>
          <span className="font-semibold">Why it is here: </span>
          {item.reasons.length > 0 ? item.reasons.join("; ") : "no reason recorded"}
        </p>
        <p>
          <span className="font-semibold">Author history: </span>
          {item.history.approved} approved, {item.history.pending} pending, {item.history.spam} spam, {item.history.trash} trash; first seen{" "}
          {formatDate(item.history.firstSeen)}
        </p>
      </div>

      <div className="mt-3 flex flex-wrap gap-2">
        <form action={moderateCommentsFormAction} data-kind="moderate" onSubmit={onSubmit} className="flex flex-wrap gap-2">
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="return" value={returnPath} />
          {actionsFor(item.status).map((action) => (
            <button
              key={action}
              type="submit"
              name="intent"
              value={action}
              data-intent={action}
              className={`${button} ${action === "approve" ? "border-success text-success" : "border-ink"}`}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
          {isAdmin && item.status === "trash" ? (
            <button type="submit" name="intent" value="delete" className={`${button} border-danger text-danger`}>
              Delete permanently
            </button>
          ) : null}
        </form>
        <form method="get" action={paths.dashboard} className="flex gap-2">
          {props.viewParams.map(([key, value]) => (
            <input key={key} type="hidden" name={key} value={value} />
          ))}
          <button type="submit" name="edit" value={item.id} data-intent="edit" onClick={openWithJs("edit")} className={`${button} border-ink`}>
            Edit
          </button>
          {item.status === "approved" || item.status === "pending" ? (
            <button type="submit" name="reply" value={item.id} data-intent="reply" onClick={openWithJs("reply")} className={`${button} border-ink`}>
              Reply
            </button>
          ) : null}
        </form>
      </div>

      {editing ? (
        <CardTextForm
          action={editCommentFormAction}
          kind="edit"
          target={["id", item.id]}
          returnPath={returnPath}
          fieldId={`edit-${item.id}`}
          label="Comment text"
          defaultValue={item.body}
          rows={5}
          submitLabel="Save text"
          onSubmit={onSubmit}
          onCancel={cancel}
          buttonClassName={`${button} border-ink`}
        />
      ) : null}

      {replying ? (
        <CardTextForm
          action={replyAsStaffFormAction}
          kind="reply"
          target={["parentId", item.id]}
          returnPath={returnPath}
          fieldId={`reply-${item.id}`}
          label={<>Reply to {item.authorName}</>}
          rows={4}
          note={item.status === "pending" ? "Publishing the reply also approves this comment." : undefined}
          submitLabel="Publish reply"
          onSubmit={onSubmit}
          onCancel={cancel}
          buttonClassName={`${button} border-ink`}
        />
      ) : null}
    </article>
  );
}
