import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { resolveDatabase } from "../lib/db-config";
import { paths } from "../lib/paths";
import { createPrismaClient, type Db } from "../lib/prisma-client";
import { seedArticle } from "./fixtures";

// Two production servers (`node scripts/start.mjs`) on one PostgreSQL
// database behave as one site: a change recorded by either is served by both.
// Run by `npm run test:postgres` through playwright.instances.config.ts.

const databaseUrl = process.env.DATABASE_URL ?? "";
const e2ePort = Number(process.env.E2E_PORT ?? 3210);
// Both sit behind one public origin, as behind a reverse proxy. It is the main
// suite's SITE_URL, so the build that pass made is current and is shared.
const publicUrl = `http://localhost:${e2ePort}`;
const instances = [
  { name: "A", port: e2ePort + 1 },
  { name: "B", port: e2ePort + 2 },
];
const children: ChildProcess[] = [];
let db: Db;

async function waitUntilServing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance on port ${port} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance on port ${port} did not start`);
}

function startInstance(port: number): ChildProcess {
  const child = spawn(process.execPath, [path.join(__dirname, "..", "scripts", "start.mjs")], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SITE_URL: publicUrl,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function pageText(port: number, pathname: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** What lib/cache.ts records after a change: the signal every instance polls. */
async function signalArticleChanged(slug: string): Promise<void> {
  const changed = [paths.article(slug), paths.home, paths.articleFeed, "/sitemap.xml"];
  await db.cacheSignal.createMany({ data: changed.map((pathname) => ({ path: pathname })) });
}

test.beforeAll(async () => {
  if (resolveDatabase(databaseUrl).flavor !== "postgres") {
    throw new Error("two-instances.spec.ts needs a postgres:// DATABASE_URL (run it with npm run test:postgres)");
  }
  db = await createPrismaClient(databaseUrl);
  // One at a time: the first finds (or makes) the build, the second reuses it.
  for (const instance of instances) await waitUntilServing(instance.port, startInstance(instance.port));
});

test.afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await db?.$disconnect();
});

test("an article changed on instance A is on instance B's article page within a second", async () => {
  const articlePath = paths.article(seedArticle.slug);
  // Both instances have rendered and cached the page before the change.
  for (const { port } of instances) expect(await pageText(port, articlePath)).toContain(seedArticle.title);

  const newTitle = `${seedArticle.title} (updated ${Date.now()})`;
  try {
    await db.article.update({ where: { slug: seedArticle.slug }, data: { title: newTitle } });
    await signalArticleChanged(seedArticle.slug);
    const changedAt = Date.now();

    await expect
      .poll(async () => (await pageText(instances[1]!.port, articlePath)).includes(newTitle), { timeout: 1_000, intervals: [50] })
      .toBe(true);
    const seenOnB = Date.now() - changedAt;
    test.info().annotations.push({ type: "propagation", description: `instance B served the change after ${seenOnB} ms` });
    console.log(`instance B served the change ${seenOnB} ms after it was signalled`);

    for (const [port, pathname] of [[instances[0]!.port, articlePath], [instances[1]!.port, "/"]] as const) {
      await expect.poll(async () => (await pageText(port, pathname)).includes(newTitle), { timeout: 1_000, intervals: [50] }).toBe(true);
    }
  } finally {
    await db.article.update({ where: { slug: seedArticle.slug }, data: { title: seedArticle.title } });
    await signalArticleChanged(seedArticle.slug);
  }
});
