// Timed part of bench/moderation-queue.mjs, run under tsx so it can import
// the app's own query code (lib/moderation/queue.ts) and Prisma client.
import { performance } from "node:perf_hooks";
import { queryQueue } from "../lib/moderation/queue";
import { createPrismaClient } from "../lib/db/prisma-client";
import { queueQuerySchema } from "../lib/moderation/validation";

const runs = Number(process.env.BENCH_RUNS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const db = await createPrismaClient(process.env.DATABASE_URL);
  const scenarios: [string, Record<string, string>][] = [
    ["Pending, first page", {}],
    ["Pending, oldest first", { order: "oldest" }],
    ["Pending, one article", { article: process.env.BENCH_ARTICLE ?? "" }],
    ["All, first page", { status: "all" }],
    ["Pending, search", { q: "casino" }],
  ];
  for (const [label, params] of scenarios) {
    const query = queueQuerySchema.parse(params);
    for (let i = 0; i < 10; i += 1) await queryQueue(db, query); // warm up
    const times: number[] = [];
    let items = 0;
    let deep = "";
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const page = await queryQueue(db, query);
      times.push(performance.now() - start);
      items = page.items.length;
      deep = page.older ?? "";
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(24)} items=${items}  p50 ${percentile(times, 50).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms  (${runs} runs)`);
    if (label === "Pending, first page" && deep) {
      // Keyset pagination: a page deep in the queue should cost the same as the first.
      let cursor: string | null = deep;
      for (let page = 0; page < 200 && cursor; page += 1) cursor = (await queryQueue(db, queueQuerySchema.parse({ after: cursor }))).older;
      const deepTimes: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        await queryQueue(db, queueQuerySchema.parse({ after: cursor ?? deep }));
        deepTimes.push(performance.now() - start);
      }
      deepTimes.sort((a, b) => a - b);
      console.log(`${"Pending, page ~200".padEnd(24)} p50 ${percentile(deepTimes, 50).toFixed(1)} ms  p99 ${percentile(deepTimes, 99).toFixed(1)} ms  (${runs} runs)`);
    }
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
