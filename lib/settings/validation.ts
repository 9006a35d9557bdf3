import { z } from "zod";

// The discussion settings form. Checkboxes arrive as "on" or not at all;
// numbers as text. Limits are WordPress's where it has them, generous elsewhere.

const checkbox = z
  .enum(["on", "true"])
  .optional()
  .transform((value) => value !== undefined);

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

/** One word or phrase per line; trimmed, lower-cased, blank lines and repeats dropped. */
export function normalizeWordList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim().toLowerCase();
    if (word !== "") seen.add(word);
  }
  return [...seen];
}

const wordList = (label: string) =>
  z
    .string()
    .max(20_000, `${label}: at most 20,000 characters.`)
    .default("")
    .transform(normalizeWordList)
    .refine((words) => words.length <= 1000, `${label}: at most 1,000 entries.`)
    .refine((words) => words.every((word) => word.length <= 100), `${label}: each entry at most 100 characters.`);

export const updateSettingsSchema = z.object({
  holdAll: checkbox,
  requirePriorApproval: checkbox,
  /** 0 turns the link check off (as in WordPress). */
  linkLimit: wholeNumber("The link limit", 0, 100),
  moderationWords: wordList("Moderation words"),
  disallowedWords: wordList("Disallowed words"),
  /** 0 turns flood control off. */
  floodSeconds: wholeNumber("The seconds between comments", 0, 3600),
  threadDepth: wholeNumber("Thread depth", 2, 10),
  commentsPerPage: wholeNumber("Comments per page", 1, 500),
  /** 0 never closes comments automatically. */
  closeAfterDays: wholeNumber("The number of days", 0, 36_500),
});
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
