import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/prisma-client";
import { loadSeedArticles } from "../lib/articles/seed-articles";

// Two first starts at the same moment (two instances, a restart loop) on a
// fresh data directory must end with one secret, one copy of each seeded
// article and one admin, and both must succeed.
const root = path.resolve(__dirname, "..");
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-start-"));
  fs.rmSync(dataDir, { recursive: true });
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

function run(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ["AUTH_SECRET", "DATABASE_URL", "NODE_ENV", "ADMIN_EMAIL"]) delete env[name];
  return { ...env, ...extra };
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("first start, twice at once", { timeout: 60_000 }, () => {
  it("creates one secret that every racing process reads back", async () => {
    const file = path.join(dataDir, "auth-secret");
    const script = `import { readOrCreateSecret } from ${JSON.stringify(path.join(root, "scripts/lib/startup.mjs"))}; console.log(readOrCreateSecret(${JSON.stringify(file)}));`;
    const runs = await Promise.all(Array.from({ length: 8 }, () => run(["--input-type=module", "-e", script], cleanEnv({}))));
    const secrets = new Set(runs.map((r) => r.stdout.trim()));
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0));
    expect(secrets.size).toBe(1);
    expect([...secrets][0]).toBe(fs.readFileSync(file, "utf8").trim());
    expect(mode(file)).toBe(0o600);
    expect(mode(dataDir)).toBe(0o700);
  });

  it("both preparations succeed, with one secret, one copy of each article and one admin, all private", async () => {
    const env = cleanEnv({ DATA_DIR: dataDir });
    const runs = await Promise.all([0, 1].map(() => run(["scripts/start.mjs", "--prepare-only"], env)));
    for (const r of runs) expect(r.code, r.stderr + r.stdout).toBe(0);
    // The one-time admin password is printed by exactly one of them.
    expect(runs.filter((r) => r.stdout.includes("an administrator account was created"))).toHaveLength(1);

    expect(fs.readdirSync(dataDir).filter((name) => name.includes("secret"))).toEqual(["auth-secret"]);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "auth-secret"))).toBe(0o600);
    const dbFile = path.join(dataDir, "newsroom.db");
    for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`].filter((f) => fs.existsSync(f))) expect(mode(file), file).toBe(0o600);

    const db = await createPrismaClient(`file:${dbFile}`);
    try {
      expect(await db.article.count()).toBe(loadSeedArticles().length);
      // Its password was printed on a console: it must be replaced at first sign-in.
      expect(await db.user.findMany({ select: { email: true, role: true, mustChangePassword: true } })).toEqual([
        { email: "admin@localhost", role: "admin", mustChangePassword: true },
      ]);
      expect(await db.settings.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  }, 180_000);
});
