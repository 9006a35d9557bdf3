import { defineConfig, devices } from "@playwright/test";
import { exitUnlessThrowawayDatabase } from "./e2e/support/throwaway";

exitUnlessThrowawayDatabase();

// The e2e suite runs against a production build on a throwaway database
// (scripts/e2e.mjs prepares both and sets these variables).
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
// Shared with the test process so fixtures can compute what the server signs.
process.env.AUTH_SECRET = "e2e-secret-not-for-production-0123456789";
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: "e2e",
  // Two app processes on one database: run by `npm run test:postgres` through
  // playwright.instances.config.ts, never here.
  testIgnore: ["two-instances.spec.ts"],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  outputDir: ".tmp/test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      SITE_URL: baseURL,
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      AUTH_SECRET: process.env.AUTH_SECRET,
      // As if behind one reverse proxy, so a test can speak as another client
      // by sending X-Forwarded-For (lib/http/client-ip.test.ts covers hops = 0).
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
