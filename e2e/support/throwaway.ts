// The e2e fixtures reset the site's settings, add articles and accounts, and
// lock sign-ins: they must only ever touch a database scripts/e2e.mjs made for
// the run (it names it in E2E_THROWAWAY_DATABASE), never a developer's own
// data/newsroom.db that a bare `npx playwright test` would otherwise use.

export const THROWAWAY_MARKER = "E2E_THROWAWAY_DATABASE";

export const NOT_THROWAWAY_MESSAGE =
  "Refusing to run: DATABASE_URL is not a throwaway test database made by scripts/e2e.mjs. Run the browser tests with `npm run test:e2e` (one file: npm run test:e2e -- e2e/sign-in.spec.ts).";

export function isThrowawayDatabase(env: NodeJS.ProcessEnv = process.env): boolean {
  const url = env.DATABASE_URL;
  return Boolean(url) && env[THROWAWAY_MARKER] === url;
}

/** Throws (for fixtures) unless DATABASE_URL is this run's throwaway database. */
export function assertThrowawayDatabase(env: NodeJS.ProcessEnv = process.env): void {
  if (!isThrowawayDatabase(env)) throw new Error(NOT_THROWAWAY_MESSAGE);
}

/** For the Playwright configs: one line and exit 1, before any server starts or any test runs. */
export function exitUnlessThrowawayDatabase(): void {
  if (isThrowawayDatabase()) return;
  console.error(NOT_THROWAWAY_MESSAGE);
  process.exit(1);
}
