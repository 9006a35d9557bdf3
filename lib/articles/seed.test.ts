import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigratedSqlite, type TestDatabase } from "@/lib/testing/migrated-sqlite";
import { seedDatabase } from "./seed";
import { loadSeedArticles } from "./seed-articles";

let database: TestDatabase;
beforeAll(() => {
  database = createMigratedSqlite("seed");
}, 60_000);
afterAll(() => database.remove());

describe("seeding", { timeout: 60_000 }, () => {
  it("is safe when several processes seed an empty database at once: one copy of each article", async () => {
    // Separate clients are separate connections, as separate processes would be.
    const clients = await Promise.all([1, 2, 3, 4].map(() => database.client()));
    const outcomes = await Promise.all(clients.map((db) => seedDatabase(db, { ifEmpty: true, flavor: "sqlite" })));
    const db = clients[0]!;
    expect(await db.article.count()).toBe(loadSeedArticles().length);
    expect(await db.settings.count()).toBe(1);
    expect(outcomes.some((outcome) => !outcome.skipped)).toBe(true);
  });

  it("with ifEmpty, leaves a database that has articles alone", async () => {
    const db = await database.client();
    const before = await db.article.findMany({ select: { slug: true, updatedAt: true } });
    expect(await seedDatabase(db, { ifEmpty: true, flavor: "sqlite" })).toMatchObject({ skipped: true });
    expect(await db.article.findMany({ select: { slug: true, updatedAt: true } })).toEqual(before);
  });
});
