// `npm test`: the whole suite, in the order that fails fastest. Type check
// and lint run side by side (each is mostly one core), then the unit tests,
// then the browser tests against a production build. The build skips its
// own type check, which has just run. Prints how long each step took.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const timings = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      timings.push(`${label}: ${seconds} s${code === 0 ? "" : ` (FAILED, ${signal ?? `exit ${code}`})`}`);
      resolve(code === 0);
    });
  });
}

function summary(ok) {
  console.log(`\n${ok ? "✓ All tests passed" : "✗ The suite failed"}:\n  ${timings.join("\n  ")}`);
  process.exit(ok ? 0 : 1);
}

process.on("SIGINT", () => {});
const started = Date.now();
const checks = await Promise.all([run("type check", bin("tsc"), ["--noEmit"]), run("lint", bin("eslint"), ["--max-warnings", "0", "."])]);
if (!checks.every(Boolean)) summary(false);
if (!(await run("unit tests", bin("vitest"), ["run"]))) summary(false);
const e2e = await run("browser tests (build included)", process.execPath, ["scripts/e2e.mjs", ...process.argv.slice(2)], { NEWSROOM_TYPECHECKED: "1" });
timings.push(`total: ${((Date.now() - started) / 1000).toFixed(0)} s`);
summary(e2e);
