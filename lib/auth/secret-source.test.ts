import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEVELOPMENT_SECRET, isMissingAuthSecretError, resolveAuthSecret, type SecretSource } from "./secret-source";

let dir: string;
let source: SecretSource;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-secret-"));
  source = { nodeEnv: "production", phase: "phase-production-server", configured: undefined, secretFile: path.join(dir, "auth-secret") };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the signing secret", () => {
  it("is AUTH_SECRET when it is set", () => {
    expect(resolveAuthSecret({ ...source, configured: "a-configured-secret-value" })).toBe("a-configured-secret-value");
  });

  it("is the secret npm start generated when AUTH_SECRET is not set", () => {
    fs.writeFileSync(source.secretFile, "generated-secret-0123456789abcdef\n");
    expect(resolveAuthSecret(source)).toBe("generated-secret-0123456789abcdef");
  });

  it("is refused in production when there is neither, naming both fixes", () => {
    let thrown: unknown;
    try {
      resolveAuthSecret(source);
    } catch (error) {
      thrown = error;
    }
    expect(isMissingAuthSecretError(thrown)).toBe(true);
    const message = (thrown as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toContain("Set AUTH_SECRET");
    expect(message).toContain("npm start");
  });

  it("never falls back to the public development secret in production, even from an empty secret file", () => {
    fs.writeFileSync(source.secretFile, "\n");
    expect(() => resolveAuthSecret(source)).toThrow(/Refusing to start/);
  });

  it("while building, is random rather than a constant anyone can read", () => {
    const building = { ...source, phase: "phase-production-build" };
    const first = resolveAuthSecret(building);
    expect(first).not.toBe(DEVELOPMENT_SECRET);
    expect(resolveAuthSecret(building)).not.toBe(first);
  });

  it("stays convenient in development and tests", () => {
    expect(resolveAuthSecret({ ...source, nodeEnv: "development" })).toBe(DEVELOPMENT_SECRET);
    expect(resolveAuthSecret({ ...source, nodeEnv: "test" })).toBe(DEVELOPMENT_SECRET);
  });
});
