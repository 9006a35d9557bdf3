import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { dbPromise?: Promise<Db> };

export function getDb(): Promise<Db> {
  globalForDb.dbPromise ??= createPrismaClient(env.DATABASE_URL);
  return globalForDb.dbPromise;
}
