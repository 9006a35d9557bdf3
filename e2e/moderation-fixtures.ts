import { randomBytes } from "node:crypto";
import { expect, type Page, type Request } from "@playwright/test";
import { serializeReasons, type ModerationReason } from "../lib/moderation/reasons";
import { dbQuery, writeThrough } from "./support/db";

// Comments written straight into the e2e database, each test on its own
// article so tests never see each other's comments.

export function uniqueTag(label: string): string {
  return `${label}-${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
}

export async function createArticle(label = "mod"): Promise<{ id: number; slug: string; title: string }> {
  const slug = uniqueTag(label).toLowerCase();
  return dbQuery<{ id: number; slug: string; title: string }>("article", "create", {
    data: { slug, title: `Moderation test ${slug}`, body: "A test article.\n\nSecond paragraph.", publishedAt: new Date(Date.now() - 86_400_000) },
    select: { id: true, slug: true, title: true },
  });
}

export type NewComment = {
  articleId: number;
  authorName: string;
  authorEmail?: string;
  authorWebsite?: string | null;
  body?: string;
  status?: "pending" | "approved" | "spam" | "trash";
  reasons?: ModerationReason[];
  parentId?: number | null;
  ip?: string;
  userAgent?: string;
  createdAt?: Date;
};

export async function createComment(input: NewComment): Promise<{ id: number }> {
  const email = input.authorEmail ?? `${input.authorName.toLowerCase().replace(/\W+/g, ".")}@example.test`;
  let placement: { parentId: number | null; rootId: number | null; depth: number } = { parentId: null, rootId: null, depth: 1 };
  if (input.parentId) {
    const parent = await dbQuery<{ id: number; rootId: number | null; depth: number }>("comment", "findUniqueOrThrow", {
      where: { id: input.parentId },
      select: { id: true, rootId: true, depth: true },
    });
    placement = { parentId: parent.id, rootId: parent.rootId ?? parent.id, depth: parent.depth + 1 };
  }
  const status = input.status ?? "pending";
  return writeThrough(async (tx) => {
    const created = await tx.comment.create({
    data: {
      articleId: input.articleId,
      ...placement,
      authorName: input.authorName,
      authorEmail: email,
      authorWebsite: input.authorWebsite ?? null,
      authorKey: `e2e:${email}`,
      body: input.body ?? `A comment by ${input.authorName}.`,
      status,
      reasons: serializeReasons(input.reasons ?? [{ rule: "first-comment", detail: "" }]),
      ip: input.ip ?? "203.0.113.7",
      userAgent: input.userAgent ?? "Mozilla/5.0 (e2e)",
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    select: { id: true },
    });
    return { result: created, events: [{ type: "comment.created", articleId: input.articleId, commentId: created.id, payload: { status } }] };
  });
}

export async function statusOf(id: number): Promise<string | null> {
  return (await dbQuery<{ status: string } | null>("comment", "findUnique", { where: { id }, select: { status: true } }))?.status ?? null;
}

export type AuditRow = { action: string; fromStatus: string | null; toStatus: string | null; actorId: number | null };

export async function auditEntries(commentId: number): Promise<AuditRow[]> {
  return dbQuery<AuditRow[]>("auditLog", "findMany", { where: { commentId }, orderBy: { id: "asc" }, select: { action: true, fromStatus: true, toStatus: true, actorId: true } }) as Promise<AuditRow[]>;
}

/** The queue filtered to one article, so a test sees only its own comments. */
export async function openQueue(page: Page, slug: string, status = "pending"): Promise<void> {
  await page.goto(`/dashboard?status=${status}&article=${slug}`);
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
}

export function card(page: Page, authorName: string) {
  return page.getByRole("article", { name: authorName });
}

/** Waits for the server action POST the browser is about to send. */
export function nextActionRequest(page: Page): Promise<Request> {
  return page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
}

export { dbQuery };
