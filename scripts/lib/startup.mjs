// Start-up helpers shared by scripts/start.mjs and scripts/prepare-db.ts. Each
// is safe when several instances start from one checkout at the same moment.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where `npm start` keeps the generated secret and the default database: DATA_DIR, or data/. */
export function dataDirectory(root, env = process.env) {
  return path.resolve(root, env.DATA_DIR || "data");
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Creates `dir` readable by its owner only (0700), and tightens it if it exists. */
export function ensurePrivateDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    fs.chmodSync(dir, 0o700);
  } catch {
    // Not ours to change (a shared mount): what is in it is still 0600.
  }
}

/** Creates `file` empty with mode 0600 if missing, and tightens it if it exists. */
export function ensurePrivateFile(file) {
  fs.closeSync(fs.openSync(file, "a", 0o600));
  fs.chmodSync(file, 0o600);
}

/**
 * The secret in `file`, made on first use. Created exclusively ('wx'), so two
 * first starts racing agree on one secret: the loser reads the winner's. A
 * file that exists but is still empty is being written; it is read again.
 */
export function readOrCreateSecret(file) {
  ensurePrivateDir(path.dirname(file));
  const secret = randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing !== "") {
      fs.chmodSync(file, 0o600);
      return existing;
    }
    sleep(100);
  }
  throw new Error(`${file} is empty: delete it and start again (a new secret signs everyone out).`);
}

/**
 * Takes the lock `lockDir` (a directory, created atomically), waiting for its
 * holder; a lock left by a process that died is taken over. Returns release().
 */
export function acquireLock(lockDir) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const pidFile = path.join(lockDir, "pid");
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(pidFile, String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      let alive;
      try {
        const owner = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8")) : 0;
        // No pid yet: the owner is between mkdir and writeFile, unless that was long ago.
        alive = owner > 0 ? process.kill(owner, 0) : Date.now() - fs.statSync(lockDir).mtimeMs < 10_000;
      } catch {
        alive = false;
      }
      if (!alive) fs.rmSync(lockDir, { recursive: true, force: true });
      else sleep(200);
    }
  }
}
