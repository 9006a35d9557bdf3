import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabase } from "./lib/db/config";

// Prisma 6.19's JavaScript schema engine through a driver adapter: no native
// engine binary is ever downloaded (see docs/prisma-offline.md). PRISMA_FLAVOR picks the
// schema folder for `generate`; otherwise DATABASE_URL decides.
const target = resolveDatabase(process.env.DATABASE_URL);
const flavor = process.env.PRISMA_FLAVOR === "postgres" || process.env.PRISMA_FLAVOR === "sqlite"
  ? process.env.PRISMA_FLAVOR
  : target.flavor;

type SqliteFactory = PrismaBetterSQLite3;
type SqliteAdapter = Awaited<ReturnType<SqliteFactory["connectToShadowDb"]>>;

/**
 * The shadow database replays each migration file as one raw statement without
 * arguments, which better-sqlite3 refuses when the file holds several
 * statements ("External error", P3006). Such statements go through
 * executeScript instead, so `migrate diff --from-migrations` and `migrate dev`
 * work (docs/prisma-offline.md).
 */
function withScriptShadowDb(factory: SqliteFactory): SqliteFactory {
  const connect = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async (): Promise<SqliteAdapter> => {
    const adapter = await connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", flavor),
  migrations: { path: path.join("prisma", flavor, "migrations") },
  async adapter() {
    if (target.flavor === "sqlite") {
      fs.mkdirSync(path.dirname(target.file), { recursive: true, mode: 0o700 });
      return withScriptShadowDb(new PrismaBetterSQLite3({ url: `file:${target.file}` }));
    }
    const { postgresMigrationAdapter } = await import("./prisma/postgres/migration-adapter");
    return postgresMigrationAdapter(target);
  },
});
