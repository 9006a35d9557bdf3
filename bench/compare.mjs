// `npm run bench:compare [-- --run]`
// One table: WordPress vs this site on SQLite and on PostgreSQL, for the
// article page with 200 comments. With --run it first runs bench/wordpress.mjs
// and bench/article.mjs (SQLite, then --postgres) one after the other, so
// the figures come from one session on the same machine; without it, it
// prints the results those scripts saved last in .tmp/bench/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(root, ".tmp", "bench");
const args = process.argv.slice(2);

if (args.includes("--run")) {
  for (const [script, extra] of [["bench/wordpress.mjs", args.includes("--skip-setup") ? ["--skip-setup"] : []], ["bench/article.mjs", []], ["bench/article.mjs", ["--postgres"]]]) {
    const result = spawnSync(process.execPath, [script, ...extra], { cwd: root, stdio: "inherit" });
    if (result.status !== 0) console.error(`✗ ${script} ${extra.join(" ")} failed (exit ${result.status}); its row stays empty`);
  }
}

const read = (name) => {
  const file = path.join(benchDir, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
};
const wordpress = read("wordpress");
const rows = [
  ["WordPress 6.1 (nginx, PHP-FPM + opcache, MariaDB)", wordpress],
  ["This site, SQLite", read("article-sqlite")],
  ["This site, PostgreSQL", read("article-postgres")],
];

const fmt = (n, unit = "") => (n === null || n === undefined || Number.isNaN(n) ? "–" : `${Math.round(n * 10) / 10}${unit}`);
const kb = (bytes) => (bytes ? `${(bytes / 1024).toFixed(1)} KB` : "–");
const header = ["", "req/s c=10", "req/s c=50", "p50 c=50", "p99 c=50", "× WordPress (c=50)", "first view", "JS", "requests", "other hosts", "measured"];
const table = rows.map(([label, r]) => [
  label,
  fmt(r?.c10?.rps),
  fmt(r?.c50?.rps),
  fmt(r?.c50?.p50, " ms"),
  fmt(r?.c50?.p99, " ms"),
  r && wordpress?.c50?.rps ? `${(r.c50.rps / wordpress.c50.rps).toFixed(1)}×` : "–",
  kb(r?.firstView?.transferred),
  kb(r?.firstView?.jsBytes),
  fmt(r?.firstView?.requests),
  r ? String(r.firstView?.foreign?.length ?? r.firstView?.externalBlocked ?? "–") : "–",
  r ? `${r.at?.slice(0, 16) ?? "?"} ${r.tool ?? ""}${r.commentsRendered !== undefined ? `, ${r.commentsRendered}/${r.commentsSeeded} comments shown` : ""}` : "not run",
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of table) console.log(line(row));
console.log("\nTargets: ≥ 20× WordPress's req/s at c=50 with p99 ≤ 50 ms; first view ≤ 200 KB, JS ≤ 150 KB compressed, no other host.");
if (rows.some(([, r]) => r && r.commentsRendered === 0)) {
  console.log("Note: the article page rendered none of the seeded comments (the comment section is not built yet), so our rows measure the bare article.");
}
