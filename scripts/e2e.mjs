// Runs the Playwright suite against a production build on a throwaway
// database, in Debian's Chromium (CHROMIUM_PATH overrides it; without any
// system Chromium, Playwright's own browser is used if it is installed).
//
// The database is a SQLite file in .tmp/e2e by default. `--postgres` creates a
// fresh PostgreSQL database (newsroom_e2e_<time>_<pid>, on POSTGRES_ADMIN_URL's
// server), runs the suite and then the two-instance test against it, and drops
// it afterwards. E2E_DATABASE_URL runs against a database you provide.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createThrowawayDatabase } from "./lib/throwaway-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

let chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromium) && !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
  console.log("Installing Debian's chromium for the browser tests…");
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
}
if (!fs.existsSync(chromium)) {
  console.warn(`No Chromium at ${chromium}: falling back to Playwright's own browser.`);
  chromium = "";
}

const args = process.argv.slice(2);
const postgres = args.includes("--postgres");
const playwrightArgs = args.filter((arg) => arg !== "--postgres");

const workDir = path.join(root, ".tmp", "e2e");
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir, { recursive: true });

let throwaway = null;
let databaseUrl = process.env.E2E_DATABASE_URL || `file:${path.join(workDir, "e2e.db")}`;
if (postgres) {
  throwaway = await createThrowawayDatabase("newsroom_e2e");
  databaseUrl = throwaway.url;
  console.log(`PostgreSQL pass on the throwaway database ${throwaway.name}`);
}
// Ctrl-C reaches Playwright too; staying alive lets the database be dropped.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => {});

function playwright(extra) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...extra],
    {
      stdio: "inherit",
      // The marker the Playwright configs and e2e/support/db.ts require
      // (e2e/support/throwaway.ts): this database is the run's own.
      env: { ...process.env, CHROMIUM_PATH: chromium, DATABASE_URL: databaseUrl, E2E_THROWAWAY_DATABASE: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  return result.status ?? 1;
}

let status;
try {
  status = playwright(playwrightArgs);
  // Two app processes sharing one database: only meaningful on PostgreSQL, so
  // it has its own config that only this pass runs (never a skipped test).
  const ownConfig = playwrightArgs.some((arg) => arg === "-c" || arg.startsWith("--config"));
  if (postgres && status === 0 && !ownConfig && playwrightArgs.every((arg) => arg.startsWith("-"))) {
    status = playwright(["--config", "playwright.instances.config.ts"]);
  }
} finally {
  if (throwaway) await throwaway.drop();
}
process.exit(status);
