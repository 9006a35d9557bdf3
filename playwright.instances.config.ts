import { defineConfig } from "@playwright/test";
import { exitUnlessThrowawayDatabase } from "./e2e/support/throwaway";

exitUnlessThrowawayDatabase();

// The two-instance test starts its own servers (two `node scripts/start.mjs`
// on one PostgreSQL database), so this config has no webServer. Run by
// `npm run test:postgres` after the main suite, on the same throwaway database.
export default defineConfig({
  testDir: "e2e",
  testMatch: ["two-instances.spec.ts"],
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 300_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  outputDir: ".tmp/test-results-instances",
});
