import "server-only";
import { loadCursor, outboxHead, readEvents, saveCursor } from "./outbox";
import type { StoredEvent } from "./types";

/**
 * A reader of the outbox. A durable consumer keeps its cursor in the
 * database and resumes there after a restart (mail, webhooks: nothing
 * skipped). A volatile one starts at the head when the process starts
 * (the in-memory page cache, which starts empty anyway).
 */
export type Consumer = {
  name: string;
  durable: boolean;
  /** Must be safe to repeat: after a crash mid-batch, the batch comes again. */
  handle(events: StoredEvent[]): Promise<void>;
};

type Running = { consumer: Consumer; cursor: number | null; chain: Promise<void>; lastError: string | null; lastRunAt: number | null };

export type ConsumerStatus = { name: string; durable: boolean; cursor: number | null; lastError: string | null };

const BATCH = 500;

export class EventRunner {
  readonly #running: Running[];

  constructor(consumers: Consumer[]) {
    this.#running = consumers.map((consumer) => ({ consumer, cursor: null, chain: Promise.resolve(), lastError: null, lastRunAt: null }));
  }

  /**
   * Lets every consumer read what is new. A call made after a commit returns
   * once a pass that started after that commit is done, so the caller's own
   * change has been handled (or has failed and will be retried).
   */
  drain(only?: (consumer: Consumer) => boolean): Promise<void> {
    const runs = this.#running
      .filter((r) => !only || only(r.consumer))
      .map((r) => {
        r.chain = r.chain.then(() => this.#pass(r));
        return r.chain;
      });
    return Promise.all(runs).then(() => undefined);
  }

  async #pass(r: Running): Promise<void> {
    try {
      if (r.cursor === null) {
        r.cursor = r.consumer.durable ? await loadCursor(r.consumer.name, outboxHead) : await outboxHead();
      }
      for (;;) {
        const batch = await readEvents(r.cursor, BATCH);
        if (batch.length === 0) break;
        await r.consumer.handle(batch);
        const last = batch[batch.length - 1]!.id;
        if (r.consumer.durable) await saveCursor(r.consumer.name, last);
        r.cursor = last;
        if (batch.length < BATCH) break;
      }
      if (r.lastError !== null) console.error(`[events] consumer ${r.consumer.name} recovered at event ${r.cursor}`);
      r.lastError = null;
    } catch (error) {
      // The cursor stays where it was: the next pass retries the same events.
      // Said once per distinct failure, not on every poll while it lasts.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== r.lastError) console.error(`[events] consumer ${r.consumer.name} failed (retrying from event ${r.cursor ?? "the head"}): ${message.trim()}`);
      r.lastError = message;
    } finally {
      r.lastRunAt = Date.now();
    }
  }

  status(): ConsumerStatus[] {
    return this.#running.map((r) => ({ name: r.consumer.name, durable: r.consumer.durable, cursor: r.cursor, lastError: r.lastError }));
  }
}
