import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(__dirname) },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    // They need a PostgreSQL server: `npm run test:postgres` runs them.
    exclude: ["**/node_modules/**", "**/*.postgres.test.ts"],
    environment: "node",
    // `server-only` throws outside React Server Components; unit tests import
    // the pure modules behind it.
    alias: { "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") },
  },
});
