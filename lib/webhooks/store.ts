import "server-only";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { transact } from "@/lib/events/outbox";
import type { StoredEvent } from "@/lib/events/types";
import { parseEventList } from "./event-types";
import { webhookBody, type WebhookArticle, type WebhookComment } from "./payload";
import { afterAttempt, CLAIM_MS, KEPT_DELIVERIES, MAX_CONSECUTIVE_FAILURES, nextStep } from "./policy";
import type { PostResult } from "./http";

// The webhook tables as the outbox consumer and the sender use them. No
// caller check here: nobody calls these but lib/webhooks/consumer.ts and
// lib/webhooks/sender.ts, on events and rows already in the database. Admin
// requests go through lib/webhooks/data.ts.

/**
 * Turns a batch of events into delivery rows, one per event and matching
 * enabled endpoint, in one transaction. Safe to repeat (the runner replays a
 * batch after a crash): pairs that already have a row are left alone.
 */
export async function createDeliveries(events: StoredEvent[]): Promise<number> {
  try {
    return await createDeliveriesOnce(events);
  } catch (error) {
    // Another instance made some of the same rows at the same moment
    // (PostgreSQL): once more, and the rows it made are skipped.
    if (!isUniqueViolation(error)) throw error;
    return createDeliveriesOnce(events);
  }
}

async function createDeliveriesOnce(events: StoredEvent[]): Promise<number> {
  const db = await getDb();
  const endpoints = (await db.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, events: true } })).map((e) => ({ id: e.id, events: new Set<string>(parseEventList(e.events)) }));
  if (endpoints.length === 0) return 0;
  const wanted = events.flatMap((event) =>
    endpoints
      .filter((endpoint) => (event.type === "webhook.test" ? event.payload.endpointId === endpoint.id : endpoint.events.has(event.type)))
      .map((endpoint) => ({ event, endpointId: endpoint.id })),
  );
  if (wanted.length === 0) return 0;
  const commentIds = [...new Set(wanted.flatMap(({ event }) => (event.commentId === null ? [] : [event.commentId])))];
  const articleIds = [...new Set(wanted.flatMap(({ event }) => (event.articleId === null ? [] : [event.articleId])))];
  const [comments, articles] = await Promise.all([
    // Only what a public page could show: no email, no IP (lib/webhooks/payload.ts).
    db.comment.findMany({
      where: { id: { in: commentIds } },
      select: { id: true, parentId: true, status: true, authorName: true, authorWebsite: true, body: true, isStaff: true, createdAt: true },
    }),
    db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, slug: true, title: true } }),
  ]);
  const commentById = new Map<number, WebhookComment>(comments.map((c) => [c.id, c]));
  const articleById = new Map<number, WebhookArticle>(articles.map((a) => [a.id, a]));
  return db.$transaction(async (tx) => {
    const existing = await tx.webhookDelivery.findMany({
      where: { eventId: { in: [...new Set(wanted.map((w) => w.event.id))] } },
      select: { endpointId: true, eventId: true },
    });
    const done = new Set(existing.map((row) => `${row.endpointId}:${row.eventId}`));
    const rows = wanted
      .filter(({ event, endpointId }) => !done.has(`${endpointId}:${event.id}`))
      .map(({ event, endpointId }) => ({
        endpointId,
        eventId: event.id,
        eventType: event.type,
        body: JSON.stringify(
          webhookBody(event, {
            comment: event.commentId === null ? null : commentById.get(event.commentId),
            article: event.articleId === null ? null : articleById.get(event.articleId),
            siteUrl: env.SITE_URL,
          }),
        ),
      }));
    if (rows.length > 0) await tx.webhookDelivery.createMany({ data: rows });
    return rows.length;
  });
}

export type Claimed = { id: number; attempts: number; eventType: string; body: string; endpoint: { id: number; url: string; secret: string } };

// Also in the PostgreSQL claim below, spelled out.
const CLAIMABLE = ["pending", "retrying", "sending"];

/**
 * Takes up to `limit` due deliveries of enabled endpoints for this process.
 * A claim marks the row "sending" and counts the attempt; it lasts CLAIM_MS,
 * longer than any attempt, so an instance that dies mid-send leaves the row
 * to be taken again later, and no row is ever sent by two senders at once.
 */
export async function claimDue(limit: number, now = new Date()): Promise<Claimed[]> {
  const db = await getDb();
  const until = new Date(now.getTime() + CLAIM_MS);
  let ids: { id: number; attempts: number }[];
  if (env.databaseFlavor === "postgres") {
    // SKIP LOCKED: instances claiming at the same moment each take other rows.
    ids = await db.$queryRaw<{ id: number; attempts: number }[]>`
      UPDATE "WebhookDelivery" AS d SET "status" = 'sending', "attempts" = d."attempts" + 1, "nextAttemptAt" = ${until}
      WHERE d."id" IN (
        SELECT w."id" FROM "WebhookDelivery" w JOIN "WebhookEndpoint" e ON e."id" = w."endpointId"
        WHERE e."enabled" AND w."status" IN ('pending', 'retrying', 'sending') AND w."nextAttemptAt" <= ${now}
        ORDER BY w."nextAttemptAt", w."id" LIMIT ${limit}
        FOR UPDATE OF w SKIP LOCKED
      )
      RETURNING d."id", d."attempts"`;
  } else {
    // One process per SQLite file; the conditional update still makes a
    // second claim of the same row (an overlapping pass) take nothing.
    const due = await db.webhookDelivery.findMany({
      where: { status: { in: CLAIMABLE }, nextAttemptAt: { lte: now }, endpoint: { enabled: true } },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, status: true, attempts: true, nextAttemptAt: true },
    });
    ids = [];
    for (const row of due) {
      const { count } = await db.webhookDelivery.updateMany({
        where: { id: row.id, status: row.status, attempts: row.attempts, nextAttemptAt: row.nextAttemptAt },
        data: { status: "sending", attempts: row.attempts + 1, nextAttemptAt: until },
      });
      if (count === 1) ids.push({ id: row.id, attempts: row.attempts + 1 });
    }
  }
  if (ids.length === 0) return [];
  const rows = await db.webhookDelivery.findMany({
    where: { id: { in: ids.map((r) => Number(r.id)) } },
    select: { id: true, attempts: true, eventType: true, body: true, endpoint: { select: { id: true, url: true, secret: true } } },
    orderBy: { id: "asc" },
  });
  return rows;
}

/** When the next claimable delivery falls due, or null when none waits. */
export async function nextDueAt(): Promise<Date | null> {
  const db = await getDb();
  const row = await db.webhookDelivery.findFirst({
    where: { status: { in: CLAIMABLE }, endpoint: { enabled: true } },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  return row?.nextAttemptAt ?? null;
}

/**
 * Records how an attempt went, if the claim is still ours (same attempt
 * count, still sending), and moves the endpoint's run of failures. The tenth
 * failure in a row disables the endpoint, with an audit entry and a
 * webhook.changed event in the same transaction; admins see it on the
 * Webhooks page and the dashboard.
 */
export async function finishAttempt(claim: Claimed, result: PostResult, now = new Date()): Promise<void> {
  const step = nextStep(claim.attempts, result.ok, env.WEBHOOK_RETRY_BASE_MS);
  await transact(async (tx, events) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: claim.id, status: "sending", attempts: claim.attempts },
      data: {
        status: step.status,
        httpStatus: result.httpStatus,
        durationMs: result.durationMs,
        error: result.error,
        nextAttemptAt: step.status === "retrying" ? new Date(now.getTime() + step.delayMs) : now,
        ...(step.status === "delivered" ? { deliveredAt: now } : {}),
      },
    });
    if (count !== 1) return;
    if (result.ok) {
      await tx.webhookEndpoint.updateMany({ where: { id: claim.endpoint.id }, data: { consecutiveFailures: 0 } });
      return;
    }
    // Counted in the database, not from a value read earlier: attempts of one endpoint may finish at once.
    const { count: found } = await tx.webhookEndpoint.updateMany({ where: { id: claim.endpoint.id }, data: { consecutiveFailures: { increment: 1 } } });
    if (found !== 1) return;
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: claim.endpoint.id }, select: { consecutiveFailures: true, enabled: true, url: true } });
    if (!endpoint.enabled || !afterAttempt(endpoint.consecutiveFailures - 1, false).disable) return;
    const reason = `Disabled after ${MAX_CONSECUTIVE_FAILURES} failed deliveries in a row; the last: ${result.error ?? "no answer"}`;
    await tx.webhookEndpoint.update({ where: { id: claim.endpoint.id }, data: { enabled: false, disabledAt: now, disabledReason: reason } });
    await tx.auditLog.create({ data: { actorId: null, action: "webhook.disable", detail: `${endpoint.url}: ${reason}` } });
    events.record({ type: "webhook.changed", payload: { endpointId: claim.endpoint.id, change: "disabled-after-failures" } });
  });
}

/** Keeps an endpoint's newest KEPT_DELIVERIES deliveries; older finished ones go (unfinished ones are never dropped). */
export async function pruneDeliveries(endpointId: number): Promise<void> {
  const db = await getDb();
  const boundary = await db.webhookDelivery.findFirst({ where: { endpointId }, orderBy: { id: "desc" }, skip: KEPT_DELIVERIES - 1, select: { id: true } });
  if (!boundary) return;
  await db.webhookDelivery.deleteMany({ where: { endpointId, id: { lt: boundary.id }, status: { in: ["delivered", "failed"] } } });
}
