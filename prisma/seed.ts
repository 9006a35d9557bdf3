// Seeds the articles kept in prisma/content and the default settings.
// Idempotent: a second run updates the same rows, never adds more.
// With --if-empty it does nothing on a database that already has articles.
import { loadSeedArticles } from "../lib/articles/seed-articles";
import { createPrismaClient } from "../lib/db/prisma-client";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    await db.settings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    if (ifEmpty && (await db.article.count()) > 0) {
      console.log("Database already has articles: not seeding.");
      return;
    }
    for (const article of loadSeedArticles()) {
      const existing = await db.article.findUnique({ where: { slug: article.slug }, select: { title: true, body: true } });
      if (!existing) await db.article.create({ data: { ...article, updatedAt: article.publishedAt } });
      // Only a real change bumps updatedAt (and the article's dateModified).
      else if (existing.title !== article.title || existing.body !== article.body) {
        await db.article.update({ where: { slug: article.slug }, data: { title: article.title, body: article.body } });
      }
    }
    console.log(`Seeded: ${await db.article.count()} article(s).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
