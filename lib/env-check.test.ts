import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// What every production server process runs first (Next calls instrumentation's
// register() while it prepares, before it listens): `next start` and
// `node scripts/server.mjs` alike.
const root = path.resolve(__dirname, "..");
let dataDir: string;

function startServerProcess(extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_RUNTIME: "nodejs", DATA_DIR: dataDir };
  for (const name of ["AUTH_SECRET", "DATABASE_URL", "NEXT_PHASE"]) delete env[name];
  Object.assign(env, extra);
  const script = `const m = await import(${JSON.stringify(path.join(root, "instrumentation.ts"))}); await m.default.register(); console.log("started");`;
  return spawnSync(process.execPath, ["--import", "tsx", "--conditions", "react-server", "--input-type=module", "-e", script], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-env-"));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("starting in production", { timeout: 60_000 }, () => {
  it("refuses without AUTH_SECRET or a generated secret file: exit 1 and one line naming the fix", () => {
    const result = startServerProcess({});
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("started");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Refusing to start: AUTH_SECRET is not set .* Set AUTH_SECRET .*`npm start`/);
  });

  it("starts with AUTH_SECRET set", () => {
    const result = startServerProcess({ AUTH_SECRET: "a-long-random-secret-for-this-test" });
    // (The database here is not migrated, so the event consumers may say so; nothing refuses to start.)
    expect(result.stderr).not.toMatch(/Refusing to start/);
    expect(result.stdout).toContain("started");
    expect(result.status).toBe(0);
  });

  it("starts with the secret file npm start writes", () => {
    fs.writeFileSync(path.join(dataDir, "auth-secret"), "generated-secret-0123456789abcdef\n");
    const result = startServerProcess({});
    expect(result.stdout).toContain("started");
    expect(result.status).toBe(0);
  });

  it("refuses an invalid variable the same way", () => {
    const result = startServerProcess({ AUTH_SECRET: "a-long-random-secret-for-this-test", DATABASE_URL: "mysql://nope" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("Refusing to start: DATABASE_URL: DATABASE_URL must be a file: path or a postgres:// URL");
  });
});
