import "server-only";
import { z } from "zod";
import { parseAllowedOrigins } from "@/lib/http/api-request";

// The only reader of process.env: everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must be a file: path or a postgres:// URL")
    .default("file:./data/newsroom.db"),
  SITE_URL: z.url().optional(),
  SITE_NAME: z.string().min(1).default("The Dispatch"),
  PORT: z.coerce.number().int().positive().default(3000),
  AUTH_SECRET: z.string().min(16).optional(),
  /** How many reverse-proxy hops to trust in X-Forwarded-For (0: use the socket address). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Fault injection for the crash test only (e2e/durability.spec.ts): the
   * process kills itself right after committing an event of this type,
   * before any consumer has seen it.
   */
  NEWSROOM_CRASH_AFTER_COMMIT: z.string().optional(),
  /** Other sites whose pages may call the JSON API from a browser (comma-separated origins). */
  API_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseAllowedOrigins(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  /** How much of an IPv6 address per-IP limits treat as one client (lib/http/ip-key.ts). */
  IPV6_PREFIX_LENGTH: z.coerce.number().int().min(1).max(128).default(64),
});

const parsed = schema.parse(process.env);

// Development and test runs get a fixed secret; production refuses to start
// without one (scripts/start.mjs generates and keeps one for `npm start`).
const fallbackSecret = "development-only-secret-do-not-use-in-production";

export const env = {
  ...parsed,
  SITE_URL: (parsed.SITE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ""),
  AUTH_SECRET: parsed.AUTH_SECRET ?? fallbackSecret,
  databaseFlavor: parsed.DATABASE_URL.startsWith("file:") ? ("sqlite" as const) : ("postgres" as const),
};
