import type { Db } from "@/lib/db/prisma-client";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordEvents, type DatabaseFlavor } from "@/lib/events/record";
import { loadSeedArticles } from "./seed-articles";

// Seeds the articles kept in prisma/content and the default settings.
// Idempotent, and safe when two first starts seed at once: every row is keyed
// by a unique column (Settings.id, Article.slug), and a write that loses that
// race is simply skipped, so the database ends with one copy of each.

export type SeedOutcome = { skipped: boolean; articles: number };

/** With ifEmpty, does nothing (but the settings row) on a database that already has articles. */
export async function seedDatabase(db: Db, { ifEmpty = false, flavor }: { ifEmpty?: boolean; flavor: DatabaseFlavor }): Promise<SeedOutcome> {
  // Single statements only: an upsert is a transaction on SQLite, and two
  // holding it at once time out (docs/prisma-offline.md, bug 6).
  if (!(await db.settings.findUnique({ where: { id: 1 }, select: { id: true } }))) {
    await ignoringConflict(() => db.settings.create({ data: { id: 1 } }));
  }
  if (ifEmpty && (await db.article.count()) > 0) return { skipped: true, articles: await db.article.count() };
  for (const article of loadSeedArticles()) {
    const existing = await db.article.findUnique({ where: { slug: article.slug }, select: { title: true, body: true } });
    if (!existing) await ignoringConflict(() => db.article.create({ data: { ...article, updatedAt: article.publishedAt } }));
    // Only a real change bumps updatedAt (and the article's dateModified).
    // A running instance may have the old text cached: the change carries its event.
    else if (existing.title !== article.title || existing.body !== article.body) {
      await db.$transaction(async (tx) => {
        const updated = await tx.article.update({ where: { slug: article.slug }, data: { title: article.title, body: article.body }, select: { id: true } });
        await recordEvents(tx, flavor, [{ type: "article.changed", articleId: updated.id, payload: { slug: article.slug } }]);
      });
    }
  }
  return { skipped: false, articles: await db.article.count() };
}

async function ignoringConflict(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
