// Log lines that include anything a reader sent (an email typed at sign-in, an
// IP taken from X-Forwarded-For, a message an auth library built from the
// request) quote it first, so the value can never start a new line, forge a
// `[auth]` entry of its own, or reorder what a terminal shows.

// JSON.stringify escapes quotes, backslashes and C0 controls (newline, CR,
// ESC) but leaves these as they are: C1 controls, the line and paragraph
// separators some viewers break lines on, and bidi controls that reverse text.
const UNSAFE_AFTER_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A reader-supplied value as one inert, double-quoted token for a log line. */
export function logValue(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text).replace(UNSAFE_AFTER_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A tagged template for log lines: every interpolated value is quoted with
 * logValue, the literal text is kept as written.
 * logLine`[auth] sign-in locked for ${email}` → `[auth] sign-in locked for "a@b.c"`.
 */
export function logLine(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((line, part, index) => line + part + (index < values.length ? logValue(values[index]) : ""), "");
}
