import "server-only";
import { createHash } from "node:crypto";
import { authorKey } from "./author-key";
import { placeReply } from "./threading";
import { transact } from "@/lib/events/outbox";
import { commentCreatedEvents } from "./events";
import { getDb } from "@/lib/db/client";
import { MESSAGES, authorNotice, commentsClosed, decide } from "./rules";
import { parseReasons, serializeReasons } from "@/lib/moderation/reasons";
import { secretFor, sign } from "@/lib/auth/secrets";
import { fieldErrors, postCommentSchema, type CommentFieldErrors } from "./validation";
import { getSettings } from "@/lib/settings/data";
import { claimInterval, isUniqueViolation, releaseInterval } from "@/lib/auth/throttle";
import { env } from "@/lib/env";
import { ipLimitKey } from "@/lib/http/ip-key";
import { duplicateKeys, duplicateOf, mailboxKey, type DuplicateKeys } from "./duplicate-keys";

/** A comment as the public sees it: never the email, IP or moderation data. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  avatarSeed: string;
  body: string;
  createdAt: string;
  isStaff: boolean;
  replies: PublicComment[];
};

/** The author's own comment that is not public yet. */
export type OwnPendingComment = Omit<PublicComment, "replies"> & { notice: string | null };

export type CommentThreadPage = {
  threads: PublicComment[];
  approvedCount: number;
  page: number;
  pageCount: number;
};

export type Sender = { ip: string; userAgent: string };

export type SubmitResult =
  | { ok: true; id: number; status: "approved" | "pending"; comment: OwnPendingComment; articleSlug: string }
  | { ok: false; code: "invalid"; message: string; fieldErrors: CommentFieldErrors }
  | { ok: false; code: "closed" | "not-found" | "flood" | "duplicate"; message: string };

const publicFields = {
  id: true,
  parentId: true,
  authorName: true,
  authorWebsite: true,
  authorKey: true,
  body: true,
  createdAt: true,
  isStaff: true,
} as const;

type PublicRow = {
  id: number;
  parentId: number | null;
  authorName: string;
  authorWebsite: string | null;
  authorKey: string;
  body: string;
  createdAt: Date;
  isStaff: boolean;
};

const avatarKey = secretFor("avatar");

function toPublic(row: PublicRow): PublicComment {
  return {
    id: row.id,
    parentId: row.parentId,
    authorName: row.authorName,
    authorUrl: row.authorWebsite,
    // Derived from the keyed author hash: stable per author, says nothing about the email.
    avatarSeed: createHash("sha256").update(`${avatarKey}:${row.authorKey}`).digest("hex").slice(0, 16),
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    isStaff: row.isStaff,
    replies: [],
  };
}

/**
 * One page of an article's approved threads, oldest first, each with all its
 * approved replies (public). Two indexed queries whatever the thread sizes.
 */
export async function listApprovedThreads(articleId: number, page: number): Promise<CommentThreadPage> {
  const db = await getDb();
  const { commentsPerPage } = await getSettings();
  const [approvedCount, topLevelCount] = await Promise.all([
    db.comment.count({ where: { articleId, status: "approved" } }),
    db.comment.count({ where: { articleId, status: "approved", parentId: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(topLevelCount / commentsPerPage));
  const current = Math.min(Math.max(1, page), pageCount);
  const top = await db.comment.findMany({
    where: { articleId, status: "approved", parentId: null },
    select: publicFields,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * commentsPerPage,
    take: commentsPerPage,
  });
  const replies = top.length
    ? await db.comment.findMany({
        where: { rootId: { in: top.map((c) => c.id) }, status: "approved" },
        select: publicFields,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const byId = new Map<number, PublicComment>();
  const threads = top.map((row) => {
    const comment = toPublic(row);
    byId.set(comment.id, comment);
    return comment;
  });
  const rootOf = new Map(replies.map((row) => [row.id, row]));
  for (const row of replies) {
    const comment = toPublic(row);
    byId.set(comment.id, comment);
  }
  for (const row of replies) {
    const comment = byId.get(row.id)!;
    // A reply whose parent is no longer public joins its nearest public ancestor.
    let parentId = row.parentId;
    while (parentId !== null && !byId.has(parentId)) parentId = rootOf.get(parentId)?.parentId ?? null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent) parent.replies.push(comment);
  }
  return { threads, approvedCount, page: current, pageCount };
}

/** The caller's own not-yet-public comments on an article, proven by signed tokens. */
export async function listOwnPendingComments(articleSlug: string, ids: number[]): Promise<OwnPendingComment[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db.comment.findMany({
    // Spam is shown to its sender exactly like a held comment: never explained.
    where: { id: { in: ids }, status: { in: ["pending", "spam"] }, article: { slug: articleSlug } },
    select: { ...publicFields, status: true, reasons: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ ...withoutReplies(toPublic(row)), notice: authorNotice(row.status, parseReasons(row.reasons)) }));
}

function withoutReplies(comment: PublicComment): Omit<PublicComment, "replies"> {
  const { replies: _replies, ...rest } = comment;
  return rest;
}

/** Approved comments of one article or of all, newest first, for feeds and the API (public). */
export async function listLatestApproved(options: { articleId?: number; take: number; skip?: number }) {
  const db = await getDb();
  const rows = await db.comment.findMany({
    where: { status: "approved", ...(options.articleId ? { articleId: options.articleId } : {}) },
    select: { ...publicFields, article: { select: { slug: true, title: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take,
    skip: options.skip ?? 0,
  });
  return rows.map((row) => ({ ...withoutReplies(toPublic(row)), articleSlug: row.article.slug, articleTitle: row.article.title }));
}

async function waitForDuplicate(keys: DuplicateKeys): Promise<boolean> {
  const db = await getDb();
  for (let attempt = 0; attempt < 6; attempt++) {
    if (await db.comment.findFirst({ where: duplicateOf(keys), select: { id: true } })) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * Posts a comment from the public (form or API): validates, applies the
 * moderation rules and stores it with its status and reasons. Anyone may
 * call it; what protects the site is the rules, flood control and limits.
 */
export async function submitComment(input: unknown, sender: Sender): Promise<SubmitResult> {
  const parsed = postCommentSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (Object.keys(errors).length > 0) {
      return { ok: false, code: "invalid", message: "Please correct the errors below.", fieldErrors: errors };
    }
    // Only the hidden fields (article, parent) are wrong: nothing to reply to.
    return { ok: false, code: "not-found", message: "The article or comment you are replying to is not available." };
  }
  const comment = parsed.data;
  const db = await getDb();
  const [article, settings] = await Promise.all([
    db.article.findUnique({ where: { slug: comment.article }, select: { id: true, slug: true, commentsOpen: true, publishedAt: true } }),
    getSettings(),
  ]);
  const now = new Date();
  if (!article || article.publishedAt > now) return { ok: false, code: "not-found", message: "That article does not exist." };
  if (commentsClosed({ settings, articleOpen: article.commentsOpen, articlePublishedAt: article.publishedAt, now })) {
    return { ok: false, code: "closed", message: MESSAGES.closed };
  }

  let parent = null;
  if (comment.parent !== null) {
    parent = await db.comment.findFirst({
      where: { id: comment.parent, articleId: article.id, status: "approved" },
      select: { id: true, rootId: true, parentId: true, depth: true },
    });
    if (!parent) return { ok: false, code: "not-found", message: "The comment you are replying to is not available." };
  }

  const key = authorKey(comment.name, comment.email, secretFor("author"));
  const dedupe = duplicateKeys({ articleId: article.id, ...comment }, secretFor("duplicate"));
  if (await db.comment.findFirst({ where: duplicateOf(dedupe), select: { id: true } })) {
    return { ok: false, code: "duplicate", message: MESSAGES.duplicate };
  }

  const floodKeys = settings.floodSeconds > 0
    ? [`flood:ip:${ipLimitKey(sender.ip, env.IPV6_PREFIX_LENGTH)}`, `flood:email:${sign("flood", mailboxKey(comment.email))}`]
    : [];
  const claimed: string[] = [];
  for (const floodKey of floodKeys) {
    if (await claimInterval(floodKey, settings.floodSeconds * 1000, now)) {
      claimed.push(floodKey);
      continue;
    }
    await Promise.all(claimed.map(releaseInterval));
    // Two identical posts racing (a double click): the first one holds the
    // flood slot; the second is the duplicate it is, not a flood.
    if (await waitForDuplicate(dedupe)) return { ok: false, code: "duplicate", message: MESSAGES.duplicate };
    return { ok: false, code: "flood", message: MESSAGES.flood };
  }

  const authorHasApproved =
    (await db.comment.findFirst({ where: { authorKey: key, status: "approved" }, select: { id: true } })) !== null;
  const decision = decide(
    { ...comment, ip: sender.ip, userAgent: sender.userAgent },
    { settings, articleOpen: article.commentsOpen, articlePublishedAt: article.publishedAt, now, authorHasApproved },
  );
  if (decision.kind === "reject") return { ok: false, code: decision.code, message: decision.message };

  const placement = placeReply(parent, settings.threadDepth);
  let row;
  try {
    // The comment and its events commit together (lib/events/outbox.ts).
    row = await transact(async (tx, events) => {
      const created = await tx.comment.create({
      data: {
        articleId: article.id,
        ...placement,
        authorName: comment.name,
        authorEmail: comment.email,
        authorWebsite: comment.website,
        authorKey: key,
        body: comment.body,
        status: decision.status,
        reasons: serializeReasons(decision.reasons),
        ip: sender.ip,
        userAgent: sender.userAgent.slice(0, 512),
        ...dedupe,
        createdAt: now,
      },
      select: publicFields,
      });
      for (const event of commentCreatedEvents(article.id, created.id, decision.status, decision.reasons)) events.record(event);
      return created;
    });
  } catch (error) {
    await Promise.all(claimed.map(releaseInterval));
    if (isUniqueViolation(error)) return { ok: false, code: "duplicate", message: MESSAGES.duplicate };
    throw error;
  }

  // Spam looks exactly like a held comment to its sender.
  const shownStatus = decision.status === "approved" ? "approved" : "pending";
  return {
    ok: true,
    id: row.id,
    status: shownStatus,
    articleSlug: article.slug,
    comment: { ...withoutReplies(toPublic(row)), notice: authorNotice(decision.status, decision.reasons) },
  };
}

/** Whether an article takes comments right now (public). */
export async function isDiscussionOpen(article: { commentsOpen: boolean; publishedAt: string }): Promise<boolean> {
  const settings = await getSettings();
  return !commentsClosed({ settings, articleOpen: article.commentsOpen, articlePublishedAt: new Date(article.publishedAt), now: new Date() });
}

/** An approved comment of this article that can be replied to (public). */
export async function getReplyTarget(articleId: number, commentId: number): Promise<{ id: number; name: string } | null> {
  const db = await getDb();
  const row = await db.comment.findFirst({
    where: { id: commentId, articleId, status: "approved" },
    select: { id: true, authorName: true },
  });
  return row ? { id: row.id, name: row.authorName } : null;
}
