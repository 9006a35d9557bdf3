"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionState, useEffect, useId, useMemo, useRef, useState } from "react";
import { postCommentAction } from "@/lib/actions/comments";
import type { CommentFormValues } from "@/lib/comments/form-state";
import { idleResult } from "@/lib/actions/result";
import { COMMENT_LIMITS, type CommentField } from "@/lib/comments/validation";
import { useOwnComments } from "./own-comments";
import { useHydrated, useLocalStorage } from "./use-client-state";

type ReplyTarget = { id: number; name: string };

type Props = {
  articleSlug: string;
  articlePath: string;
  /** Set when the page itself is a reply page (the no-JavaScript path). */
  initialReplyTo?: ReplyTarget | null;
};

const SAVED_KEY = "comment-author";
const fieldOrder: CommentField[] = ["body", "name", "email", "website"];
const fieldIds: Record<CommentField, string> = { body: "comment", name: "author", email: "email", website: "url" };
const fieldLabels: Record<CommentField, string> = { body: "Comment", name: "Name", email: "Email", website: "Website" };

/** WordPress's comment form: same fields and wording, with errors shown where they belong. */
export function CommentForm({ articleSlug, articlePath, initialReplyTo = null }: Props) {
  const [state, formAction, pending] = useActionState(postCommentAction, idleResult());
  // A reply target chosen before a successful post is done with once it posts.
  const [reply, setReply] = useState<{ target: ReplyTarget; since: number } | null>(
    initialReplyTo ? { target: initialReplyTo, since: 0 } : null,
  );
  const posted = state.status === "ok" ? state.data : undefined;
  const replyTo = reply && !(posted && state.submission > reply.since) ? reply.target : null;
  const setReplyTo = (target: ReplyTarget | null) => setReply(target ? { target, since: state.submission } : null);
  const hydrated = useHydrated();
  const [savedJson, writeSaved] = useLocalStorage(SAVED_KEY);
  const saved = useMemo(() => parseSaved(savedJson), [savedJson]);
  const submissionRef = useRef(state.submission);
  useEffect(() => {
    submissionRef.current = state.submission;
  }, [state.submission]);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const { add } = useOwnComments();

  // "Reply" links work without JavaScript (they open a reply page); with it,
  // they turn this form into a reply in place.
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.("a[data-reply-to]");
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      setReply({ target: { id: Number(link.getAttribute("data-reply-to")), name: link.getAttribute("data-reply-name") ?? "" }, since: submissionRef.current });
      document.getElementById("respond")?.scrollIntoView({ block: "start" });
      commentRef.current?.focus();
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (posted) {
      add(posted.comment);
      // Move focus to the new comment so keyboard and screen-reader users land on it.
      window.setTimeout(() => {
        const element = document.getElementById(`comment-${posted.comment.id}`);
        if (element) {
          element.setAttribute("tabindex", "-1");
          element.focus();
        }
      }, 50);
    }
  }, [posted, add]);

  const errors: Partial<Record<CommentField, string>> = state.status === "error" ? state.fieldErrors : {};
  const values: Partial<CommentFormValues> = state.status === "error" ? (state.values ?? {}) : (saved ?? {});
  const hasFieldErrors = fieldOrder.some((field) => errors[field]);

  function remember(form: HTMLFormElement) {
    const data = new FormData(form);
    if (data.get("wp-comment-cookies-consent") === "yes") {
      writeSaved(JSON.stringify({ name: data.get("author"), email: data.get("email"), website: data.get("url") }));
    } else {
      writeSaved(null);
    }
  }

  return (
    <section id="respond" aria-labelledby={headingId} className="mt-12 scroll-mt-6 border-t border-rule pt-8">
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        {replyTo ? (
          <>
            Leave a Reply to <bdi>{replyTo.name}</bdi>{" "}
            <a
              href={`${articlePath}#respond`}
              className="ml-2 font-sans text-base font-normal"
              onClick={(event) => {
                event.preventDefault();
                setReplyTo(null);
              }}
            >
              Cancel reply
            </a>
          </>
        ) : (
          "Leave a Reply"
        )}
      </h2>

      <div role="status" aria-live="polite" className="mt-4 empty:hidden">
        {posted ? (
          <p className="rounded bg-notice px-3 py-2 text-notice-ink">
            {state.message}
            {posted.published ? null : " It will appear for everyone once an editor approves it."}
          </p>
        ) : null}
      </div>

      <ErrorSummary
        result={state}
        headingLevel={3}
        className="mt-4"
        title={hasFieldErrors ? "There is a problem with your comment" : "Your comment was not posted"}
        fieldId={(field) => fieldIds[field as CommentField] ?? field}
        order={fieldOrder}
      />

      <form
        key={state.submission}
        action={formAction}
        onSubmit={(event) => remember(event.currentTarget)}
        noValidate={hydrated}
        className="mt-4 space-y-5"
        aria-describedby="comment-notes"
      >
        <p id="comment-notes" className="text-sm text-muted">
          Your email address will not be published. Required fields are marked *
        </p>
        <input type="hidden" name="article" value={articleSlug} />
        <input type="hidden" name="comment_parent" value={replyTo?.id ?? 0} />
        <input type="hidden" name="js" value={hydrated ? "1" : "0"} />

        <Field field="body" error={errors.body}>
          <textarea
            ref={commentRef}
            id="comment"
            name="comment"
            rows={8}
            required
            maxLength={COMMENT_LIMITS.body}
            defaultValue={state.status === "error" ? (state.values?.body ?? "") : ""}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={errors.body ? "comment-error" : undefined}
            className={inputClass}
          />
        </Field>
        <Field field="name" error={errors.name}>
          <input id="author" name="author" type="text" required maxLength={COMMENT_LIMITS.name} autoComplete="name"
            defaultValue={values.name ?? ""} aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "author-error" : undefined} className={inputClass} />
        </Field>
        <Field field="email" error={errors.email}>
          <input id="email" name="email" type="email" required maxLength={COMMENT_LIMITS.email} autoComplete="email"
            defaultValue={values.email ?? ""} aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-error" : undefined} className={inputClass} />
        </Field>
        <Field field="website" error={errors.website}>
          <input id="url" name="url" type="url" maxLength={COMMENT_LIMITS.website} autoComplete="url"
            defaultValue={values.website ?? ""} aria-invalid={errors.website ? true : undefined}
            aria-describedby={errors.website ? "url-error" : undefined} className={inputClass} />
        </Field>

        {/* A field people never see or reach: only bots fill it in. */}
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
          <label htmlFor="company">Leave this field empty</label>
          <input id="company" name="company" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <p className="flex items-start gap-2">
          <input
            id="wp-comment-cookies-consent"
            name="wp-comment-cookies-consent"
            type="checkbox"
            value="yes"
            defaultChecked={saved !== null}
            key={saved ? "saved" : "unsaved"}
            className="mt-1.5 size-4 accent-accent"
          />
          <label htmlFor="wp-comment-cookies-consent">
            Save my name, email, and website in this browser for the next time I comment.
          </label>
        </p>

        <p>
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="rounded bg-accent px-5 py-2.5 font-semibold text-paper hover:bg-accent-strong disabled:cursor-wait disabled:opacity-80"
          >
            {pending ? "Posting…" : "Post Comment"}
          </button>
        </p>
      </form>
    </section>
  );
}

function parseSaved(json: string | null): Partial<CommentFormValues> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null) return null;
    const record = value as Record<string, unknown>;
    const pick = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : "");
    return { name: pick("name"), email: pick("email"), website: pick("website") };
  } catch {
    return null;
  }
}

const inputClass =
  "mt-1 block w-full rounded border border-muted bg-paper px-3 py-2 text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

function Field({ field, error, children }: { field: CommentField; error?: string; children: React.ReactNode }) {
  const id = fieldIds[field];
  const required = field !== "website";
  return (
    <p>
      <label htmlFor={id} className="block font-semibold">
        {fieldLabels[field]}
        {required ? " *" : null}
      </label>
      {children}
      {error ? (
        <span id={`${id}-error`} className="mt-1 block text-sm font-semibold text-danger">
          {error}
        </span>
      ) : null}
    </p>
  );
}
