import { z } from "zod";
import { QUEUES, STATUS_ACTIONS } from "./transitions";

// Schemas for the moderation screen: the queue's URL and every form it posts.
// Numbers arrive as strings from forms and URLs; anything malformed falls back
// to the default view rather than failing the page.

export const QUEUE_PAGE_SIZE = 20;
/** A bulk action touches at most this many comments in one transaction. */
export const MAX_BULK = 5000;
export const MAX_BODY = 65_525;

const CURSOR = /^\d{1,15}\.\d{1,12}$/;

export const queueQuerySchema = z.object({
  status: z.enum(QUEUES).catch("pending").default("pending"),
  article: z.string().trim().max(200).regex(/^[a-z0-9-]*$/).catch("").default(""),
  q: z.string().trim().max(200).catch("").default(""),
  order: z.enum(["newest", "oldest"]).catch("newest").default("newest"),
  after: z.string().regex(CURSOR).optional().catch(undefined),
  before: z.string().regex(CURSOR).optional().catch(undefined),
});

export type QueueQuery = z.output<typeof queueQuerySchema>;
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * What a bulk "all in this queue" acts on: the queue, article and search the
 * list showed, and `upTo`, the newest comment id when it was shown, so a
 * comment that arrives afterwards is never changed unseen.
 */
export type QueueFilter = Pick<QueueQuery, "status" | "article" | "q"> & { upTo?: number };

/** A status change on chosen comments, or on everything the current filter matches. */
export const moderateSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("selected"), action: z.enum(STATUS_ACTIONS), ids: z.array(id).min(1).max(MAX_BULK) }),
  z.object({
    scope: z.literal("all"),
    action: z.enum(STATUS_ACTIONS),
    filter: queueQuerySchema.pick({ status: true, article: true, q: true }).extend({ upTo: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() }),
  }),
]);

export type ModerateInput = z.output<typeof moderateSchema>;

export const deleteSchema = z.object({ ids: z.array(id).min(1).max(MAX_BULK) });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const body = z
  .string()
  .max(MAX_BODY, `The comment must be at most ${MAX_BODY.toLocaleString("en-US")} characters.`)
  .refine((value) => !LONE_SURROGATE.test(value), "The comment contains characters that cannot be shown.")
  .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), "The comment contains control characters.")
  .refine((value) => value.trim() !== "", "Please type the comment's text.");

export const editCommentSchema = z.object({ id, body });
export const staffReplySchema = z.object({ parentId: id, body });
export const undoSchema = z.object({ entries: z.array(id).min(1).max(MAX_BULK) });

const NOTHING_SELECTED = "Select at least one comment first.";

/**
 * What the queue's forms post, read as one request: a status action or a
 * permanent delete, on the chosen comments or on the whole filtered queue. A
 * refusal is at the path "form", the one message the notice shows.
 */
export const moderationRequestSchema = z
  .object({
    intent: z.string(),
    scope: z.string(),
    id: z.array(z.string()),
    status: z.unknown(),
    article: z.unknown(),
    q: z.unknown(),
    upTo: z.unknown(),
  })
  .transform((raw, context) => {
    const refuse = (message: string) => {
      context.addIssue({ code: "custom", path: ["form"], message });
      return z.NEVER;
    };
    if (raw.intent === "delete") {
      const parsed = deleteSchema.safeParse({ ids: raw.id });
      return parsed.success ? { kind: "delete" as const, ids: parsed.data.ids } : refuse(NOTHING_SELECTED);
    }
    const parsed = moderateSchema.safeParse(
      raw.scope === "all"
        ? { scope: "all", action: raw.intent, filter: { status: raw.status, article: raw.article ?? "", q: raw.q ?? "", upTo: raw.upTo ?? undefined } }
        : { scope: "selected", action: raw.intent, ids: raw.id },
    );
    if (!parsed.success) return refuse(raw.intent === "" ? "Choose a bulk action first." : NOTHING_SELECTED);
    return { kind: "status" as const, input: parsed.data };
  });

/** The Undo button's audit entries, comma-separated. */
export const undoRequestSchema = z.object({ entries: z.string() }).transform((raw, context) => {
  const parsed = undoSchema.safeParse({ entries: raw.entries.split(",").filter(Boolean) });
  if (parsed.success) return parsed.data;
  context.addIssue({ code: "custom", path: ["form"], message: "Nothing to undo." });
  return z.NEVER;
});

export const auditQuerySchema = z.object({
  comment: id.optional().catch(undefined),
  before: id.optional().catch(undefined),
});

/** Encodes a keyset position: creation time in ms and id, both needed to break ties. */
export function encodeCursor(createdAt: Date, commentId: number): string {
  return `${createdAt.getTime()}.${commentId}`;
}

export function decodeCursor(cursor: string): { createdAt: Date; id: number } {
  const [ms, commentId] = cursor.split(".");
  return { createdAt: new Date(Number(ms)), id: Number(commentId) };
}
