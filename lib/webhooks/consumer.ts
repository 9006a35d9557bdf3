import "server-only";
import type { Consumer } from "@/lib/events/runner";
import { wakeWebhookSender } from "./sender";
import { createDeliveries } from "./store";

/**
 * Turns outbox events into webhook deliveries, one row per event and
 * matching endpoint (lib/webhooks/store.ts); the sender then POSTs them.
 * Durable: after a restart it resumes where it stopped, and a batch that
 * comes again creates nothing twice (one row per endpoint and event).
 */
export const webhooksConsumer: Consumer = {
  name: "webhooks",
  durable: true,
  async handle(events) {
    if ((await createDeliveries(events)) > 0) wakeWebhookSender();
  },
};
