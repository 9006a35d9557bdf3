// `npm run bench:article [-- --postgres] [-- --duration 10]`
// The article page with 200 approved comments, as a visitor gets it from the
// production server: builds and starts `node scripts/start.mjs` on a throwaway
// database (SQLite in .tmp/bench, or with --postgres a fresh PostgreSQL
// database that is dropped afterwards), seeds the comments with
// bench/seed-large.ts, then
//   1. autocannon at concurrency 10 and 50 (after a warm-up): req/s, p50, p99;
//   2. the first view in Chromium (cold cache), measured like
//      ../shared/bench/wordpress/measure.sh does: bytes transferred (CDP
//      encodedDataLength), JavaScript bytes, request count, other hosts.
// Results go to stdout and .tmp/bench/article-<sqlite|postgres>.json.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { benchDir, runScript, seedSlug, startBenchServer } from "./lib/bench-server.mjs";

const args = process.argv.slice(2);
const postgres = args.includes("--postgres");
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const duration = Number(option("--duration", "10"));
const port = Number(option("--port", process.env.BENCH_PORT || "3241"));
const comments = Number(option("--comments", "200"));
const flavor = postgres ? "postgres" : "sqlite";
let articleUrl = "";
let origin = "";

async function load(connections, seconds) {
  const result = await autocannon({ url: articleUrl, connections, duration: seconds });
  return {
    connections,
    seconds,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Cold-cache first view, counted from the DevTools protocol like measure.sh. */
async function firstView() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    let lastNetwork = Date.now();
    cdp.on("Network.requestWillBeSent", (e) => {
      lastNetwork = Date.now();
      requests.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", bytes: 0, done: false });
    });
    cdp.on("Network.responseReceived", (e) => {
      lastNetwork = Date.now();
      const r = requests.get(e.requestId);
      if (r) r.type = e.type ?? r.type;
    });
    cdp.on("Network.loadingFinished", (e) => {
      lastNetwork = Date.now();
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
    });
    cdp.on("Network.loadingFailed", () => (lastNetwork = Date.now()));
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(articleUrl, { waitUntil: "load" });
    while (Date.now() - lastNetwork < 1500) await new Promise((resolve) => setTimeout(resolve, 100));
    const all = [...requests.values()].filter((r) => !r.url.startsWith("data:"));
    const host = new URL(origin).host;
    const foreign = all.filter((r) => new URL(r.url).host !== host).map((r) => r.url);
    const scripts = all.filter((r) => r.type === "Script");
    return {
      requests: all.length,
      transferred: all.reduce((sum, r) => sum + r.bytes, 0),
      jsBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
      jsRequests: scripts.length,
      foreign,
      list: all.map((r) => `${r.type} ${r.bytes} B ${r.url.replace(origin, "")}`),
    };
  } finally {
    await browser.close();
  }
}

console.log(`• ${flavor}: migrating, seeding the articles and ${comments} approved comments…`);
const server = await startBenchServer({
  name: "article",
  postgres,
  port,
  prepare: (env) => runScript(env, "bench/seed-large.ts", ["--article", seedSlug, "--comments", String(comments)]),
});
try {
  origin = server.origin;
  articleUrl = `${origin}/articles/${seedSlug}`;
  const html = await (await fetch(articleUrl)).text();
  const rendered = new Set(html.match(/id="comment-\d+"/g) ?? []).size;
  const gzip = await fetch(articleUrl, { headers: { "accept-encoding": "gzip" } });
  console.log(`• Article page: ${Buffer.byteLength(html)} B of HTML, ${rendered} comment elements (seeded ${comments}); content-encoding ${gzip.headers.get("content-encoding") ?? "none"}`);

  await load(10, 3); // warm-up: first render, JIT, connection pools
  const results = [];
  for (const connections of [10, 50]) {
    const r = await load(connections, duration);
    results.push(r);
    console.log(`  c=${connections}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${r.requests} requests, non-2xx ${r.non2xx}, errors ${r.errors})`);
  }
  const view = await firstView();
  console.log(`• First view in Chromium: ${view.transferred} B transferred in ${view.requests} requests; JavaScript ${view.jsBytes} B in ${view.jsRequests} files; other hosts: ${view.foreign.length === 0 ? "none" : view.foreign.join(", ")}`);
  for (const entry of view.list) console.log(`    ${entry}`);

  const summary = { at: new Date().toISOString(), flavor, commentsSeeded: comments, commentsRendered: rendered, htmlBytes: Buffer.byteLength(html), tool: "autocannon", duration, c10: results[0], c50: results[1], firstView: view };
  fs.writeFileSync(path.join(benchDir, `article-${flavor}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`Saved .tmp/bench/article-${flavor}.json`);
} finally {
  await server.stop();
}
