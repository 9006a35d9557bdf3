import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layers, enforced (README "Architecture"): pages and components reach
  // data only through the data layer, never the database client; pure
  // modules (rules, validation, transitions, formatting) touch neither.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db/*", "**/lib/db/*", "**/generated/*", "@prisma/*"], message: "Pages and components go through the data layer (lib/<domain>/data), never the database client." },
          ],
        },
      ],
    },
  },
  {
    files: [
      "lib/**/validation.ts",
      "lib/**/rules.ts",
      "lib/**/threading.ts",
      "lib/**/transitions.ts",
      "lib/**/reasons.ts",
      "lib/**/describe-reasons.ts",
      "lib/**/shortcuts.ts",
      "lib/**/bulk-results.ts",
      "lib/**/normalize.ts",
      "lib/**/links.ts",
      "lib/**/undo.ts",
      "lib/**/parse-article.ts",
      "lib/**/types.ts",
      "lib/**/events.ts",
      "lib/cache/tags.ts",
      "lib/site/paths.ts",
      "lib/site/format.ts",
      "lib/settings/types.ts",
    ],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "**/lib/db/*", "**/generated/*", "@prisma/*", "**/data", "**/data/*", "**/*-data", "@/lib/events/outbox", "server-only"],
              message: "Pure modules import no data layer, database client or Prisma types: put shared types in a types.ts.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".tmp/**", "generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
