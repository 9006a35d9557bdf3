import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npx playwright test` run by hand must not touch the developer's own
// database: the configs and the fixtures refuse anything scripts/e2e.mjs did
// not create for the run.
const root = path.resolve(__dirname, "..");

function playwright(config: string, env: Record<string, string>) {
  const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("E2E_THROWAWAY_DATABASE" in env)) delete clean.E2E_THROWAWAY_DATABASE;
  if (!("DATABASE_URL" in env)) delete clean.DATABASE_URL;
  return spawnSync(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", "--list", "--config", config], {
    cwd: root,
    env: clean,
    encoding: "utf8",
    timeout: 60_000,
  });
}

const REFUSAL = "Refusing to run: DATABASE_URL is not a throwaway test database made by scripts/e2e.mjs. Run the browser tests with `npm run test:e2e`";

describe("running the browser tests outside npm run test:e2e", () => {
  for (const config of ["playwright.config.ts", "playwright.instances.config.ts"]) {
    it(`${config} refuses the default database (no DATABASE_URL) with one line saying what to run`, () => {
      const result = playwright(config, {});
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(REFUSAL);
    }, 60_000);

    it(`${config} refuses a DATABASE_URL that scripts/e2e.mjs did not make`, () => {
      const result = playwright(config, { DATABASE_URL: "file:./data/newsroom.db" });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(REFUSAL);
    }, 60_000);
  }

  it("lists the tests for the database scripts/e2e.mjs made", () => {
    const url = "file:./.tmp/e2e/e2e.db";
    const result = playwright("playwright.config.ts", { DATABASE_URL: url, E2E_THROWAWAY_DATABASE: url });
    expect(result.stderr).not.toContain("Refusing");
    expect(result.stdout).toContain("sign-in.spec.ts");
    expect(result.status).toBe(0);
  }, 60_000);

  it("the fixtures' database helper refuses too, before connecting", async () => {
    const saved = { url: process.env.DATABASE_URL, marker: process.env.E2E_THROWAWAY_DATABASE };
    process.env.DATABASE_URL = "file:./data/newsroom.db";
    delete process.env.E2E_THROWAWAY_DATABASE;
    try {
      const { db } = await import("../e2e/support/db");
      expect(() => db()).toThrow(REFUSAL);
    } finally {
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      if (saved.marker !== undefined) process.env.E2E_THROWAWAY_DATABASE = saved.marker;
    }
  });
});
