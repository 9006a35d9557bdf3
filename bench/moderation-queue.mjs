// Seeds 100,000 comments into a throwaway SQLite database and times the
// moderation queue's first page through the app's own query code
// (lib/moderation/queue.ts, the code listQueue runs after its editor
// check). Usage: node bench/moderation-queue.mjs [comments=100000]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const total = Number(process.argv[2] ?? 100_000);
const dir = path.join(root, ".tmp", "bench-moderation");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, "bench.db");
const env = { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" };

function run(args) {
  const result = spawnSync(process.execPath, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run([path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"]);
run([path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed.ts"]);

// Seeding speed matters only to whoever runs the bench: one prepared
// statement in one transaction, bypassing the app (Prisma stores DateTime in
// SQLite as ISO text with an explicit offset, so the rows match its format).
const db = new Database(file);
const articles = db.prepare("SELECT id, slug FROM Article").all();
const insert = db.prepare(`INSERT INTO Comment (articleId, parentId, rootId, depth, authorName, authorEmail, authorWebsite, authorKey, body, status, reasons, isStaff, ip, userAgent, createdAt, updatedAt)
  VALUES (?, NULL, NULL, 1, ?, ?, NULL, ?, ?, ?, ?, 0, ?, 'bench', ?, ?)`);
const statuses = ["approved", "approved", "approved", "pending", "spam", "trash"];
const words = ["policy", "border", "casino", "trade", "protest", "pipeline", "election", "market"];
const started = Date.now();
const base = Date.now() - total * 60_000;
db.transaction(() => {
  for (let i = 0; i < total; i += 1) {
    const article = articles[i % articles.length];
    const author = i % 5000;
    const at = new Date(base + i * 60_000).toISOString().replace("Z", "+00:00");
    const status = statuses[(i * 7) % statuses.length];
    const reasons = status === "pending" ? '[{"rule":"first-comment","detail":""}]' : "[]";
    insert.run(article.id, `Reader ${author}`, `reader${author}@example.test`, `bench:${author}`, `Comment ${i} about the ${words[i % words.length]} and more words to make it realistic.`, status, reasons, `198.51.${(i >> 8) & 255}.${i & 255}`, at, at);
  }
})();
// Parents for a tenth of the comments, so the page's parent lookup has work to do.
db.exec("UPDATE Comment SET parentId = id - 1, rootId = id - 1, depth = 2 WHERE id % 10 = 0");
console.log(`Seeded ${total.toLocaleString("en-US")} comments in ${((Date.now() - started) / 1000).toFixed(1)} s`);
db.exec("ANALYZE");
db.close();

env.BENCH_ARTICLE = articles[0].slug;
run([path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "bench/moderation-queue-run.ts"]);
