import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Where the site's signing secret comes from. No fallback anyone can read in
// production: a constant in the source would let anyone forge a session.

/** For `next dev` and the unit tests only. */
export const DEVELOPMENT_SECRET = "development-only-secret-do-not-use-in-production";

/** One line: what is wrong and the two ways to fix it. */
export function missingSecretMessage(secretFile: string): string {
  const relative = path.relative(process.cwd(), secretFile);
  const shown = relative === "" || relative.startsWith("..") ? secretFile : relative;
  return (
    `Refusing to start: AUTH_SECRET is not set and there is no ${shown}, so sessions could be forged. ` +
    "Set AUTH_SECRET to a long random value (openssl rand -base64 32), or start with `npm start`, which generates one."
  );
}

export class MissingAuthSecretError extends Error {
  override name = "MissingAuthSecretError";
  constructor(secretFile: string) {
    super(missingSecretMessage(secretFile));
  }
}

export function isMissingAuthSecretError(error: unknown): error is MissingAuthSecretError {
  return error instanceof Error && error.name === "MissingAuthSecretError";
}

export type SecretSource = {
  nodeEnv: "development" | "production" | "test";
  /** NEXT_PHASE: "phase-production-build" while `next build` runs. */
  phase: string | undefined;
  /** AUTH_SECRET, when set. */
  configured: string | undefined;
  /** The file `npm start` writes (scripts/lib/startup.mjs), DATA_DIR/auth-secret. */
  secretFile: string;
};

function readSecretFile(file: string): string | undefined {
  try {
    const value = fs.readFileSync(file, "utf8").trim();
    return value.length >= 16 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * AUTH_SECRET, else the secret `npm start` generated, else: in development
 * and tests a fixed secret; while building, a random one nothing outlives
 * (each server process reads its own secret at start); in production, a
 * refusal (MissingAuthSecretError).
 */
export function resolveAuthSecret(source: SecretSource): string {
  if (source.configured) return source.configured;
  const fromFile = readSecretFile(source.secretFile);
  if (fromFile) return fromFile;
  if (source.nodeEnv !== "production") return DEVELOPMENT_SECRET;
  if (source.phase === "phase-production-build") return randomBytes(32).toString("base64url");
  throw new MissingAuthSecretError(source.secretFile);
}

/** DATA_DIR/auth-secret, relative to the working directory (the project root for every script). */
export function secretFilePath(dataDir: string): string {
  return path.resolve(dataDir, "auth-secret");
}
