import { spawnSync } from "node:child_process";
import path from "node:path";
import { resolveDatabase } from "./config";
import type { Db } from "./prisma-client";

// Moves a site's data between databases (typically an existing SQLite site to
// PostgreSQL) through two Prisma clients, so both sides use the same models.
// Ids are kept, so links between rows (replies, audit entries, permalinks
// such as /articles/slug#comment-42) survive the move.

const BATCH = 1_000;

export type CopyCounts = {
  settings: number;
  users: number;
  articles: number;
  comments: number;
  auditLog: number;
  throttles: number;
};

export class TargetNotEmptyError extends Error {
  constructor(counts: CopyCounts) {
    super(
      `the target database already has data (${describeCounts(counts)}); ` +
        "copy into an empty database, or pass --force to delete the target's rows first",
    );
  }
}

export function describeCounts(counts: CopyCounts): string {
  return Object.entries(counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(", ");
}

export async function countRows(db: Db): Promise<CopyCounts> {
  const [settings, users, articles, comments, auditLog, throttles] = await Promise.all([
    db.settings.count(),
    db.user.count(),
    db.article.count(),
    db.comment.count(),
    db.auditLog.count(),
    db.throttle.count(),
  ]);
  return { settings, users, articles, comments, auditLog, throttles };
}

/** Applies the migrations of the database's flavour with the Prisma CLI (idempotent). */
export function deployMigrations(url: string, root = process.cwd()): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed on the target:\n${result.stdout}\n${result.stderr}`);
}

/** Reads a table in id order, BATCH rows at a time, without holding it all in memory. */
async function* batches<T extends { id: number }>(read: (afterId: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let afterId = 0;
  for (;;) {
    const rows = await read(afterId);
    if (rows.length === 0) return;
    yield rows;
    afterId = rows[rows.length - 1]!.id;
  }
}

async function emptyTarget(to: Db): Promise<void> {
  // Children first; comments' self-references are cut before they go.
  await to.auditLog.deleteMany({});
  await to.comment.updateMany({ data: { parentId: null } });
  await to.comment.deleteMany({});
  await to.article.deleteMany({});
  await to.user.deleteMany({});
  await to.settings.deleteMany({});
  await to.throttle.deleteMany({});
  await to.event.deleteMany({});
  await to.consumerCursor.deleteMany({});
}

/**
 * PostgreSQL hands out ids from sequences that inserts with explicit ids do
 * not advance: without this, the next comment would collide with comment 1.
 * (SQLite's AUTOINCREMENT follows the largest id by itself.)
 */
export async function resetIdSequences(to: Db, url: string): Promise<void> {
  if (resolveDatabase(url).flavor !== "postgres") return;
  for (const table of ["Article", "Comment", "User", "AuditLog", "Event"]) {
    await to.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 1), (SELECT COUNT(*) > 0 FROM "${table}"))`,
    );
  }
}

export type CopyOptions = { fromUrl: string; toUrl: string; force?: boolean; log?: (line: string) => void };

/**
 * Copies every setting, user, article, comment (ids, threads, statuses and
 * reasons included), audit entry and throttle window from one database to
 * another of either kind. The event outbox is not copied: its consumers on
 * the new database start at its (empty) head, so nothing is sent twice.
 */
export async function copyDatabase(from: Db, to: Db, options: CopyOptions): Promise<CopyCounts> {
  const log = options.log ?? (() => {});
  const existing = await countRows(to);
  if (Object.values(existing).some((n) => n > 0)) {
    if (!options.force) throw new TargetNotEmptyError(existing);
    log(`Deleting the target's rows (${describeCounts(existing)})…`);
    await emptyTarget(to);
  }

  const settings = await from.settings.findMany({ orderBy: { id: "asc" } });
  if (settings.length > 0) await to.settings.createMany({ data: settings });

  for await (const rows of batches((afterId) =>
    from.user.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH, omit: { passwordHash: false } }),
  )) {
    await to.user.createMany({ data: rows });
  }
  log("Copied settings and users.");

  for await (const rows of batches((afterId) =>
    from.article.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH }),
  )) {
    await to.article.createMany({ data: rows });
  }
  log("Copied articles.");

  // A reply normally has a larger id than its parent; one that does not (an
  // edited import, say) gets its parent link in a second pass.
  const lateParents: { id: number; parentId: number }[] = [];
  let copiedComments = 0;
  for await (const rows of batches((afterId) =>
    from.comment.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH, omit: { authorEmail: false } }),
  )) {
    const data = rows.map((row) => {
      if (row.parentId !== null && row.parentId > row.id) {
        lateParents.push({ id: row.id, parentId: row.parentId });
        return { ...row, parentId: null };
      }
      return row;
    });
    await to.comment.createMany({ data });
    copiedComments += rows.length;
    if (copiedComments % 20_000 === 0) log(`  ${copiedComments} comments…`);
  }
  for (const { id, parentId } of lateParents) {
    // Passing updatedAt keeps the original time instead of @updatedAt's "now".
    const row = await to.comment.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    await to.comment.update({ where: { id }, data: { parentId, updatedAt: row.updatedAt } });
  }
  log(`Copied ${copiedComments} comments.`);

  for await (const rows of batches((afterId) =>
    from.auditLog.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH }),
  )) {
    await to.auditLog.createMany({ data: rows });
  }
  const throttles = await from.throttle.findMany();
  for (let i = 0; i < throttles.length; i += BATCH) await to.throttle.createMany({ data: throttles.slice(i, i + BATCH) });
  log("Copied the audit log and throttle windows.");

  await resetIdSequences(to, options.toUrl);

  const source = await countRows(from);
  const target = await countRows(to);
  if (JSON.stringify(source) !== JSON.stringify(target)) {
    throw new Error(`row counts differ after the copy: source ${describeCounts(source)}; target ${describeCounts(target)}`);
  }
  return target;
}
