// `npm start`: applies migrations, seeds an empty database, builds when the
// production build is missing or stale, then serves the site. One process
// tree; Ctrl-C (SIGINT) or SIGTERM stops the server cleanly.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const port = process.env.PORT || "3000";
const host = process.env.HOST || "0.0.0.0";
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PORT: port,
  DATABASE_URL: process.env.DATABASE_URL || "file:./data/newsroom.db",
  SITE_URL: process.env.SITE_URL || `http://localhost:${port}`,
};
env.AUTH_URL ||= env.SITE_URL;
env.AUTH_SECRET ||= persistentSecret();

function persistentSecret() {
  // A secret made once and kept beside the default database, so sessions
  // survive restarts without anyone having to configure one.
  const file = path.join(root, "data", "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

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
run("Migration", [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"]);
console.log("• Preparing data…");
run("Seeding", [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed.ts", "--if-empty"]);
run("First admin", [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/ensure-admin.ts"]);

const stamp = buildStamp();
const isCurrent = () => fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
  fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;

// Several instances may start from one checkout at once (same SITE_URL and
// DATABASE_URL, so the same stamp): one builds while the others wait for it,
// then find the build current. A lock left by a dead process is taken over.
const lockDir = path.join(root, ".tmp", "build.lock");
function acquireBuildLock() {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const pidFile = path.join(lockDir, "pid");
      const owner = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8")) : 0;
      let alive;
      try {
        // No pid yet: the owner is between mkdir and writeFile, unless that was long ago.
        alive = owner > 0 ? process.kill(owner, 0) : Date.now() - fs.statSync(lockDir).mtimeMs < 10_000;
      } catch {
        alive = false;
      }
      if (!alive) fs.rmSync(lockDir, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
}

if (isCurrent()) {
  console.log("• Production build is current.");
} else {
  acquireBuildLock();
  try {
    if (isCurrent()) {
      console.log("• Production build is current (another instance just built it).");
    } else {
      console.log("• Building for production (about a minute)…");
      run("Build", [next, "build"]);
      fs.writeFileSync(stampFile, stamp);
    }
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
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
