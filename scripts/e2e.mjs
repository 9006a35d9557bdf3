// Runs the Playwright suite against a production build on a throwaway
// database, in Debian's Chromium (CHROMIUM_PATH overrides it; without any
// system Chromium, Playwright's own browser is used if it is installed).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

const workDir = path.join(root, ".tmp", "e2e");
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir, { recursive: true });
const databaseUrl = process.env.E2E_DATABASE_URL || `file:${path.join(workDir, "e2e.db")}`;

const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  },
);
process.exit(result.status ?? 1);
