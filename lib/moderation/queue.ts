import type { Prisma } from "../../generated/sqlite/client";
import type { Db } from "@/lib/db/prisma-client";
import { likeLiteral } from "@/lib/db/like-escape";
import { decodeCursor, encodeCursor, QUEUE_PAGE_SIZE, type QueueFilter, type QueueQuery } from "./validation";
import { describeReasons } from "./describe-reasons";
import { parseReasons } from "./reasons";
import { isCommentStatus, type CommentStatus, type Queue } from "./transitions";

// The moderation queue's read path, shared by the data layer and
// bench/moderation-queue.mjs so the benchmark times the real query code.


export type QueueCounts = Record<Queue, number>;

export type AuthorHistory = { approved: number; pending: number; spam: number; trash: number; firstSeen: string };

/** One card of the queue: everything an editor needs to decide, as plain data. */
export type QueueItem = {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorWebsite: string | null;
  ip: string;
  userAgent: string;
  isStaff: boolean;
  body: string;
  createdAt: string;
  article: { slug: string; title: string };
  parent: { id: number; authorName: string; excerpt: string; status: CommentStatus } | null;
  reasons: string[];
  history: AuthorHistory;
};

export type QueuePage = {
  items: QueueItem[];
  counts: QueueCounts;
  /** How many comments the current queue, article and search match ("Apply to all N"). */
  total: number;
  /** The newest comment id when this page was read: "Apply to all N" acts on nothing newer. */
  upTo: number;
  newer: string | null;
  older: string | null;
  articles: { slug: string; title: string }[];
};

const EXCERPT = 140;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

export function asStatus(value: string): CommentStatus {
  // Rows are written only through this layer and the rules module; an
  // unexpected value is shown as pending so a person looks at it.
  return isCommentStatus(value) ? value : "pending";
}

export async function articleIdFor(db: Db, slug: string): Promise<number | null | undefined> {
  if (!slug) return undefined;
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  return article?.id ?? null;
}

/**
 * Search matches the typed text literally ("50%" is not a pattern, see
 * lib/db/like-escape.ts) and without regard to case on both databases:
 * SQLite's LIKE already does (for ASCII); PostgreSQL needs Prisma's
 * `mode: "insensitive"`, which the SQLite client's types do not know, hence
 * the cast.
 */
function textMatch(q: string, flavor: DatabaseFlavor): Prisma.StringFilter {
  const contains = likeLiteral(q);
  return (flavor === "postgres" ? { contains, mode: "insensitive" } : { contains }) as Prisma.StringFilter;
}

export type DatabaseFlavor = "sqlite" | "postgres";

export function filterWhere(filter: QueueFilter, articleId: number | null | undefined, flavor: DatabaseFlavor = "sqlite"): Prisma.CommentWhereInput {
  const where: Prisma.CommentWhereInput = {};
  if (filter.status !== "all") where.status = filter.status;
  // An unknown article slug matches nothing rather than everything.
  if (articleId !== undefined) where.articleId = articleId ?? -1;
  if (filter.upTo !== undefined) where.id = { lte: filter.upTo };
  if (filter.q) {
    where.OR = [
      { body: textMatch(filter.q, flavor) },
      { authorName: textMatch(filter.q, flavor) },
      { authorEmail: textMatch(filter.q, flavor) },
      { authorWebsite: textMatch(filter.q, flavor) },
      { ip: textMatch(filter.q, flavor) },
    ];
  }
  return where;
}

/**
 * One page of a moderation queue with the counts of every queue. No caller
 * check here: lib/moderation/data.ts (listQueue) checks the editor first.
 * Keyset pagination on (createdAt, id) over the [status, createdAt] and
 * [articleId, status, createdAt] indexes, so page 500 costs what page 1 does;
 * counts are one GROUP BY on indexed columns; parents and author histories
 * are fetched in one batch each for the whole page.
 */
export async function queryQueue(db: Db, query: QueueQuery, flavor: DatabaseFlavor = "sqlite"): Promise<QueuePage> {
  const [articleId, newest] = await Promise.all([
    articleIdFor(db, query.article),
    db.comment.findFirst({ orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  const upTo = newest?.id ?? 0;
  // The list and its total stop at `upTo` too, so N is exactly what a bulk action may touch.
  const base = filterWhere({ ...query, upTo }, articleId, flavor);

  const newestFirst = query.order === "newest";
  const cursor = query.before ? decodeCursor(query.before) : query.after ? decodeCursor(query.after) : null;
  // "before" pages walk back towards the top of the list, so they read in the opposite order.
  const backwards = Boolean(query.before);
  const descending = newestFirst !== backwards;
  let where = base;
  if (cursor) {
    const cmp = descending ? "lt" : "gt";
    const cmpEq = descending ? "lte" : "gte";
    // createdAt <= c AND (createdAt < c OR id < i): the first half is an index
    // range, so deep pages do not rescan the pages before them.
    where = {
      AND: [
        base,
        { createdAt: { [cmpEq]: cursor.createdAt } },
        { OR: [{ createdAt: { [cmp]: cursor.createdAt } }, { id: { [cmp]: cursor.id } }] },
      ],
    };
  }
  const direction = descending ? "desc" : "asc";

  const countWhere: Prisma.CommentWhereInput = articleId !== undefined ? { articleId: articleId ?? -1 } : {};
  const [rows, grouped, articles] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: QUEUE_PAGE_SIZE + 1,
      select: {
        id: true,
        status: true,
        authorName: true,
        authorEmail: true,
        authorWebsite: true,
        authorKey: true,
        ip: true,
        userAgent: true,
        isStaff: true,
        body: true,
        reasons: true,
        parentId: true,
        createdAt: true,
        article: { select: { slug: true, title: true } },
      },
    }),
    db.comment.groupBy({ by: ["status"], where: countWhere, _count: { _all: true } }),
    db.article.findMany({ select: { slug: true, title: true }, orderBy: { publishedAt: "desc" } }),
  ]);

  const counts: QueueCounts = { pending: 0, approved: 0, spam: 0, trash: 0, all: 0 };
  for (const group of grouped) {
    if (isCommentStatus(group.status)) counts[group.status] = group._count._all;
    counts.all += group._count._all;
  }
  const total = query.q ? await db.comment.count({ where: base }) : counts[query.status];

  const hasMore = rows.length > QUEUE_PAGE_SIZE;
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  if (backwards) page.reverse();

  const [parents, histories] = await Promise.all([
    loadParents(db, page.flatMap((row) => (row.parentId === null ? [] : [row.parentId]))),
    loadHistories(db, [...new Set(page.map((row) => row.authorKey))]),
  ]);

  const items: QueueItem[] = page.map((row) => ({
    id: row.id,
    status: asStatus(row.status),
    authorName: row.authorName,
    authorEmail: row.authorEmail,
    authorWebsite: row.authorWebsite,
    ip: row.ip,
    userAgent: row.userAgent,
    isStaff: row.isStaff,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    article: row.article,
    parent: row.parentId === null ? null : (parents.get(row.parentId) ?? null),
    reasons: describeReasons(parseReasons(row.reasons)),
    history: histories.get(row.authorKey) ?? { approved: 0, pending: 0, spam: 0, trash: 0, firstSeen: row.createdAt.toISOString() },
  }));

  const first = page[0];
  const last = page[page.length - 1];
  // A next page exists in reading order when we read past it (or came from it).
  const hasNewer = backwards ? hasMore : cursor !== null;
  const hasOlder = backwards ? true : hasMore;
  return {
    items,
    counts,
    total,
    upTo,
    newer: first && hasNewer ? encodeCursor(first.createdAt, first.id) : null,
    older: last && hasOlder ? encodeCursor(last.createdAt, last.id) : null,
    articles,
  };
}

async function loadParents(db: Db, ids: number[]): Promise<Map<number, NonNullable<QueueItem["parent"]>>> {
  if (ids.length === 0) return new Map();
  const rows = await db.comment.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, authorName: true, body: true, status: true },
  });
  return new Map(rows.map((row) => [row.id, { id: row.id, authorName: row.authorName, excerpt: excerpt(row.body), status: asStatus(row.status) }]));
}

async function loadHistories(db: Db, keys: string[]): Promise<Map<string, AuthorHistory>> {
  if (keys.length === 0) return new Map();
  const groups = await db.comment.groupBy({
    by: ["authorKey", "status"],
    where: { authorKey: { in: keys } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  const histories = new Map<string, AuthorHistory>();
  for (const group of groups) {
    const history = histories.get(group.authorKey) ?? { approved: 0, pending: 0, spam: 0, trash: 0, firstSeen: "" };
    if (isCommentStatus(group.status)) history[group.status] = group._count._all;
    const seen = group._min.createdAt?.toISOString() ?? "";
    if (seen && (!history.firstSeen || seen < history.firstSeen)) history.firstSeen = seen;
    histories.set(group.authorKey, history);
  }
  return histories;
}

