import { createRequire } from "node:module";
import type { DatabaseTarget } from "../../lib/db/config";

// Loaded only by prisma.config.ts, i.e. only in Prisma CLI processes (migrate,
// db push, diff). The app never imports this file.

const NAME_OID = 19; // `name`: identifiers in pg_catalog / information_schema
const CHAR_OID = 18; // `"char"`: one-byte catalog flags such as relkind
const TEXT_OID = 25;

type FieldDescription = { dataTypeID: number };
type ResultPrototype = { addFields(fields: FieldDescription[]): void; __newsroomNamePatch?: true };

/**
 * Prisma 6.19's schema engine reads the catalogs through the driver adapter,
 * and adapter-pg cannot map `name` or `"char"` columns ("Column type 'name'
 * could not be deserialized", prisma/orm#27403). Both are plain text on the
 * wire, so relabelling them as `text` before pg picks a parser (and before the
 * adapter reads the field types) is lossless.
 */
function relabelCatalogTextColumns(): void {
  // pg's ESM entry re-exports the CommonJS classes, so patching the CommonJS
  // Result also patches the instance adapter-pg uses.
  const require = createRequire(import.meta.url);
  const { prototype } = require("pg/lib/result") as { prototype: ResultPrototype };
  if (prototype.__newsroomNamePatch) return;
  const addFields = prototype.addFields;
  prototype.addFields = function patchedAddFields(this: ResultPrototype, fields: FieldDescription[]) {
    for (const field of fields) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    addFields.call(this, fields);
  };
  prototype.__newsroomNamePatch = true;
}

/**
 * The WASM schema engine guards its advisory lock with a 10 s timer that it
 * never clears, so `migrate deploy` on PostgreSQL sat idle for 10 s after
 * finishing (measured: 15 s instead of 5 s per start). Unreferenced long
 * timers still fire while the CLI is working, but no longer keep it alive.
 */
function letLongTimersNotHoldTheProcess(): void {
  const original = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= 5_000) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

/** The PostgreSQL adapter for the Prisma CLI. */
export async function postgresMigrationAdapter(target: Extract<DatabaseTarget, { flavor: "postgres" }>) {
  relabelCatalogTextColumns();
  letLongTimersNotHoldTheProcess();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // Discrete fields, not a connection string: with a connection string the
  // shadow database silently points at the main one (docs/prisma-offline.md, bug 4).
  // idleTimeoutMillis stops the CLI lingering after it has finished.
  return new PrismaPg(
    { ...target.connection, idleTimeoutMillis: 500 },
    target.schema ? { schema: target.schema } : undefined,
  );
}
