// Once per server process (Node.js runtime only): checks the environment
// (production refuses to start without a secret, lib/env-check.ts), then
// starts the cache-signal watcher and the pruning of expired rows
// (lib/db/prune.ts). The watcher refreshes pages cached by this process when
// any instance changes content, and once at start-up, so a restart never
// serves stale pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { loadEnvOrExit } = await import("@/lib/env-check");
  await loadEnvOrExit();
  const { startCacheSignalWatcher } = await import("@/lib/events/cache-signal");
  startCacheSignalWatcher();
  const { startPruning } = await import("@/lib/db/prune");
  startPruning();
}
