// `npm run db:seed`: seeds the articles kept in prisma/content and the default
// settings (lib/articles/seed.ts). Idempotent: a second run updates the same
// rows, never adds more. With --if-empty it does nothing on a database that
// already has articles.
import { seedDatabase } from "../lib/articles/seed";
import { resolveDatabase } from "../lib/db/config";
import { createPrismaClient } from "../lib/db/prisma-client";

async function main() {
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    const outcome = await seedDatabase(db, { ifEmpty: process.argv.includes("--if-empty"), flavor: resolveDatabase(process.env.DATABASE_URL).flavor });
    console.log(outcome.skipped ? "Database already has articles: not seeding." : `Seeded: ${outcome.articles} article(s).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
