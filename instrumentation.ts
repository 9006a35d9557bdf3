// Once per server process (Node.js runtime only): checks the environment
// (production refuses to start without a secret, lib/env-check.ts), then
// starts the outbox consumers (cache invalidation now, mail and webhooks as
// they are added: lib/events) and the pruning of expired rows (lib/db/prune.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { loadEnvOrExit } = await import("@/lib/env-check");
  await loadEnvOrExit();
  const { startEventConsumers } = await import("@/lib/events/start");
  startEventConsumers();
  const { startPruning } = await import("@/lib/db/prune");
  startPruning();
}
