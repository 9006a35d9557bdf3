// Starts the outbox consumers once per server process (Node.js runtime only):
// cache invalidation now, mail and webhooks as they are added (lib/events).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startEventConsumers } = await import("@/lib/events/start");
  startEventConsumers();
}
