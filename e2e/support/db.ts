import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

// The tests' handle on the e2e database: requests go to db-worker.ts (run
// with tsx), which owns the Prisma client. One worker per Playwright worker.

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

let child: ChildProcess | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function worker(): ChildProcess {
  if (child?.connected) return child;
  child = fork(path.join(__dirname, "db-worker.ts"), [], {
    execArgv: ["--import", "tsx"],
    // Structured clone, so Dates come back as Dates.
    serialization: "advanced",
    env: process.env,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  child.on("message", (reply: Reply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.error));
  });
  // Do not keep the Playwright worker alive; it ends the child by disconnecting.
  child.unref();
  child.channel?.unref();
  return child;
}

function send(message: Record<string, unknown>): Promise<unknown> {
  const id = nextId++;
  const target = worker();
  target.channel?.ref();
  return new Promise<unknown>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    target.send({ id, ...message });
  }).finally(() => {
    if (waiting.size === 0) target.channel?.unref();
  });
}

/** Creates or updates an account with the app's own code (argon2id hash, zod validation). */
export async function upsertUser(input: { email: string; password: string; role: "admin" | "editor"; name: string }) {
  return (await send({ op: "upsertUser", input })) as { action: "created" | "updated"; id: number; email: string; role: string };
}

/**
 * Runs one Prisma call, e.g. `dbQuery<{ disabled: boolean } | null>("user", "findUnique", { where: { id } })`.
 * The result type is the caller's to state: it crosses a process boundary.
 */
export async function dbQuery<T>(model: string, method: string, args?: unknown): Promise<T> {
  return (await send({ op: "query", model, method, args })) as T;
}
