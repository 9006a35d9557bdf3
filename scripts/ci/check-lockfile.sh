#!/usr/bin/env bash
# Fails when package-lock.json does not match package.json: `npm ci` installs
# from the lockfile alone, so a lockfile that `npm install` would rewrite means
# CI tests a different tree from the one a developer gets. Run from .ci/run
# right after `npm ci`, in the directory holding package.json.
set -euo pipefail
npm install --package-lock-only --ignore-scripts --no-audit --no-fund >/dev/null
if ! git diff --quiet --exit-code -- package-lock.json; then
  git --no-pager diff --stat -- package-lock.json >&2
  echo "package-lock.json is out of date with package.json: run \`npm install\` and commit the updated package-lock.json." >&2
  exit 1
fi
echo "package-lock.json matches package.json."
