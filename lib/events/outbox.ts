import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordEvents, type Tx } from "./record";
import { isEventType, type DomainEvent, type StoredEvent } from "./types";

export type { Tx } from "./record";

/** Collects the events of one transaction; they are written just before it commits. */
export type EventLog = { record(event: DomainEvent): void };

type CommitListener = () => Promise<void>;
const globalForOutbox = globalThis as unknown as { outboxCommitListener?: CommitListener };

/** Called after every commit that recorded events (the in-process consumers). */
export function onEventsCommitted(listener: CommitListener): void {
  globalForOutbox.outboxCommitListener = listener;
}

/**
 * The one way the data layer writes: runs `work` in a transaction and appends
 * the events it recorded in the same transaction, so a change and its events
 * commit together or not at all. After the commit, this process's own
 * consumers catch up before the caller answers, so the next page this
 * instance serves already reflects the change; other instances hear of it
 * through NOTIFY or their poll.
 */
export async function transact<T>(work: (tx: Tx, events: EventLog) => Promise<T>): Promise<T> {
  const db = await getDb();
  const pending: DomainEvent[] = [];
  const result = await db.$transaction(
    async (tx) => {
      pending.length = 0;
      const value = await work(tx, { record: (event) => void pending.push(event) });
      await recordEvents(tx, env.databaseFlavor, pending);
      return value;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  if (env.NEWSROOM_CRASH_AFTER_COMMIT && pending.some((event) => event.type === env.NEWSROOM_CRASH_AFTER_COMMIT)) {
    process.kill(process.pid, "SIGKILL");
  }
  if (pending.length > 0) await globalForOutbox.outboxCommitListener?.().catch(() => undefined);
  return result;
}

function toStored(row: { id: number; type: string; articleId: number | null; commentId: number | null; actorId: number | null; payload: string; createdAt: Date }): StoredEvent | null {
  if (!isEventType(row.type)) return null;
  let payload: StoredEvent["payload"] = {};
  try {
    const parsed: unknown = JSON.parse(row.payload);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) payload = parsed as StoredEvent["payload"];
  } catch {
    // A payload that does not parse still delivers the event itself.
  }
  return { id: row.id, type: row.type, articleId: row.articleId, commentId: row.commentId, actorId: row.actorId, payload, createdAt: row.createdAt };
}

/** Events after `afterId`, oldest first. */
export async function readEvents(afterId: number, limit = 500): Promise<StoredEvent[]> {
  const db = await getDb();
  const rows = await db.event.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
  return rows.flatMap((row) => toStored(row) ?? []);
}

/** The id of the newest event, or 0. */
export async function outboxHead(): Promise<number> {
  const db = await getDb();
  const newest = await db.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return newest?.id ?? 0;
}

/** A durable consumer's position in the outbox, created at `startAt` the first time. */
export async function loadCursor(name: string, startAt: () => Promise<number>): Promise<number> {
  const db = await getDb();
  const found = await db.consumerCursor.findUnique({ where: { name } });
  if (found) return found.lastId;
  const lastId = await startAt();
  await db.consumerCursor.upsert({ where: { name }, create: { name, lastId }, update: {} });
  return (await db.consumerCursor.findUniqueOrThrow({ where: { name } })).lastId;
}

/** Moves a durable consumer's cursor forward (never back). */
export async function saveCursor(name: string, lastId: number): Promise<void> {
  const db = await getDb();
  await db.consumerCursor.updateMany({ where: { name, lastId: { lt: lastId } }, data: { lastId } });
}
