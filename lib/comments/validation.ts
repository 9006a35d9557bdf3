import { z } from "zod";

// One schema for the comment form, the server action and the JSON API.
// Limits are WordPress's (wp_get_comment_fields_max_lengths).
export const COMMENT_LIMITS = { name: 245, email: 100, website: 200, body: 65_525 } as const;

// C0 controls other than tab, line feed and carriage return, and DEL: they
// have no business in a comment and NUL in particular breaks tools downstream.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Bidi embedding/override/isolate controls can make a name or address read
// differently from what it is. They are refused in single-line fields; in a
// comment body they are kept but shown inside an isolated box.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

// U+FFFE and U+FFFF are noncharacters that XML cannot carry even as a
// reference, so a feed could not show them as written (lib/feeds/xml.ts).
const XML_NONCHARACTER = /[\uFFFE\uFFFF]/;

function wellFormed(value: string): boolean {
  return value.isWellFormed() && !XML_NONCHARACTER.test(value);
}

const singleLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(wellFormed, `${label} contains characters that cannot be shown.`)
    .refine((value) => !CONTROL.test(value) && !LINE_BREAK.test(value), `${label} must be a single line of text.`)
    .refine((value) => !BIDI_CONTROL.test(value), `${label} contains invisible text-direction characters.`);

export const commentFieldsSchema = z.object({
  body: z
    .string()
    .max(COMMENT_LIMITS.body, `Your comment must be at most ${COMMENT_LIMITS.body.toLocaleString("en-US")} characters.`)
    .refine(wellFormed, "Your comment contains characters that cannot be shown.")
    .refine((value) => !CONTROL.test(value), "Your comment contains control characters that cannot be shown.")
    .refine((value) => value.trim() !== "", "Please type your comment."),
  name: singleLine("Name", COMMENT_LIMITS.name).refine((value) => value !== "", "Please enter your name."),
  email: singleLine("Email", COMMENT_LIMITS.email)
    .refine((value) => value !== "", "Please enter your email address.")
    .pipe(z.email("Please enter a valid email address, like name@example.com.")),
  // Optional: absent, null and "" all mean no website.
  website: z.preprocess((value) => value ?? "", singleLine("Website", COMMENT_LIMITS.website))
    .refine((value) => value === "" || isHttpUrl(value), "Website must be an address starting with http:// or https://.")
    .transform((value) => (value === "" ? null : new URL(value).toString())),
});

export const postCommentSchema = commentFieldsSchema.extend({
  article: z.string().trim().min(1, "Unknown article.").max(200),
  parent: z
    .union([z.number(), z.string()])
    .optional()
    .transform((value) => (value === undefined || value === "" ? null : Number(value)))
    .refine((value) => value === null || (Number.isSafeInteger(value) && value > 0), "That comment cannot be replied to."),
  /** The honeypot: people never see it, so anything in it came from a bot. */
  trap: z.string().max(1000).optional().default(""),
});

export type PostCommentInput = z.input<typeof postCommentSchema>;
export type ValidComment = z.output<typeof postCommentSchema>;
export type CommentField = "body" | "name" | "email" | "website";
export type CommentFieldErrors = Partial<Record<CommentField, string>>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** The first message for each field, in the order the form shows them. */
export function fieldErrors(error: z.ZodError): CommentFieldErrors {
  const errors: CommentFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === "body" || field === "name" || field === "email" || field === "website") {
      errors[field] ??= issue.message;
    }
  }
  return errors;
}

const formText = z.string({ error: "Send this field once, as text." });

/**
 * The comment form as WordPress names its fields (author, url, comment,
 * comment_parent), read into what submitComment() validates. `js` tells a
 * script-enhanced post (answered in place) from a plain one (redirected).
 */
export const commentFormSchema = z
  .object({
    article: formText,
    comment_parent: formText,
    author: formText,
    email: formText,
    url: formText,
    comment: formText,
    company: formText,
    js: formText,
  })
  .transform((form) => ({
    article: form.article,
    parent: form.comment_parent === "0" ? "" : form.comment_parent,
    trap: form.company,
    name: form.author,
    email: form.email,
    website: form.url,
    body: form.comment,
    enhanced: form.js === "1",
  }));
