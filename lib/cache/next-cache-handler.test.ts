import { describe, expect, it } from "vitest";
import { invalidateEverything, invalidateTags } from "./invalidations";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Handler = require("./next-cache-handler.cjs") as new (options: unknown) => {
  get(key: string, ctx?: { tags?: string[] }): Promise<{ value: unknown } | null>;
  set(key: string, value: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const page = (tags: string[]) => ({ kind: "APP_PAGE", html: "<p>page</p>", headers: { "x-next-cache-tags": tags.join(",") } });
let n = 0;
const key = () => `/test-page-${++n}`;

describe("the in-memory page cache", () => {
  it("serves a stored page until a tag it carries is invalidated", async () => {
    const cache = new Handler({});
    const k = key();
    expect(await cache.get(k)).toBeNull();
    await cache.set(k, page(["article:1", "settings"]));
    expect(await cache.get(k)).not.toBeNull();
    invalidateTags(["article:2"]);
    expect(await cache.get(k)).not.toBeNull();
    invalidateTags(["article:1"]);
    expect(await cache.get(k)).toBeNull();
  });

  it("treats a page whose render began before an invalidation as stale, even if stored after it", async () => {
    const cache = new Handler({});
    const k = key();
    expect(await cache.get(k)).toBeNull(); // the miss that starts the render
    invalidateTags(["article:3"]); // a comment is approved meanwhile
    await cache.set(k, page(["article:3"])); // the render, with the old comments, ends
    expect(await cache.get(k)).toBeNull();
    // The next render starts after the change, and is kept.
    await cache.set(k, page(["article:3"]));
    expect(await cache.get(k)).not.toBeNull();
  });

  it("checks the tags of tagged data reads, and Next's own revalidateTag", async () => {
    const cache = new Handler({});
    const k = key();
    await cache.get(k, { tags: ["comments"] });
    await cache.set(k, { kind: "FETCH", data: {} }, { tags: ["comments"] });
    expect(await cache.get(k, { tags: ["comments"] })).not.toBeNull();
    await cache.revalidateTag("comments");
    expect(await cache.get(k, { tags: ["comments"] })).toBeNull();
  });

  it("drops everything at once", async () => {
    const cache = new Handler({});
    const k = key();
    await cache.set(k, page(["x"]));
    invalidateEverything();
    expect(await cache.get(k)).toBeNull();
  });
});
