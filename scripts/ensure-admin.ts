// Run by `npm start`: on a database with no users, creates the first admin
// (ADMIN_EMAIL, default admin@localhost) and prints its one-time password once.
// The password is never stored in clear; if it is lost, run `npm run user:create`.
import { createPrismaClient } from "../lib/db/prisma-client";
import { ensureFirstAdmin } from "../lib/users/accounts";
import { emailSchema } from "../lib/users/validation";

async function main() {
  const email = emailSchema.parse(process.env.ADMIN_EMAIL || "admin@localhost");
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    const created = await ensureFirstAdmin(db, email);
    if (!created) return;
    const line = "─".repeat(64);
    console.log(
      `\n${line}\n  No users yet, so an administrator account was created:\n\n` +
        `    email:     ${created.email}\n    password:  ${created.password}\n\n` +
        `  This password is shown only once. Sign in at /sign-in, then give\n` +
        `  yourself a new one on the Users page (or: npm run user:create).\n${line}\n`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
