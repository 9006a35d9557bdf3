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

// Tests run on two workers against one server and one database, so each is
// placed by what it shares with the others:
// - "parallel": everything that makes its own articles, comments and users
//   and neither changes nor depends on site-wide state. Fully parallel.
// - "site-settings": what changes the one row of discussion settings, or
//   posts comments through the app and so depends on it (and on flood keys,
//   since all tests come from one address). One at a time, beside "parallel".
// - "exclusive": what cannot share the server at all: the load and crash
//   tests, and the one that disables every other admin. Runs alone, last
//   (Playwright skips it when an earlier project failed).
// "setup" signs in the saved accounts first (e2e/auth.setup.ts).
const SITE_SETTINGS = [
  "commenting.spec.ts",
  "comment-api-and-safety.spec.ts",
  "comment-limits.spec.ts",
  "comment-moderation-journey.spec.ts",
  "hostile-input.spec.ts",
  "refusals.spec.ts",
  "settings.spec.ts",
  "settings-effects.spec.ts",
];
const EXCLUSIVE = ["durability.spec.ts", "users-last-admin.spec.ts"];
// Two app processes on one database: run by `npm run test:postgres` through
// playwright.instances.config.ts, never here.
const ELSEWHERE = ["two-instances.spec.ts"];

export default defineConfig({
  testDir: "e2e",
  testIgnore: ELSEWHERE,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A ceiling, not a wait: two workers share one server on a small machine.
  timeout: 60_000,
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
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    // Listed before "parallel": a free worker takes the first job it may run,
    // in this order, so the one-at-a-time chain starts at once and "parallel"
    // fills the other worker, instead of running after all of "parallel".
    { name: "site-settings", testMatch: SITE_SETTINGS, workers: 1, dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
    {
      name: "parallel",
      testIgnore: [...SITE_SETTINGS, ...EXCLUSIVE, ...ELSEWHERE],
      fullyParallel: true,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"] },
    },
    { name: "exclusive", testMatch: EXCLUSIVE, workers: 1, dependencies: ["parallel", "site-settings"], use: { ...devices["Desktop Chrome"] } },
  ],
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
      // One partner site that may call the JSON API from its pages (e2e/comment-api-and-safety.spec.ts).
      API_ALLOWED_ORIGINS: "https://partner.example",
      // The webhook receivers the tests start listen on 127.0.0.1 (only the
      // address: "localhost" stays refused, e2e/webhooks.spec.ts), and their
      // retries come quickly so ten failures take seconds, not hours.
      WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
      WEBHOOK_RETRY_BASE_MS: "20",
    },
  },
});
