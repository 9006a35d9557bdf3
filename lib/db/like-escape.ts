import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma's `contains`, `startsWith` and `endsWith` become LIKE with the text
// pasted between wildcards, unescaped, so an editor's "50%" or "a_b" would be
// a pattern. Escaping needs an escape character both databases agree on:
// PostgreSQL's LIKE and ILIKE use backslash by default; SQLite's LIKE has none
// unless the statement says ESCAPE, which Prisma never writes. So the SQLite
// adapter adds ESCAPE '\' to every LIKE it sends, and callers pass text
// through likeLiteral. Every LIKE in the app then means the same on both.

/** `text` as a LIKE pattern that matches exactly that text (with backslash as the escape). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const BARE_LIKE = /\bLIKE \?(?! ESCAPE\b)/g;

/** Adds ESCAPE '\' to each parameterised LIKE of a statement that has none. */
export function withLikeEscapeClause(sql: string): string {
  return sql.replace(BARE_LIKE, "LIKE ? ESCAPE '\\'");
}

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;

function rewriting<T extends Queryable>(target: T): T {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => queryRaw({ ...query, sql: withLikeEscapeClause(query.sql) });
  target.executeRaw = (query) => executeRaw({ ...query, sql: withLikeEscapeClause(query.sql) });
  return target;
}

/** The SQLite adapter factory, with every connection (and its transactions) writing ESCAPE '\' after LIKE. */
export function withSqliteLikeEscape(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = rewriting(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => rewriting(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}
