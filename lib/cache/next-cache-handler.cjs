// @ts-check
// Next's cache for rendered pages, route handlers and tagged data reads, kept
// in this process's memory (next.config.js `cacheHandler`). It exists so the
// event consumers can invalidate by tag from outside any request: they bump
// the shared invalidation clock (lib/cache/invalidations.ts), and an entry is
// stale once a tag it carries was invalidated after its render began.
//
// "After its render began" matters: a page whose render started before a
// change and finished after it holds old data, so an entry is stamped with
// the clock reading of the cache miss that started its render, not of the
// moment it was stored.

const CLOCK = Symbol.for("newsroom.cache.invalidations");
const TAGS_HEADER = "x-next-cache-tags";
const MAX_ENTRIES = 20_000;

/** @typedef {{ stamp: number, all: number, tags: Map<string, number> }} Clock */

/** @returns {Clock} */
function clock() {
  const g = /** @type {Record<symbol, Clock | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[CLOCK] ??= { stamp: 0, all: 0, tags: new Map() });
}

/** @typedef {{ value: unknown, lastModified: number, cacheControl: unknown, tags: string[], stamp: number }} Entry */

// On the global object too: should Next load this file twice, both copies
// still share one cache.
const STORE = Symbol.for("newsroom.cache.entries");
const shared = /** @type {Record<symbol, { entries: Map<string, Entry>, rendering: Map<string, number> } | undefined>} */ (
  /** @type {unknown} */ (globalThis)
);
const store = (shared[STORE] ??= { entries: new Map(), rendering: new Map() });
const { entries, rendering } = store;

/** @param {unknown} value @param {{ tags?: string[] } | undefined} ctx */
function tagsOf(value, ctx) {
  const found = new Set(ctx?.tags ?? []);
  const v = /** @type {{ headers?: Record<string, unknown>, tags?: unknown } | null} */ (value);
  const header = v?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) found.add(tag);
  if (Array.isArray(v?.tags)) for (const tag of v.tags) if (typeof tag === "string") found.add(tag);
  return [...found];
}

/** @param {Entry} entry @param {string[]} extra */
function isStale(entry, extra) {
  const c = clock();
  if (c.all > entry.stamp) return true;
  for (const tag of [...entry.tags, ...extra]) {
    const at = c.tags.get(tag);
    if (at !== undefined && at > entry.stamp) return true;
  }
  return false;
}

module.exports = class MemoryCacheHandler {
  /** @param {unknown} _options */
  constructor(_options) {}

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [ctx] */
  async get(key, ctx) {
    const entry = entries.get(key);
    if (entry && !isStale(entry, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])) {
      // Least recently used goes first when the map is full.
      entries.delete(key);
      entries.set(key, entry);
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    }
    if (entry) entries.delete(key);
    if (!rendering.has(key)) rendering.set(key, clock().stamp);
    return null;
  }

  /** @param {string} key @param {unknown} value @param {{ tags?: string[], cacheControl?: unknown }} [ctx] */
  async set(key, value, ctx) {
    const stamp = rendering.get(key) ?? clock().stamp;
    rendering.delete(key);
    if (value === null || value === undefined) {
      entries.delete(key);
      return;
    }
    entries.delete(key);
    entries.set(key, { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags: tagsOf(value, ctx), stamp });
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const c = clock();
    c.stamp += 1;
    for (const tag of typeof tags === "string" ? [tags] : tags) c.tags.set(tag, c.stamp);
  }

  resetRequestCache() {}
};
