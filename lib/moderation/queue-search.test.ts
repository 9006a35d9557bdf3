import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { deployMigrations } from "@/lib/db/copy";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";
import { queueSearchCases } from "./queue-search.cases";

// A throwaway SQLite file with every migration applied.
const file = path.join(process.cwd(), ".tmp", `queue-search-${process.pid}.db`);
let db: Db | undefined;

queueSearchCases("sqlite", async () => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  deployMigrations(`file:${file}`);
  db = await createPrismaClient(`file:${file}`);
  return db;
});

afterAll(async () => {
  await db?.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
});
