import "server-only";
import { env } from "@/lib/env";
import { cacheConsumer } from "./cache-consumer";
import { listenForEvents } from "./listen";
import { onEventsCommitted } from "./outbox";
import { EventRunner, type Consumer, type ConsumerStatus } from "./runner";
import { webhooksConsumer } from "@/lib/webhooks/consumer";
import { startWebhookSender } from "@/lib/webhooks/sender";

// SQLite has one process per database file, so the poll only picks up writes
// from other processes (the CLI, fixtures): cheap, and short. PostgreSQL
// instances hear each other through LISTEN; the poll is only the fallback.
const POLL_MS = env.databaseFlavor === "sqlite" ? 250 : 1_000;

type Started = { runner: EventRunner; durable: string[] };
const globalForEvents = globalThis as unknown as { newsroomEvents?: Started };

/** The consumers of this process, in the order they see each batch. */
function consumers(): Consumer[] {
  return [cacheConsumer, webhooksConsumer];
}

/** Starts this process's event consumers once (instrumentation.ts). */
export function startEventConsumers(): void {
  if (globalForEvents.newsroomEvents) return;
  const list = consumers();
  const runner = new EventRunner(list);
  globalForEvents.newsroomEvents = { runner, durable: list.filter((c) => c.durable).map((c) => c.name) };

  // A commit in this process: the cache is caught up before the request that
  // made the change answers; slower consumers run on without holding it up.
  onEventsCommitted(async () => {
    void runner.drain((c) => c.name !== cacheConsumer.name);
    await runner.drain((c) => c.name === cacheConsumer.name);
  });

  const poll = setInterval(() => void runner.drain(), POLL_MS);
  poll.unref();
  if (env.databaseFlavor === "postgres") listenForEvents(env.DATABASE_URL, () => void runner.drain());
  void runner.drain();
  startWebhookSender();
}

/** The durable consumers of this process: old events are kept until each has read them (lib/db/prune.ts). */
export function durableConsumerNames(): string[] {
  return globalForEvents.newsroomEvents?.durable ?? consumers().filter((c) => c.durable).map((c) => c.name);
}

/** Where each consumer of this process is, for the health check. */
export function consumerStatus(): ConsumerStatus[] {
  return globalForEvents.newsroomEvents?.runner.status() ?? [];
}
