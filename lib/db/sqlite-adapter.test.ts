import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./prisma-client";

// The wrapper in sqlite-adapter.ts, tested through a real Prisma client on a
// real database file, migrated as `npm start` does it.

const file = path.join(process.cwd(), ".tmp", `sqlite-adapter-${process.pid}.db`);
let db: Db;

beforeAll(async () => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  db = await createPrismaClient(`file:${file}`);
  for (const dir of fs.readdirSync("prisma/sqlite/migrations").filter((d) => /^\d/.test(d)).sort()) {
    await db.$executeRawUnsafe("SELECT 1");
    const sql = fs.readFileSync(path.join("prisma/sqlite/migrations", dir, "migration.sql"), "utf8");
    for (const statement of sql.split(/;\s*\n/).map((s) => s.trim()).filter((s) => s && !/^--[^\n]*$/.test(s))) {
      await db.$executeRawUnsafe(statement);
    }
  }
});

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(file, { force: true });
});

describe("the SQLite adapter", () => {
  it("keeps a plain write made while another request's transaction is open out of that transaction", async () => {
    let insideTransaction!: () => void;
    const opened = new Promise<void>((resolve) => (insideTransaction = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.throttle.create({ data: { key: "rolled-back" } });
        insideTransaction();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await opened;
    // Another request on the same client, while the transaction is open.
    await db.throttle.create({ data: { key: "acknowledged" } });
    expect(await failing).toBe("roll back");
    const keys = (await db.throttle.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys).toContain("acknowledged");
    expect(keys).not.toContain("rolled-back");
  });

  // Across processes (the e2e fixtures write while the server does), the write
  // lock is taken by BEGIN IMMEDIATE under the busy timeout; within one
  // process, transactions and plain statements queue on the one connection.
  it("runs many read-then-write transactions and plain writes at once without losing an update", async () => {
    const increments = 40;
    await db.throttle.create({ data: { key: "counter" } });
    const bump = (client: Db) =>
      client.$transaction(async (tx) => {
        const row = await tx.throttle.findUniqueOrThrow({ where: { key: "counter" } });
        await tx.throttle.update({ where: { key: "counter" }, data: { count: row.count + 1 } });
      });
    const plain = Array.from({ length: increments }, (_, i) => db.throttle.create({ data: { key: `plain-${i}` } }));
    await Promise.all([...Array.from({ length: increments }, () => bump(db)), ...plain]);
    expect(await db.throttle.count({ where: { key: { startsWith: "plain-" } } })).toBe(increments);
    // Read-then-write without lost updates: each transaction held the write lock from its first statement.
    expect((await db.throttle.findUniqueOrThrow({ where: { key: "counter" } })).count).toBe(increments);
  });
});
