import "server-only";
import { invalidateTags } from "@/lib/cache/invalidations";
import { invalidationFor } from "@/lib/cache/tags";
import type { Consumer } from "./runner";

/**
 * Marks stale every cached page and feed an event touched. Volatile: the page
 * cache lives in this process's memory and starts empty, so after a restart
 * there is nothing old to invalidate.
 */
export const cacheConsumer: Consumer = {
  name: "cache",
  durable: false,
  async handle(events) {
    invalidateTags([...new Set(events.flatMap(invalidationFor))]);
  },
};
