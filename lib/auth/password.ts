import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes: OWASP's baseline),
// about 85 ms here. No `server-only`: scripts and e2e fixtures hash the same way.

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Never throws: a malformed stored hash is simply a wrong password. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check, so a sign-in for an unknown email
 * cannot be told apart from a wrong password by how long it takes.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
// Bytes at or above the largest multiple of the alphabet size are skipped, so
// every character is equally likely (no modulo bias).
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/** A one-time password, 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (const byte of bytes) {
    if (byte >= UNBIASED_LIMIT) continue;
    out += ALPHABET[byte % ALPHABET.length];
    if (out.length === length) return out;
  }
  return out + generatePassword(length - out.length);
}
