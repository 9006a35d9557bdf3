// Shared looks for dashboard forms (colours from the theme, AA contrast).
export const inputClass =
  "mt-1 block w-full rounded border border-muted bg-paper px-3 py-2 text-ink aria-invalid:border-2 aria-invalid:border-danger";
export const buttonClass = "rounded bg-accent px-4 py-2 font-semibold text-paper hover:bg-accent-strong disabled:opacity-70";
export const secondaryButtonClass = "rounded border border-muted px-3 py-1 text-sm text-ink hover:bg-rule/50 disabled:opacity-70";

/** A small control in a toolbar of filters (the queue's, the audit log's). */
export const compactInputClass = "rounded border border-rule bg-paper px-2 py-1";
export const compactLabelClass = "block text-sm font-medium";
