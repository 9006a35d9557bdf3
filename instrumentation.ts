// Starts the cache-signal watcher once per server process (Node.js runtime
// only). It refreshes pages cached by this process when any instance changes
// content, and once at start-up, so a restart never serves stale pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startCacheSignalWatcher } = await import("@/lib/events/cache-signal");
  startCacheSignalWatcher();
}
