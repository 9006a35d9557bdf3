import { randomUUID } from "node:crypto";
import { authorKey } from "../../lib/comments/author-key";
import { deriveKey } from "../../lib/auth/crypto";
import { createPrismaClient, type Db } from "../../lib/db/prisma-client";
import { upsertUserAccount } from "../../lib/users/accounts";
import { upsertUserSchema } from "../../lib/users/validation";
import { recordEvents, type DatabaseFlavor, type Tx } from "../../lib/events/record";
import type { DomainEvent } from "../../lib/events/types";
import { assertThrowawayDatabase } from "./throwaway";

// Direct database access for arranging test data. Each test makes its own
// article and authors, so tests never depend on each other's comments.

let client: Promise<Db> | undefined;

export function db(): Promise<Db> {
  assertThrowawayDatabase();
  client ??= createPrismaClient(process.env.DATABASE_URL);
  return client;
}

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createArticle(options: { commentsOpen?: boolean; title?: string } = {}) {
  const slug = unique("test-article");
  return (await db()).article.create({
    data: {
      slug,
      title: options.title ?? `Test article ${slug}`,
      body: "A first paragraph for testing.\n\nA second paragraph.",
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      commentsOpen: options.commentsOpen ?? true,
    },
    select: { id: true, slug: true, title: true },
  });
}

export type SettingsPatch = Partial<{
  holdAll: boolean;
  requirePriorApproval: boolean;
  linkLimit: number;
  moderationWords: string;
  disallowedWords: string;
  floodSeconds: number;
  threadDepth: number;
  commentsPerPage: number;
  closeAfterDays: number;
}>;

export const DEFAULT_SETTINGS: Required<SettingsPatch> = {
  holdAll: false,
  requirePriorApproval: true,
  linkLimit: 2,
  moderationWords: "",
  disallowedWords: "",
  floodSeconds: 15,
  threadDepth: 5,
  commentsPerPage: 50,
  closeAfterDays: 0,
};

/** Sets discussion settings for a test (the rest back to WordPress's defaults). */
export async function useSettings(patch: SettingsPatch = {}): Promise<void> {
  const data = { ...DEFAULT_SETTINGS, ...patch };
  await writeThrough(async (tx) => {
    await tx.settings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    return { result: undefined, events: [{ type: "settings.changed", payload: { fields: Object.keys(patch) } }] };
  });
  await (await db()).throttle.deleteMany({ where: { key: { startsWith: "flood:" } } });
}

/** Comments of an article with everything an editor would see. */
export async function commentsOf(articleId: number) {
  return (await db()).comment.findMany({
    where: { articleId },
    omit: { authorEmail: false },
    orderBy: { id: "asc" },
  });
}

/** The run's database kind (scripts/e2e.mjs sets DATABASE_URL). */
function databaseFlavor(): DatabaseFlavor {
  return (process.env.DATABASE_URL ?? "").startsWith("file:") ? "sqlite" : "postgres";
}

/**
 * Arranges data the way the app writes it: the change and its events in one
 * transaction (lib/events/record.ts), so every server instance hears of it
 * exactly as it would of an editor's change.
 */
export async function writeThrough<T>(work: (tx: Tx) => Promise<{ result: T; events: DomainEvent[] }>): Promise<T> {
  const flavor = databaseFlavor();
  return (await db()).$transaction(async (tx) => {
    const { result, events } = await work(tx);
    await recordEvents(tx, flavor, events);
    return result;
  });
}

/** Moves a comment to a status as an editor would (with its event). */
export async function setStatus(commentId: number, status: "pending" | "approved" | "spam" | "trash"): Promise<void> {
  await writeThrough(async (tx) => {
    const before = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: { status: true, articleId: true } });
    await tx.comment.update({ where: { id: commentId }, data: { status } });
    const type = ({ approved: "comment.approved", pending: "comment.held", spam: "comment.spammed", trash: "comment.trashed" } as const)[status];
    return { result: undefined, events: [{ type, articleId: before.articleId, commentId, payload: { from: before.status, to: status } }] };
  });
}

/** Publishes a comment as an editor would, and tells every server instance. */
export async function approve(commentId: number, _slug?: string): Promise<void> {
  await setStatus(commentId, "approved");
}

/** An approved comment, straight into the database (for threads and public output). */
export async function createApprovedComment(article: { id: number; slug: string }, fields: { name: string; email: string; body: string; website?: string; parentId?: number }) {
  const database = await db();
  const parent = fields.parentId
    ? await database.comment.findUniqueOrThrow({ where: { id: fields.parentId }, select: { id: true, rootId: true, depth: true } })
    : null;
  const row = await writeThrough(async (tx) => {
    const created = await tx.comment.create({
    data: {
      articleId: article.id,
      parentId: parent?.id ?? null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      depth: parent ? parent.depth + 1 : 1,
      authorName: fields.name,
      authorEmail: fields.email,
      authorWebsite: fields.website ?? null,
      // The same keyed hash the server computes, so this author counts as
      // "has an approved comment" when they post through the form.
      authorKey: authorKey(fields.name, fields.email, deriveKey(process.env.AUTH_SECRET!, "author")),
      body: fields.body,
      status: "approved",
      ip: "192.0.2.10",
    },
    select: { id: true },
    });
    return { result: created, events: [{ type: "comment.created", articleId: article.id, commentId: created.id, payload: { status: "approved" } }] };
  });
  return row;
}

type Delegate = Record<string, (args: unknown) => Promise<unknown>>;

/** Creates or updates an account with the app's own code (argon2id hash, zod validation). */
export async function upsertUser(input: { email: string; password: string; role: "admin" | "editor"; name: string }) {
  return upsertUserAccount(await db(), databaseFlavor(), upsertUserSchema.parse(input));
}

/**
 * Runs one Prisma call by name, e.g. `dbQuery<{ disabled: boolean } | null>("user", "findUnique", { where: { id } })`.
 * The result type is the caller's to state.
 */
export async function dbQuery<T>(model: string, method: string, args?: unknown): Promise<T> {
  const delegate = ((await db()) as unknown as Record<string, Delegate | undefined>)[model];
  const call = delegate?.[method];
  if (!delegate || typeof call !== "function") throw new Error(`No such query: ${model}.${method}`);
  return (await call.call(delegate, args)) as T;
}
