// `npm start`: applies migrations, seeds an empty database, builds when the
// production build is missing or stale, then serves the site. One process
// tree; Ctrl-C (SIGINT) or SIGTERM stops the server cleanly. With
// --prepare-only it stops after the database is ready (for deployments that
// prepare once and then start several instances).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acquireLock, dataDirectory, ensurePrivateDir, readOrCreateSecret } from "./lib/startup.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const prepareOnly = process.argv.includes("--prepare-only");
const port = process.env.PORT || "3000";
const host = process.env.HOST || "0.0.0.0";
// data/ (or DATA_DIR) holds the generated secret and the default database:
// readable by this user only.
const dataDir = dataDirectory(root);
ensurePrivateDir(dataDir);
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PORT: port,
  DATABASE_URL: process.env.DATABASE_URL || (process.env.DATA_DIR ? `file:${path.join(dataDir, "newsroom.db")}` : "file:./data/newsroom.db"),
  SITE_URL: process.env.SITE_URL || `http://localhost:${port}`,
};
env.AUTH_URL ||= env.SITE_URL;
// A secret made once and kept in the data directory, so sessions survive
// restarts without anyone having to configure one.
env.AUTH_SECRET ||= readOrCreateSecret(path.join(dataDir, "auth-secret"));

function run(label, args) {
  const result = spawnSync(process.execPath, args, { env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const SOURCES = ["app", "scripts/server.mjs", "components", "lib", "public", "prisma/models.prisma", "prisma/sqlite/schema.prisma",
  "prisma/postgres/schema.prisma", "instrumentation.ts", "proxy.ts",
  "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function buildStamp() {
  // The build bakes in SITE_URL and pages rendered from the database, so it is
  // current only for the same sources, site URL and database.
  const hash = createHash("sha256");
  hash.update(`${env.SITE_URL}\n${env.DATABASE_URL}\n${process.version}\n`);
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry);
      hash.update(fs.readFileSync(entry));
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
const stampFile = path.join(root, ".next", "newsroom-build-stamp");

console.log("• Applying database migrations…");
run("Preparing the database", [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/prepare-db.ts"]);
if (prepareOnly) process.exit(0);

const stamp = buildStamp();
const isCurrent = () => fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
  fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;

// Several instances may start from one checkout at once (same SITE_URL and
// DATABASE_URL, so the same stamp): one builds while the others wait for it,
// then find the build current. A lock left by a dead process is taken over.
const lockDir = path.join(root, ".tmp", "build.lock");

if (isCurrent()) {
  console.log("• Production build is current.");
} else {
  const release = acquireLock(lockDir);
  try {
    if (isCurrent()) {
      console.log("• Production build is current (another instance just built it).");
    } else {
      console.log("• Building for production (about a minute)…");
      run("Build", [next, "build"]);
      fs.writeFileSync(stampFile, stamp);
    }
  } finally {
    release();
  }
}

console.log(`• Starting the server…`);
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], { env: { ...env, HOST: host }, stdio: ["ignore", "pipe", "inherit"] });
server.stdout.on("data", (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (/Ready on/.test(text)) console.log(`\n  The site is running at ${env.SITE_URL}\n`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
