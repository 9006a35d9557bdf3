import { z } from "zod";

// Why a comment has its current status. Stored as JSON in Comment.reasons,
// shown to editors ("why is this in the queue"), and, for the rules marked
// safe, told to the author. Spam reasons are never told to the sender.

export const RULES = {
  "hold-all": { label: "Every comment is held for review", tellAuthor: true },
  "first-comment": { label: "First comment from this author", tellAuthor: true },
  links: { label: "Too many links", tellAuthor: true },
  "moderation-word": { label: "Matched a moderation word", tellAuthor: false },
  "disallowed-word": { label: "Matched a disallowed word", tellAuthor: false },
  honeypot: { label: "Filled the hidden spam-trap field", tellAuthor: false },
  editor: { label: "Set by an editor", tellAuthor: false },
  staff: { label: "Staff reply", tellAuthor: false },
} as const;

export type RuleId = keyof typeof RULES;

export type ModerationReason = { rule: RuleId; detail: string };

const reasonSchema = z.object({
  rule: z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]),
  detail: z.string(),
});

export function serializeReasons(reasons: ModerationReason[]): string {
  return JSON.stringify(reasons);
}

/** Reads stored reasons, dropping anything malformed rather than failing a page. */
export function parseReasons(json: string): ModerationReason[] {
  try {
    const parsed = z.array(z.unknown()).parse(JSON.parse(json));
    return parsed.flatMap((item) => {
      const result = reasonSchema.safeParse(item);
      return result.success ? [result.data] : [];
    });
  } catch {
    return [];
  }
}
