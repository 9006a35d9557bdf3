import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { dbPromise?: Promise<Db> };

export function getDb(): Promise<Db> {
  if (!globalForDb.dbPromise) {
    const connecting = createPrismaClient(env.DATABASE_URL);
    globalForDb.dbPromise = connecting;
    // A failed connect (the database was still starting, a lock timed out) is
    // forgotten, so the next request tries again instead of failing for the
    // life of the process.
    connecting.catch(() => {
      if (globalForDb.dbPromise === connecting) globalForDb.dbPromise = undefined;
    });
  }
  return globalForDb.dbPromise;
}
