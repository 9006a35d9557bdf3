import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { withSqliteLikeEscape } from "./like-escape";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";

// The better-sqlite3 adapter shares one connection between every request of
// the process. It serialises interactive transactions among themselves, but a
// plain query sent by another request while a transaction is open runs inside
// that transaction (and is rolled back with it), and it opens transactions
// with a deferred BEGIN, which fails with SQLITE_BUSY under concurrent writers
// whatever the busy timeout (docs/prisma-offline.md, bug 6). This wrapper
// makes every statement wait while a transaction is open, and opens
// transactions with BEGIN IMMEDIATE, so they take the write lock up front and
// queue behind other processes under the busy timeout.

/** A FIFO lock: one holder at a time, in the order they asked. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }
}

class SerialisedSqlite implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #inner: SqlDriverAdapter;
  readonly #lock = new Lock();

  constructor(inner: SqlDriverAdapter) {
    this.#inner = inner;
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async #alone<T>(run: () => Promise<T>): Promise<T> {
    const release = await this.#lock.acquire();
    try {
      return await run();
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#alone(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#alone(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#alone(() => this.#inner.executeScript(script));
  }

  getConnectionInfo() {
    return this.#inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new Error(`SQLite transactions are always SERIALIZABLE, not ${isolationLevel}`);
    }
    const release = await this.#lock.acquire();
    try {
      await this.#inner.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] });
    } catch (error) {
      release();
      throw error;
    }
    const inner = this.#inner;
    let open = true;
    const finish = () => {
      if (open) release();
      open = false;
      return Promise.resolve();
    };
    // The engine sends COMMIT or ROLLBACK itself (usePhantomQuery: false);
    // commit() and rollback() only hand the connection back.
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => inner.queryRaw(query),
      executeRaw: (query) => inner.executeRaw(query),
      commit: finish,
      rollback: finish,
    };
  }

  dispose(): Promise<void> {
    return this.#alone(() => this.#inner.dispose());
  }
}

/** The better-sqlite3 adapter factory, with statements serialised around transactions. */
export function serialisedSqliteAdapter(url: string, timeoutMs: number): SqlDriverAdapterFactory {
  // LIKE escapes with backslash, as on PostgreSQL (lib/db/like-escape.ts).
  const factory = withSqliteLikeEscape(new PrismaBetterSQLite3({ url, timeout: timeoutMs }));
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new SerialisedSqlite(await factory.connect()),
  };
}
