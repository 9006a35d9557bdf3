// `npm run user:create -- --email EMAIL --password PASSWORD --name "DISPLAY NAME" [--role admin|editor]`
// Creates the account, or updates the password and role of an existing one
// (which also signs it out everywhere). Exits 0 on success, 1 with a message otherwise.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/db/prisma-client";
import { upsertUserAccount } from "../lib/users/accounts";
import { createUserSchema } from "../lib/users/validation";
import { resolveDatabase } from "../lib/db/config";

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run user:create -- --email EMAIL --password PASSWORD --name "DISPLAY NAME" [--role admin|editor]`);
    return 1;
  }
  // A display name is required: it signs staff replies, and is never an email.
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`Cannot create the user:\n${z.prettifyError(parsed.error)}`);
    return 1;
  }
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    const outcome = await upsertUserAccount(db, resolveDatabase(process.env.DATABASE_URL).flavor, parsed.data);
    console.log(`${outcome.action === "created" ? "Created" : "Updated"} ${outcome.role} ${outcome.email} (id ${outcome.id}).`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
