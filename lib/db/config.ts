import path from "node:path";
import type { ClientConfig } from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

// Shared by the app (lib/db/client.ts), the Prisma CLI (prisma.config.ts) and the
// scripts, so every process reads DATABASE_URL the same way.

export const DEFAULT_DATABASE_URL = "file:./data/newsroom.db";

/**
 * What `pg` is given: every parameter of the URL that pg itself understands
 * (sslmode, sslrootcert, sslcert, sslkey, application_name, options,
 * connect_timeout…, parsed by pg's own pg-connection-string), as discrete
 * fields rather than a connection string (see prisma/postgres/migration-adapter.ts
 * for why a connection string is never passed on).
 */
export type PgConnectionConfig = Omit<ClientConfig, "connectionString">;

export type DatabaseTarget =
  | { flavor: "sqlite"; file: string }
  | {
      flavor: "postgres";
      host: string;
      port: number;
      user: string;
      password: string | undefined;
      database: string;
      schema: string | undefined;
      /** Everything pg needs to connect, TLS included: spread it into the pool's config. */
      connection: PgConnectionConfig;
    };

/** Parses DATABASE_URL: a `file:` path (relative to the project root) or a postgres URL. */
export function resolveDatabase(url: string = DEFAULT_DATABASE_URL, root: string = process.cwd()): DatabaseTarget {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (file === "") throw new Error("DATABASE_URL file: path is empty");
    return { flavor: "sqlite", file: path.resolve(root, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const u = new URL(url);
    // `schema` is Prisma's, not pg's: the adapter sets the search path from it.
    const { schema: _schema, connectionString: _ignored, ...parsed } = parseIntoClientConfig(url) as ClientConfig & { schema?: unknown };
    const host = parsed.host || decodeURIComponent(u.hostname) || "localhost";
    const port = parsed.port ?? 5432;
    const user = parsed.user || "postgres";
    const password = typeof parsed.password === "string" && parsed.password !== "" ? parsed.password : undefined;
    const database = parsed.database || "postgres";
    return {
      flavor: "postgres",
      host,
      port,
      user,
      password,
      database,
      schema: u.searchParams.get("schema") ?? undefined,
      connection: { ...parsed, host, port, user, password, database },
    };
  }
  throw new Error("DATABASE_URL must start with file: or postgres://");
}
