import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabase } from "./lib/db/config";

// Prisma 6.19's JavaScript schema engine through a driver adapter: no native
// engine binary is ever downloaded (see STACK.md). PRISMA_FLAVOR picks the
// schema folder for `generate`; otherwise DATABASE_URL decides.
const target = resolveDatabase(process.env.DATABASE_URL);
const flavor = process.env.PRISMA_FLAVOR === "postgres" || process.env.PRISMA_FLAVOR === "sqlite"
  ? process.env.PRISMA_FLAVOR
  : target.flavor;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", flavor),
  migrations: { path: path.join("prisma", flavor, "migrations") },
  async adapter() {
    if (target.flavor === "sqlite") {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      return new PrismaBetterSQLite3({ url: `file:${target.file}` });
    }
    const { postgresMigrationAdapter } = await import("./prisma/postgres/migration-adapter");
    return postgresMigrationAdapter(target);
  },
});
