import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Starts one more production server process (the build the suite already
 * made) on its own port and the suite's database: a second instance, or a
 * process to kill. Resolves once it answers HTTP.
 */
export async function startServer(port: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", SITE_URL: `http://localhost:${port}`, ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`server on port ${port} did not start`);
}

/** Signs in on a server through Auth.js's own endpoints; the session cookie, or null when refused. */
export async function signInOn(port: number, email: string, password: string): Promise<string | null> {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().find((c) => /authjs\.session-token=[^;]+/.test(c));
  return session ? session.split(";")[0]! : null;
}

/** The id the build gave a server action, from its manifest. */
export function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action ${name}`);
  return found[0];
}

/** Approves a comment through the moderation action, as the dashboard does. */
export function approveOn(port: number, cookie: string, commentId: number): Promise<Response> {
  const form = new FormData();
  form.append("_1_intent", "approve");
  form.append("_1_id", String(commentId));
  form.append("0", JSON.stringify(["$K1"]));
  return fetch(`http://127.0.0.1:${port}/dashboard`, {
    method: "POST",
    headers: { "Next-Action": actionId("moderateCommentsAction"), Origin: `http://127.0.0.1:${port}`, cookie },
    body: form,
  });
}

export async function stopServer(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}
