// A child process that talks to the e2e database for the tests. Playwright
// compiles test files to CommonJS, and the generated Prisma client is an ES
// module (it uses import.meta), so the client runs here, under tsx, and the
// tests send it requests over IPC (see e2e/support/db.ts).
import { createPrismaClient } from "../../lib/prisma-client";
import { upsertUserAccount } from "../../lib/users/accounts";
import { upsertUserSchema } from "../../lib/validations/users";

type Request = { id: number; op: "upsertUser"; input: unknown } | { id: number; op: "query"; model: string; method: string; args: unknown };
type Delegate = Record<string, (args: unknown) => Promise<unknown>>;

const dbPromise = createPrismaClient(process.env.DATABASE_URL);

async function handle(request: Request): Promise<unknown> {
  const db = await dbPromise;
  if (request.op === "upsertUser") return upsertUserAccount(db, upsertUserSchema.parse(request.input));
  const delegate = (db as unknown as Record<string, Delegate | undefined>)[request.model];
  const method = delegate?.[request.method];
  if (!delegate || typeof method !== "function") throw new Error(`No such query: ${request.model}.${request.method}`);
  return method.call(delegate, request.args);
}

process.on("message", (message: Request) => {
  handle(message).then(
    (result) => process.send?.({ id: message.id, ok: true, result }),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on("disconnect", () => process.exit(0));
