import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";

// A fresh SQLite database with every migration applied, for tests that need
// the real schema (unique keys, conditional updates), in a temporary directory.

const root = path.resolve(__dirname, "../..");

export type TestDatabase = { url: string; file: string; client(): Promise<Db>; remove(): Promise<void> };

export function createMigratedSqlite(label = "test"): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-${label}-`));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "ignore",
  });
  const clients: Db[] = [];
  return {
    url,
    file,
    async client() {
      const db = await createPrismaClient(url);
      clients.push(db);
      return db;
    },
    async remove() {
      await Promise.all(clients.map((db) => db.$disconnect()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
