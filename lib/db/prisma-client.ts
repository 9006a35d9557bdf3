import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../generated/postgres/client";
import { resolveDatabase } from "./config";
import { serialisedSqliteAdapter } from "./sqlite-adapter";

// Secrets stay out of every query unless one asks for them by name: a
// commenter's email, a password hash or a webhook's secret cannot leak
// through a forgotten select.
const omit = {
  user: { passwordHash: true },
  comment: { authorEmail: true },
  webhookEndpoint: { secret: true },
} as const;

function sqliteClient(file: string) {
  // A directory or database file made here is its owner's alone (SQLite gives
  // the WAL and shared-memory files the database file's mode).
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  // The timeout is better-sqlite3's busy timeout: writers from other
  // processes wait for the lock instead of failing at once.
  const adapter = serialisedSqliteAdapter(`file:${file}`, 10_000);
  return new SqliteClient({ adapter, omit });
}

export type Db = ReturnType<typeof sqliteClient>;

/**
 * Creates a Prisma client for DATABASE_URL. Both databases share one set of
 * models, so the PostgreSQL client has the same shape as the SQLite one.
 */
export async function createPrismaClient(url = process.env.DATABASE_URL): Promise<Db> {
  const target = resolveDatabase(url);
  if (target.flavor === "sqlite") {
    const client = sqliteClient(target.file);
    // WAL lets readers and the writer work at once and survives a crash
    // mid-write; NORMAL sync is safe in WAL mode.
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    return client;
  }
  const adapter = new PrismaPg(
    { ...target.connection, max: 10 },
    target.schema ? { schema: target.schema } : undefined,
  );
  // Same models, same generated API: only the class identity differs.
  return new PostgresClient({ adapter, omit }) as unknown as Db;
}
