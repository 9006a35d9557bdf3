import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/prisma-client";
import { filterWhere, queryQueue, type DatabaseFlavor } from "./queue";
import { queueQuerySchema } from "./validation";

// The dashboard search, run against a real database of each kind by
// queue-search.test.ts (SQLite) and queue-search.postgres.test.ts.

const BODIES = ["Prices cut 50% today", "Prices cut 500 today", "see a_b here", "see axb here", "path C:\\temp\\x", "path C:tempx", "A SALE on now"];

export function queueSearchCases(flavor: DatabaseFlavor, connect: () => Promise<Db>): void {
  describe(`dashboard search on ${flavor}`, () => {
    let db: Db;
    let slug: string;

    beforeAll(async () => {
      db = await connect();
      slug = `search-${Date.now()}`;
      const article = await db.article.create({ data: { slug, title: "Search", body: "Body", publishedAt: new Date("2026-01-01T00:00:00Z") } });
      for (const [index, body] of BODIES.entries()) {
        await db.comment.create({
          data: { articleId: article.id, authorName: `Author ${index}`, authorEmail: `a${index}@example.org`, authorKey: `k${index}`, body, status: "pending", ip: "192.0.2.1" },
        });
      }
    }, 60_000);

    const search = async (q: string) => {
      const query = queueQuerySchema.parse({ status: "pending", article: slug, q });
      const page = await queryQueue(db, query, flavor);
      // "Apply to all N" counts and acts on the same condition.
      const bulk = await db.comment.count({ where: filterWhere(query, (await db.article.findUnique({ where: { slug } }))?.id, flavor) });
      return { bodies: page.items.map((item) => item.body).sort(), total: page.total, bulk };
    };

    it("finds '%' and '_' as typed, not as wildcards", async () => {
      expect(await search("50%")).toEqual({ bodies: ["Prices cut 50% today"], total: 1, bulk: 1 });
      expect(await search("a_b")).toEqual({ bodies: ["see a_b here"], total: 1, bulk: 1 });
      expect(await search("%")).toEqual({ bodies: ["Prices cut 50% today"], total: 1, bulk: 1 });
      expect(await search("_")).toEqual({ bodies: ["see a_b here"], total: 1, bulk: 1 });
    });

    it("finds a backslash as typed", async () => {
      expect(await search("C:\\temp")).toEqual({ bodies: ["path C:\\temp\\x"], total: 1, bulk: 1 });
    });

    it("still ignores case and matches parts of words", async () => {
      expect(await search("sale")).toEqual({ bodies: ["A SALE on now"], total: 1, bulk: 1 });
      expect((await search("prices cut")).total).toBe(2);
    });
  });
}
