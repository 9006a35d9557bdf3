// `npm run db:copy -- --from file:./data/newsroom.db --to postgres://…`
// Copies a whole site (settings, users, articles, comments, audit log,
// throttle windows) into another database, keeping every id. Applies the
// target's migrations first; refuses a target that already has data unless
// --force is given, which deletes the target's rows before copying.
import { copyDatabase, deployMigrations, describeCounts } from "../lib/db/copy";
import { resolveDatabase } from "../lib/db/config";
import { createPrismaClient } from "../lib/db/prisma-client";

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

async function main(): Promise<void> {
  const fromUrl = option("--from");
  const toUrl = option("--to");
  const force = process.argv.includes("--force");
  if (!fromUrl || !toUrl) {
    console.error("usage: npm run db:copy -- --from <DATABASE_URL> --to <DATABASE_URL> [--force]");
    process.exit(2);
  }
  resolveDatabase(fromUrl);
  resolveDatabase(toUrl);
  if (fromUrl === toUrl) throw new Error("--from and --to are the same database");

  console.log(`Applying migrations to ${redact(toUrl)}…`);
  deployMigrations(toUrl);
  const from = await createPrismaClient(fromUrl);
  const to = await createPrismaClient(toUrl);
  try {
    const started = Date.now();
    const counts = await copyDatabase(from, to, { fromUrl, toUrl, force, log: (line) => console.log(line) });
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${describeCounts(counts)}.`);
    console.log("Start the site with the new DATABASE_URL; every instance revalidates its pages at start-up.");
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}

main().catch((error: unknown) => {
  console.error(`db:copy failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
