import { afterAll } from "vitest";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-postgres.mjs";
import { deployMigrations } from "@/lib/db/copy";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";
import { queueSearchCases } from "./queue-search.cases";

// Runs in `npm run test:postgres` (vitest.postgres.config.mts) on a throwaway database.
let database: Awaited<ReturnType<typeof createThrowawayDatabase>> | undefined;
let db: Db | undefined;

queueSearchCases("postgres", async () => {
  database = await createThrowawayDatabase("newsroom_search");
  deployMigrations(database.url);
  db = await createPrismaClient(database.url);
  return db;
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});
