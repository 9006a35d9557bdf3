"use client";

import { useEffect, useRef } from "react";

export type FieldError = { field: string; message: string };

/**
 * The form's error summary: takes focus when it appears (so keyboard and
 * screen reader users land on it) and links each error to its field.
 */
export function ErrorSummary({ title, errors, message }: { title: string; errors: FieldError[]; message?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors, message]);
  if (!message && errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded border-2 border-danger p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-danger"
    >
      <h2 id="error-summary-title" className="font-semibold text-danger">
        {title}
      </h2>
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
