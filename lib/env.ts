import "server-only";
import path from "node:path";
import { z } from "zod";
import { parseAllowedOrigins } from "@/lib/http/api-request";
import { parseAllowedHosts } from "@/lib/webhooks/ssrf";
import { resolveAuthSecret, secretFilePath } from "@/lib/auth/secret-source";

// The only reader of process.env: everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Where `npm start` keeps the generated secret and the default database. */
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must be a file: path or a postgres:// URL")
    .optional(),
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
  /** Hosts webhooks may reach although their address is not public (comma-separated hostnames or IPs; lib/webhooks/ssrf.ts). */
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((value) => parseAllowedHosts(value)),
  /** The first retry delay of a failed webhook delivery; each later one doubles (lib/webhooks/policy.ts). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
});

const parsed = schema.parse(process.env);

// The same default as scripts/start.mjs: the database sits in the data directory.
const defaultFile = path.join(parsed.DATA_DIR, "newsroom.db");
const DATABASE_URL = parsed.DATABASE_URL ?? `file:${path.isAbsolute(defaultFile) ? defaultFile : `./${defaultFile}`}`;

export const env = {
  ...parsed,
  DATABASE_URL,
  SITE_URL: (parsed.SITE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ""),
  // Production refuses to start without a secret (instrumentation.ts turns the
  // error into a one-line message and exit 1).
  AUTH_SECRET: resolveAuthSecret({
    nodeEnv: parsed.NODE_ENV,
    phase: process.env.NEXT_PHASE,
    configured: parsed.AUTH_SECRET,
    secretFile: secretFilePath(parsed.DATA_DIR),
  }),
  databaseFlavor: DATABASE_URL.startsWith("file:") ? ("sqlite" as const) : ("postgres" as const),
};
