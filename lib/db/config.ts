import path from "node:path";

// Shared by the app (lib/db/client.ts), the Prisma CLI (prisma.config.ts) and the
// scripts, so every process reads DATABASE_URL the same way.

export const DEFAULT_DATABASE_URL = "file:./data/newsroom.db";

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
    return {
      flavor: "postgres",
      host: decodeURIComponent(u.hostname) || "localhost",
      port: u.port ? Number(u.port) : 5432,
      user: decodeURIComponent(u.username) || "postgres",
      password: u.password ? decodeURIComponent(u.password) : undefined,
      database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
      schema: u.searchParams.get("schema") ?? undefined,
    };
  }
  throw new Error("DATABASE_URL must start with file: or postgres://");
}
