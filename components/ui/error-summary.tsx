"use client";

import { useEffect, useId, useRef } from "react";

export type FieldError = { field: string; message: string };

type Props = {
  title: string;
  errors: FieldError[];
  message?: string;
  /**
   * The result this summary shows (the form's action state). Focus moves to
   * the summary when a new result arrives, not on every render: typing in a
   * field after an error must not yank focus back here.
   */
  result: unknown;
  /** Where the summary sits in the page's outline. */
  headingLevel?: 2 | 3;
  className?: string;
};

/** The form's error summary: takes focus for each new failed result and links each error to its field. */
export function ErrorSummary({ title, errors, message, result, headingLevel = 2, className = "mb-6" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const visible = Boolean(message) || errors.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
    // Only a new result moves focus (see `result`).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  if (!visible) return null;
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
          {errors.map((error) => (
            <li key={error.field}>
              <a href={`#${error.field}`}>{error.message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
