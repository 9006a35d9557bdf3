// Throwaway PostgreSQL databases for the e2e pass, benchmarks and tests: made
// on the server of POSTGRES_ADMIN_URL (default: the local server, user
// postgres), dropped afterwards. Never touches any database it did not create.
import pg from "pg";

export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export function adminUrl() {
  return process.env.POSTGRES_ADMIN_URL || DEFAULT_ADMIN_URL;
}

async function withAdmin(admin, work) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `<prefix>_<timestamp>_<pid>` and returns its URL and a drop function. */
export async function createThrowawayDatabase(prefix, admin = adminUrl()) {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // WITH (FORCE) ends sessions a killed server may have left open (PostgreSQL 13+).
    drop: () => withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
