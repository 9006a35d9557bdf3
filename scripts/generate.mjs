// Generates the Prisma client for both databases (postinstall), so switching
// DATABASE_URL between SQLite and PostgreSQL needs no extra step.
import { execFileSync } from "node:child_process";

for (const flavor of ["sqlite", "postgres"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_FLAVOR: flavor, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("Prisma clients generated (sqlite, postgres)");
