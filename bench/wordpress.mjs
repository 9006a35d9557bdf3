// `npm run bench:wordpress`: the WordPress peer for bench/compare.mjs.
// Runs ../shared/bench/wordpress/setup.sh (Debian's WordPress, PHP-FPM with
// opcache, MariaDB, nginx on 127.0.0.1:8081, the same article with 200
// comments) and then its measure.sh, and saves the figures that matter for
// the comparison to .tmp/bench/wordpress.json. Needs root and apt (setup.sh).
//
// The shared folder is read-only and measure.sh writes article.html next to
// itself, so both scripts run from a copy in .tmp/bench/wordpress/.
//
// Options: --skip-setup (WordPress already installed), --duration 10s (per
// load test; measure.sh's default is 20s).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(process.env.WORDPRESS_BENCH_DIR || path.join(root, "..", "shared", "bench", "wordpress"));
const seedFile = path.resolve(shared, "..", "..", "seeds", "000_40f642c859bce677.txt");
const work = path.join(root, ".tmp", "bench", "wordpress");
const args = process.argv.slice(2);
const duration = args.includes("--duration") ? args[args.indexOf("--duration") + 1] : "10s";

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Runs a script, echoing its output, and returns everything it printed. */
function run(script, env) {
  return new Promise((resolve) => {
    const child = spawn("bash", [script], { cwd: work, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

if (process.getuid?.() !== 0) fail("WordPress's setup needs root (it installs Debian packages and starts nginx, PHP-FPM and MariaDB)");
for (const file of ["setup.sh", "measure.sh"]) {
  if (!fs.existsSync(path.join(shared, file))) fail(`${path.join(shared, file)} not found (set WORDPRESS_BENCH_DIR)`);
}
if (!fs.existsSync(seedFile)) fail(`seed article ${seedFile} not found`);
fs.mkdirSync(work, { recursive: true });
for (const file of ["setup.sh", "measure.sh"]) fs.copyFileSync(path.join(shared, file), path.join(work, file));

if (!args.includes("--skip-setup")) {
  console.log("• WordPress setup (Debian packages, MariaDB, PHP-FPM, nginx on 127.0.0.1:8081)…");
  const setup = await run("setup.sh", { SEED_FILE: seedFile });
  if (setup.code !== 0) {
    const tail = setup.output.trim().split("\n").slice(-15).join("\n");
    fail(`setup.sh failed (exit ${setup.code}); its last lines:\n${tail}`);
  }
}

console.log("• Measuring WordPress…");
const measure = await run("measure.sh", { ROUNDS: "1", CLASSIC: "0", SKIP_POST: "1", DURATION: duration, QUIET_MAX: "60" });
if (measure.code !== 0) fail(`measure.sh failed (exit ${measure.code})`);

const line = (pattern) => measure.output.split("\n").find((l) => pattern.test(l)) ?? "";
const field = (text, name) => text.match(new RegExp(`${name}=([^\\s]+)`))?.[1] ?? null;
/** wrk prints latencies as 12.34ms / 1.20s / 800.00us. */
const ms = (value) => {
  if (!value) return null;
  const m = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!m) return null;
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2]];
};
const load = (c) => {
  const text = line(new RegExp(`^\\[get\\] default wrk c=${c} round=1:`));
  return { rps: Number(field(text, "req/s")), p50: ms(field(text, "p50")), p99: ms(field(text, "p99")), raw: text };
};
const chrome = line(/^\[weight\] chromium first-load:/);
const scripts = line(/^\[weight\] {3}by type:/).match(/Script (\d+) req (\d+) B xfer/);
const result = {
  at: new Date().toISOString(),
  tool: "wrk (measure.sh)",
  duration,
  c10: load(10),
  c50: load(50),
  firstView: {
    requests: Number(field(chrome, "requests")),
    transferred: Number(field(chrome, "transferred")),
    jsBytes: scripts ? Number(scripts[2]) : 0,
    externalBlocked: Number(chrome.match(/external blocked (\d+)/)?.[1] ?? 0),
  },
};
fs.mkdirSync(path.join(root, ".tmp", "bench"), { recursive: true });
fs.writeFileSync(path.join(root, ".tmp", "bench", "wordpress.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWordPress: c=10 ${result.c10.rps} req/s, c=50 ${result.c50.rps} req/s (p50 ${result.c50.p50} ms, p99 ${result.c50.p99} ms); first view ${result.firstView.transferred} B in ${result.firstView.requests} requests`);
console.log("Saved .tmp/bench/wordpress.json");
