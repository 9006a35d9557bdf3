import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// The check that .ci/run runs right after `npm ci`, on a scratch project with
// no dependencies (so npm needs no registry).
const script = path.resolve(__dirname, "check-lockfile.sh");
let dir: string;

function project(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-lockfile-"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", private: true }, null, 2) + "\n");
  execFileSync("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: dir, stdio: "ignore" });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.test", "commit", "-q", "-m", "scratch");
  return dir;
}

const run = (cwd: string) => spawnSync("bash", [script], { cwd, encoding: "utf8" });

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the CI lockfile check", { timeout: 60_000 }, () => {
  it("passes when npm install leaves package-lock.json as committed", () => {
    const result = run(project());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("package-lock.json matches package.json.");
  });

  it("fails with a clear message when package.json changed without the lockfile", () => {
    const cwd = project();
    fs.writeFileSync(path.join(cwd, "package.json"), JSON.stringify({ name: "scratch", version: "1.1.0", private: true }, null, 2) + "\n");
    const result = run(cwd);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("package-lock.json is out of date with package.json: run `npm install` and commit the updated package-lock.json.");
  });
});
