// The production server on a throwaway database, for the benchmarks: SQLite
// in .tmp/bench/<name>.db, or a fresh PostgreSQL database (dropped on stop).
// Migrates and seeds the articles, lets the caller add data, then starts
// `node scripts/start.mjs` (which builds when the build is stale).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-postgres.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const benchDir = path.join(root, ".tmp", "bench");
export const seedSlug = "kazakhstan-protests-chinese-influence-xinjiang";

const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");

/** Runs a Node script (a .ts one through tsx) with DATABASE_URL and friends set; throws on failure. */
export function runScript(env, script, args = []) {
  const argv = script.endsWith(".ts") ? [tsx, script, ...args] : [script, ...args];
  const result = spawnSync(process.execPath, argv, { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (exit ${result.status})`);
}

export async function startBenchServer({ name, postgres, port, prepare }) {
  fs.mkdirSync(benchDir, { recursive: true });
  let throwaway = null;
  let databaseUrl;
  if (postgres) {
    throwaway = await createThrowawayDatabase(`newsroom_bench_${name.replace(/[^a-z0-9]/g, "_")}`);
    databaseUrl = throwaway.url;
  } else {
    const file = path.join(benchDir, `${name}.db`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    databaseUrl = `file:${file}`;
  }
  const origin = `http://127.0.0.1:${port}`;
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-not-for-production-0123456789" };
  let server = null;
  const stop = async () => {
    if (server && server.exitCode === null) {
      await new Promise((resolve) => {
        server.once("exit", resolve);
        server.kill("SIGTERM");
      });
    }
    if (throwaway) await throwaway.drop().catch((error) => console.error(`could not drop ${throwaway.name}: ${error.message}`));
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    runScript({ ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, prisma, ["migrate", "deploy"]);
    runScript(env, "prisma/seed.ts");
    if (prepare) await prepare(env);
    console.log(`• Starting the production server on ${origin} (${postgres ? "PostgreSQL" : "SQLite"}; builds when needed)…`);
    server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", SITE_URL: origin },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error("the server did not start within 5 minutes");
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, databaseUrl, env, stop };
}
