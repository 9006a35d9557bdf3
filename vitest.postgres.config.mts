import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests that need a PostgreSQL server (POSTGRES_ADMIN_URL, default the local
// one): run by `npm run test:postgres`, never by `npm test`.
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(__dirname) },
  },
  test: {
    include: ["lib/**/*.postgres.test.ts", "scripts/**/*.postgres.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    alias: { "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") },
  },
});
