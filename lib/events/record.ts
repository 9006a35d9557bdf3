import type { Prisma } from "../../generated/sqlite/client";
import type { DomainEvent } from "./types";

// Writing events inside a transaction. Kept apart from outbox.ts (server-only)
// so the seed script and the e2e fixtures record events the same way.

export type Tx = Prisma.TransactionClient;

export type DatabaseFlavor = "sqlite" | "postgres";

/** The PostgreSQL channel every instance LISTENs on. */
export const EVENT_CHANNEL = "newsroom_events";

// Any constant: the key of the advisory lock that orders event ids.
const EVENT_ORDER_LOCK = 727_001;

/**
 * Appends events inside the caller's transaction. On PostgreSQL, ids come
 * from a sequence handed out before commit, so a reader could see id 11
 * committed while id 10 is still in flight and skip it for good. Taking a
 * transaction-scoped advisory lock first makes writers of events commit in
 * id order (the lock is held until commit), so "id > last seen" never skips.
 * The NOTIFY is delivered at commit, and only if the transaction commits.
 */
export async function recordEvents(tx: Tx, flavor: DatabaseFlavor, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (flavor === "postgres") await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK})::text`);
  await tx.event.createMany({
    data: events.map((event) => ({
      type: event.type,
      articleId: event.articleId ?? null,
      commentId: event.commentId ?? null,
      actorId: event.actorId ?? null,
      payload: JSON.stringify(event.payload ?? {}),
    })),
  });
  if (flavor === "postgres") await tx.$queryRawUnsafe(`SELECT pg_notify('${EVENT_CHANNEL}', '')::text`);
}
