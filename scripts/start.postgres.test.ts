import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayDatabase } from "./lib/throwaway-postgres.mjs";
import { createPrismaClient } from "../lib/db/prisma-client";
import { loadSeedArticles } from "../lib/articles/seed-articles";

// Runs in `npm run test:postgres`: three instances starting at once on one
// fresh PostgreSQL database take turns migrating (scripts/prepare-db.ts holds
// an advisory lock around `migrate deploy`), and all of them start.
const root = path.resolve(__dirname, "..");
let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
let dataDir: string;

beforeAll(async () => {
  database = await createThrowawayDatabase("newsroom_start");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-start-pg-"));
});
afterAll(async () => {
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function prepare(): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: database.url };
  delete env.AUTH_SECRET;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/start.mjs", "--prepare-only"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("first start on PostgreSQL, three at once", () => {
  it("every instance prepares the database; one set of migrations, articles and admin", async () => {
    const runs = await Promise.all([prepare(), prepare(), prepare()]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(runs.filter((run) => run.output.includes("All migrations have been successfully applied"))).toHaveLength(1);
    const db = await createPrismaClient(database.url);
    try {
      expect(await db.article.count()).toBe(loadSeedArticles().length);
      expect(await db.user.count()).toBe(1);
      const applied = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "_prisma_migrations"`);
      expect(Number(applied[0]!.n)).toBe(fs.readdirSync(path.join(root, "prisma/postgres/migrations")).filter((name) => /^\d/.test(name)).length);
    } finally {
      await db.$disconnect();
    }
  }, 240_000);
});
