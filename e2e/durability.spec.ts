import { expect, test } from "@playwright/test";
import { createUser } from "./auth-fixtures";
import { createComment } from "./moderation-fixtures";
import { commentsOf, createArticle, db, unique, useSettings } from "./support/db";
import { approveOn, signInOn, startServer, stopServer } from "./support/server";

// Nothing acknowledged is ever lost: under concurrent load, and when the
// server process is killed in the middle of a burst of posts.

type Post = { status: number; id?: number; body: string };

async function postComment(baseURL: string, slug: string, n: number, tag: string): Promise<Post> {
  const body = `${tag} comment number ${n}`;
  try {
    const response = await fetch(`${baseURL}/api/comments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ article: slug, name: `Load ${n}`, email: `load-${tag}-${n}@example.org`, body }),
    });
    const json = (await response.json().catch(() => ({}))) as { id?: number };
    return { status: response.status, id: json.id, body };
  } catch {
    return { status: 0, body }; // connection refused or reset: never acknowledged
  }
}

async function burst(baseURL: string, slug: string, total: number, concurrency: number, tag: string, results: Post[] = []): Promise<Post[]> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++;
        results.push(await postComment(baseURL, slug, n, tag));
      }
    }),
  );
  return results;
}

test.describe.configure({ timeout: 120_000 });

test("500 posts at concurrency 50: every acknowledged comment is stored, and only those", async ({ baseURL }) => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  const results = await burst(baseURL!, article.slug, 500, 50, unique("load"));
  const acknowledged = results.filter((r) => r.status === 201);
  expect(results.filter((r) => r.status !== 201 && r.status !== 0 && r.status < 500)).toEqual([]);
  const stored = await commentsOf(article.id);
  expect(stored).toHaveLength(acknowledged.length);
  expect(new Set(stored.map((c) => c.id))).toEqual(new Set(acknowledged.map((r) => r.id)));
  expect(acknowledged.length).toBeGreaterThan(450);
});

test("a server killed with SIGKILL mid-burst loses no acknowledged comment", async () => {
  await useSettings({ floodSeconds: 0, requirePriorApproval: false });
  const article = await createArticle();
  const port = 3290 + (process.pid % 5);
  const server = await startServer(port);
  const tag = unique("crash");
  const progress: Post[] = [];
  const running = burst(`http://127.0.0.1:${port}`, article.slug, 2_000, 20, tag, progress);
  // Kill it mid-write: once the burst is well under way (whatever the machine's speed).
  await expect.poll(() => progress.filter((r) => r.status === 201).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(30);
  await stopServer(server, "SIGKILL");
  const results = await running;
  const acknowledged = results.filter((r) => r.status === 201);
  expect(acknowledged.length).toBeGreaterThan(0);

  const restarted = await startServer(port);
  try {
    // A 201 status line counts as acknowledged even when the kill cut off its
    // body, so match on the text (unique per post), not only on the id.
    const stored = await commentsOf(article.id);
    const storedBodies = new Set(stored.map((c) => c.body));
    expect(acknowledged.filter((r) => !storedBodies.has(r.body))).toEqual([]);
    for (const ack of acknowledged.filter((r) => r.id !== undefined)) {
      expect(stored.find((c) => c.id === ack.id)?.body).toBe(ack.body);
    }
    if (process.env.DATABASE_URL?.startsWith("file:")) {
      const [check] = await (await db()).$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(check?.integrity_check).toBe("ok");
    }
    // The restarted server still takes comments.
    const after = await postComment(`http://127.0.0.1:${port}`, article.slug, 99_999, tag);
    expect(after.status).toBe(201);
  } finally {
    await stopServer(restarted);
  }
});

test("a server killed right after an approval commits, before any consumer ran, shows the comment after a restart", async () => {
  const article = await createArticle();
  const name = unique("Survivor");
  const { id } = await createComment({ articleId: article.id, authorName: name, body: `Approved just before the crash ${name}`, status: "pending" });
  const editor = await createUser();
  const port = 3295 + (process.pid % 5);
  const server = await startServer(port, { NEWSROOM_CRASH_AFTER_COMMIT: "comment.approved" });
  const articleUrl = `http://127.0.0.1:${port}/articles/${article.slug}`;
  try {
    // Cached without the comment, as readers saw it.
    expect(await (await fetch(articleUrl)).text()).not.toContain(name);
    const cookie = await signInOn(port, editor.email, editor.password);
    expect(cookie).not.toBeNull();
    // The process dies inside the request, after its commit.
    await expect(approveOn(port, cookie!, id).then((r) => r.text())).rejects.toThrow();
    await expect.poll(() => server.exitCode !== null || server.signalCode !== null).toBe(true);
  } finally {
    await stopServer(server, "SIGKILL");
  }
  // The change and its event committed together.
  const database = await db();
  expect((await database.comment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("approved");
  expect(await database.event.count({ where: { commentId: id, type: "comment.approved" } })).toBe(1);

  const restarted = await startServer(port);
  try {
    expect(await (await fetch(articleUrl)).text()).toContain(name);
  } finally {
    await stopServer(restarted);
  }
});
