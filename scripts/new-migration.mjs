// `npm run db:migration -- NAME`: writes the next migration for both databases
// from prisma/models.prisma, as the SQL that takes a database with every
// existing migration applied to the current models. SQLite is diffed on a
// temporary file; PostgreSQL on a throwaway database of POSTGRES_ADMIN_URL's
// server. See docs/prisma-offline.md for why this is not `prisma migrate dev`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createThrowawayDatabase } from "./lib/throwaway-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9_]{1,60}$/.test(name)) {
  console.error("Usage: npm run db:migration -- name_in_snake_case");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

function diff(flavor, databaseUrl) {
  const result = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", `prisma/${flavor}/migrations`, "--to-schema-datamodel", `prisma/${flavor}`, "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`migrate diff failed for ${flavor}`);
  }
  return result.stdout.replace(/^Loaded Prisma config.*\n+/m, "");
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-migration-"));
const sqlite = diff("sqlite", `file:${path.join(tmp, "diff.db")}`);
const database = await createThrowawayDatabase("newsroom_migration");
let postgres;
try {
  postgres = diff("postgres", database.url);
} finally {
  await database.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
for (const [flavor, sql] of [["sqlite", sqlite], ["postgres", postgres]]) {
  if (/This is an empty migration/.test(sql)) {
    console.log(`${flavor}: no changes`);
    continue;
  }
  const dir = path.join("prisma", flavor, "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`${flavor}: wrote ${dir}/migration.sql`);
}
