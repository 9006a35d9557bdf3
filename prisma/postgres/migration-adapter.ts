import type { DatabaseTarget } from "../../lib/db-config";

/** The PostgreSQL adapter for the Prisma CLI (filled in by the PostgreSQL issue). */
export async function postgresMigrationAdapter(target: Extract<DatabaseTarget, { flavor: "postgres" }>) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    idleTimeoutMillis: 500,
  });
}
