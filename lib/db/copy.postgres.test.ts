import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-postgres.mjs";
import { TargetNotEmptyError, copyDatabase, deployMigrations } from "./copy";
import { createPrismaClient, type Db } from "./prisma-client";

// Runs in `npm run test:postgres` (vitest.postgres.config.mts): an existing
// SQLite site, copied to a fresh PostgreSQL database, arrives row for row.

const sqliteFile = path.join(process.cwd(), ".tmp", `db-copy-${process.pid}.db`);
const sqliteUrl = `file:${sqliteFile}`;
let pgDatabase: Awaited<ReturnType<typeof createThrowawayDatabase>>;
let sqlite: Db;
let postgres: Db;

async function seedSite(db: Db): Promise<void> {
  await db.settings.create({
    data: { id: 1, holdAll: true, linkLimit: 3, moderationWords: "casino\nviagra", disallowedWords: "spam", floodSeconds: 0, threadDepth: 7 },
  });
  const admin = await db.user.create({ data: { email: "ada@example.com", name: "Ada", passwordHash: "$argon2id$v=19$hash-a", role: "admin" } });
  await db.user.create({
    data: { email: "ed@example.com", name: "Ed", passwordHash: "$argon2id$v=19$hash-b", role: "editor", disabled: true, sessionVersion: 3 },
  });
  const first = await db.article.create({
    data: { slug: "first", title: "First", body: "One.\n\nTwo.", publishedAt: new Date("2026-01-02T03:04:05.678Z"), commentsOpen: false },
  });
  const second = await db.article.create({ data: { slug: "second", title: "Second", body: "Body", publishedAt: new Date("2026-02-03T00:00:00Z") } });

  const base = { authorKey: "key", ip: "192.0.2.1", userAgent: "Test/1.0" };
  const top = await db.comment.create({
    data: { ...base, articleId: first.id, authorName: "Zoë", authorEmail: "zoe@example.com", authorWebsite: "https://zoe.example", body: "Привет 👋\n\nسلام", status: "approved", dedupeKey: "d1", createdAt: new Date("2026-01-03T00:00:00Z") },
  });
  const reply = await db.comment.create({
    data: { ...base, articleId: first.id, parentId: top.id, rootId: top.id, depth: 2, authorName: "Bo", authorEmail: "bo@example.com", body: "Reply", status: "pending", reasons: JSON.stringify([{ rule: "first-comment", detail: "" }]) },
  });
  await db.comment.create({
    data: { ...base, articleId: first.id, parentId: reply.id, rootId: top.id, depth: 3, authorName: "Cy", authorEmail: "cy@example.com", body: "Deep", status: "spam", reasons: JSON.stringify([{ rule: "disallowed-word", detail: "spam" }]), isStaff: true },
  });
  const trashed = await db.comment.create({
    data: { ...base, articleId: second.id, authorName: "Di", authorEmail: "di@example.com", body: "Gone", status: "trash" },
  });
  // A reply whose parent has the larger id: the copy must still link them.
  const later = await db.comment.create({
    data: { ...base, articleId: second.id, authorName: "Ev", authorEmail: "ev@example.com", body: "Later", status: "approved" },
  });
  await db.comment.update({ where: { id: trashed.id }, data: { parentId: later.id, rootId: later.id, depth: 2 } });

  await db.auditLog.create({ data: { actorId: admin.id, action: "approve", commentId: top.id, fromStatus: "pending", toStatus: "approved" } });
  await db.auditLog.create({ data: { action: "delete", commentId: 999, fromStatus: "trash", toStatus: null, detail: "permanently deleted" } });
  await db.throttle.create({ data: { key: "signin:ada@example.com", count: 4, lockedUntil: new Date("2030-01-01T00:00:00Z") } });
}

async function everything(db: Db) {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    settings: await db.settings.findMany(byId),
    users: await db.user.findMany({ ...byId, omit: { passwordHash: false } }),
    articles: await db.article.findMany(byId),
    comments: await db.comment.findMany({ ...byId, omit: { authorEmail: false } }),
    auditLog: await db.auditLog.findMany(byId),
    throttles: await db.throttle.findMany({ orderBy: { key: "asc" } }),
  };
}

beforeAll(async () => {
  fs.mkdirSync(path.dirname(sqliteFile), { recursive: true });
  fs.rmSync(sqliteFile, { force: true });
  deployMigrations(sqliteUrl);
  sqlite = await createPrismaClient(sqliteUrl);
  await seedSite(sqlite);
  pgDatabase = await createThrowawayDatabase("newsroom_test_copy");
  deployMigrations(pgDatabase.url);
  postgres = await createPrismaClient(pgDatabase.url);
}, 60_000);

afterAll(async () => {
  await sqlite?.$disconnect();
  await postgres?.$disconnect();
  await pgDatabase?.drop();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(sqliteFile + suffix, { force: true });
});

describe("copying a SQLite site to PostgreSQL", () => {
  it("copies every row of every table with its ids, links, statuses, reasons and times", async () => {
    const counts = await copyDatabase(sqlite, postgres, { fromUrl: sqliteUrl, toUrl: pgDatabase.url });
    expect(counts).toEqual({ settings: 1, users: 2, articles: 2, comments: 5, auditLog: 2, throttles: 1 });
    expect(await everything(postgres)).toEqual(await everything(sqlite));
  });

  it("lets the copied site go on adding rows without id collisions", async () => {
    const newest = await sqlite.comment.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    const article = await postgres.article.findUniqueOrThrow({ where: { slug: "second" }, select: { id: true } });
    const created = await postgres.comment.create({
      data: { articleId: article.id, authorName: "New", authorEmail: "new@example.com", authorKey: "k", body: "After the move", status: "pending", ip: "192.0.2.9" },
    });
    expect(created.id).toBe(newest.id + 1);
    const user = await postgres.user.create({ data: { email: "new@example.com", passwordHash: "x" } });
    expect(user.id).toBe(3);
  });

  it("refuses a target that has data, and replaces it with --force", async () => {
    await expect(copyDatabase(sqlite, postgres, { fromUrl: sqliteUrl, toUrl: pgDatabase.url })).rejects.toBeInstanceOf(TargetNotEmptyError);
    await copyDatabase(sqlite, postgres, { fromUrl: sqliteUrl, toUrl: pgDatabase.url, force: true });
    expect(await everything(postgres)).toEqual(await everything(sqlite));
  });
});
