"use client";

import { useEffect, useId, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Props<D> = {
  title: string;
  /**
   * The form's action state. Focus moves to the summary when a new failed
   * result arrives, not on every render: typing in a field after an error
   * must not yank focus back here.
   */
  result: ActionResult<D>;
  /** The element id of a field, when it is not the field's name. */
  fieldId?: (field: string) => string;
  /** The order fields appear in on the page; others follow. */
  order?: readonly string[];
  /** Where the summary sits in the page's outline. */
  headingLevel?: 2 | 3;
  className?: string;
};

/** The form's error summary: takes focus for each new failed result and links each error to its field. */
export function ErrorSummary<D>({ title, result, fieldId = (field) => field, order = [], headingLevel = 2, className = "mb-6" }: Props<D>) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const failed = result.status === "error";
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const errors = failed ? Object.entries(result.fieldErrors).sort(([a], [b]) => rank(a) - rank(b)) : [];
  // The message repeats a lone field's error, so it is shown only when no field is named.
  const message = failed && errors.length === 0 ? result.message : "";
  useEffect(() => {
    if (failed) ref.current?.focus();
    // Only a new result moves focus (see `result`).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result.submission]);
  if (!failed) return null;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={`${className} rounded border-2 border-danger p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-danger`}
    >
      <Heading id={titleId} className="font-semibold text-danger">
        {title}
      </Heading>
      {message ? <p className="mt-1">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {errors.map(([field, text]) => (
            <li key={field}>
              <a href={`#${fieldId(field)}`}>{text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
