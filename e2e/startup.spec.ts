import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production server itself (the build this suite made), started the way
// `node scripts/server.mjs` or `next start` would be, without `npm start`.
const root = path.resolve(__dirname, "..");

test("a production server with no AUTH_SECRET and no generated secret refuses to start, saying how to fix it in one line", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-nosecret-"));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, PORT: String(Number(process.env.E2E_PORT ?? 3210) + 7), HOST: "127.0.0.1" };
    delete env.AUTH_SECRET;
    const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Refusing to start: AUTH_SECRET is not set .*Set AUTH_SECRET.*`npm start`/);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
