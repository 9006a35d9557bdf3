// `npm run bench:comment-post [-- --postgres] [-- --count 500] [-- --concurrency 50]`
// Posts comments to POST /api/comments on the production server (throwaway
// database, flood control off and hold-all off through the Settings row),
// each with its own author and text, then checks that exactly as many rows
// were stored as the API acknowledged with 2xx. Prints posts/s, p50 and p99.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/prisma-client";
import { root, seedSlug, startBenchServer } from "./lib/bench-server.mjs";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const postgres = args.includes("--postgres");
const count = Number(option("--count", "500"));
const concurrency = Number(option("--concurrency", "50"));
const port = Number(option("--port", process.env.BENCH_PORT ?? "3243"));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  // Fail before a minute of building when the route is not in this checkout.
  if (!["route.ts", "route.tsx"].some((file) => fs.existsSync(path.join(root, "app", "api", "comments", file)))) {
    throw new Error("app/api/comments/route.ts does not exist in this checkout: POST /api/comments is not built yet, nothing to measure");
  }
  const server = await startBenchServer({
    name: "comment-post",
    postgres,
    port,
    prepare: async (env: Record<string, string>) => {
      const db = await createPrismaClient(env.DATABASE_URL);
      await db.settings.upsert({ where: { id: 1 }, create: { id: 1, floodSeconds: 0, holdAll: false }, update: { floodSeconds: 0, holdAll: false } });
      await db.$disconnect();
    },
  });
  const db = await createPrismaClient(server.databaseUrl);
  try {
    const endpoint = `${server.origin}/api/comments`;
    // The API answers JSON (400 with field errors for an empty body); a
    // missing route answers Next's HTML 404 page.
    const probe = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    if (!(probe.headers.get("content-type") ?? "").includes("application/json")) {
      throw new Error(`POST /api/comments is not there yet (HTTP ${probe.status}, ${probe.headers.get("content-type")}): nothing to measure`);
    }

    const run = Date.now().toString(36);
    const prefix = `Benchmark comment ${run}`;
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    let acknowledged = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const body = { article: seedSlug, name: `Bench Poster ${run}-${i}`, email: `poster-${run}-${i}@example.com`, body: `${prefix}-${i}: the factory deals need public scrutiny.` };
        const started = performance.now();
        try {
          const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
          await response.arrayBuffer();
          latencies.push(performance.now() - started);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 200 && response.status < 300) acknowledged++;
        } catch {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;

    const stored = await db.comment.count({ where: { body: { startsWith: prefix } } });
    latencies.sort((a, b) => a - b);
    console.log(`${count} posts at concurrency ${concurrency} on ${postgres ? "PostgreSQL" : "SQLite"} in ${seconds.toFixed(2)} s: ${(count / seconds).toFixed(0)} posts/s`);
    console.log(`  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
    console.log(`  answers: ${[...statuses].map(([status, n]) => `${status || "network error"} ×${n}`).join(", ")}`);
    console.log(`  acknowledged (2xx) ${acknowledged}, stored ${stored}: ${stored === acknowledged ? "nothing lost" : "MISMATCH"}`);
    if (stored !== acknowledged) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
