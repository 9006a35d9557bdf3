// Run by `npm start` before it builds or serves: applies the migrations, seeds
// an empty database and creates the first admin. Several instances may start
// at once on one database, so the migrations run one instance at a time (a
// PostgreSQL advisory lock, or a lock directory beside the SQLite file) and
// the seed and first admin tolerate a racing twin (lib/articles/seed.ts,
// lib/users/accounts.ts).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../lib/articles/seed";
import { resolveDatabase, type DatabaseTarget } from "../lib/db/config";
import { createPrismaClient } from "../lib/db/prisma-client";
import { ensureFirstAdmin } from "../lib/users/accounts";
import { emailSchema } from "../lib/users/validation";
import { acquireLock, ensurePrivateFile } from "./lib/startup.mjs";

const root = path.resolve(__dirname, "..");
const databaseUrl = process.env.DATABASE_URL ?? "";

function migrateDeploy(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
      cwd: root,
      env: process.env,
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`migrate deploy failed (exit ${code ?? signal})`))));
  });
}

/**
 * Its own key, not Prisma's: `migrate deploy` takes pg_advisory_lock(72707369)
 * itself, but gives up after 10 s, so a second instance waiting behind a long
 * migration would fail to start. This one waits as long as it takes.
 */
async function withPostgresMigrationLock(target: Extract<DatabaseTarget, { flavor: "postgres" }>, work: () => Promise<void>) {
  const client = new pg.Client({ ...target.connection, application_name: "newsroom start-up" });
  await client.connect();
  const key = `newsroom migrate deploy ${target.schema ?? "public"}`;
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
    await work();
  } finally {
    // Ending the session releases the lock too, whatever happened above.
    await client.end().catch(() => undefined);
  }
}

async function withSqliteMigrationLock(file: string, work: () => Promise<void>) {
  // A new directory is the owner's alone (0700); the database file and the
  // WAL and shared-memory files SQLite makes beside it (which copy the
  // database file's mode) are 0600.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  ensurePrivateFile(file);
  const release = acquireLock(`${file}.migrate-lock`);
  try {
    await work();
  } finally {
    release();
  }
}

async function main() {
  const target = resolveDatabase(databaseUrl);
  if (target.flavor === "postgres") await withPostgresMigrationLock(target, migrateDeploy);
  else await withSqliteMigrationLock(target.file, migrateDeploy);

  console.log("• Preparing data…");
  const db = await createPrismaClient(databaseUrl);
  try {
    const seeded = await seedDatabase(db, { ifEmpty: true, flavor: target.flavor });
    console.log(seeded.skipped ? "Database already has articles: not seeding." : `Seeded: ${seeded.articles} article(s).`);
    const created = await ensureFirstAdmin(db, target.flavor, emailSchema.parse(process.env.ADMIN_EMAIL || "admin@localhost"));
    if (created) {
      const line = "─".repeat(64);
      console.log(
        `\n${line}\n  No users yet, so an administrator account was created:\n\n` +
          `    email:     ${created.email}\n    password:  ${created.password}\n\n` +
          `  This password is shown only once. Sign in at /sign-in and choose\n` +
          `  a new one (or: npm run user:create).\n${line}\n`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
