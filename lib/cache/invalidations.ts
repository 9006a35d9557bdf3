// The invalidation clock shared with the page cache (next-cache-handler.cjs,
// which Next loads outside the bundle, hence the global symbol). Bumping it
// is all an invalidation takes: no request context, no HTTP round trip.

const CLOCK = Symbol.for("newsroom.cache.invalidations");

type Clock = { stamp: number; all: number; tags: Map<string, number> };

function clock(): Clock {
  const g = globalThis as unknown as Record<symbol, Clock | undefined>;
  return (g[CLOCK] ??= { stamp: 0, all: 0, tags: new Map() });
}

/** Every cached entry carrying one of these tags is stale from now on. */
export function invalidateTags(tags: readonly string[]): void {
  if (tags.length === 0) return;
  const c = clock();
  c.stamp += 1;
  for (const tag of tags) c.tags.set(tag, c.stamp);
}

/** Every cached entry is stale from now on. */
export function invalidateEverything(): void {
  const c = clock();
  c.stamp += 1;
  c.all = c.stamp;
}
