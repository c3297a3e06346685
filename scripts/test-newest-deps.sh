#!/usr/bin/env bash
# The unit and integration layers with the newest versions package.json's ranges admit, as a fresh
# `npm install pulumi-cognito-user-pool-client` gets them, not the lock file's: in a temporary copy of the
# repository without package-lock.json, so the checkout and its lock file are not touched. Prints which versions
# differ from the lock file's. Uses the checkout's local Cognito API and engine (.tools/), which `npm test` sets up.
#
#   bash scripts/test-newest-deps.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { printf '[newest-deps] %s\n' "$*" >&2; }

bash "$ROOT/scripts/setup-local-cognito.sh"
COPY="$(mktemp -d)"
trap 'rm -rf "$COPY"' EXIT
# What git tracks, as it is in the working tree, without the lock file.
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | grep -zv '^package-lock.json$' | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$COPY"
mkdir -p "$COPY/.tools"
# The checkout's local Cognito API and engine (the dynamic-provider host the integration layer starts).
for tool in local-cognito pulumi; do [ -e "$ROOT/.tools/$tool" ] && ln -s "$ROOT/.tools/$tool" "$COPY/.tools/$tool"; done
cd "$COPY"
say "npm install without the lock file: the newest versions the ranges admit"
npm install --no-audit --no-fund --loglevel=error
# The direct dependencies whose installed version is not the lock file's.
node -e '
  const lock = require(process.argv[1]).packages, fs = require("fs");
  const pkg = require("./package.json");
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const now = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
    const locked = lock[`node_modules/${name}`]?.version;
    if (now !== locked) console.error(`[newest-deps]   ${name}: ${locked} in the lock file, ${now} now`);
  }
' "$ROOT/package-lock.json"
npx tsc -p tsconfig.json
npx tsc -p tsconfig.test.json
say "unit and integration layers"
npx mocha --parallel --jobs "${TEST_JOBS:-$(node -p 'require("os").availableParallelism()')}" 'build/tests/unit/**/*.spec.js' 'build/tests/integration/**/*.spec.js'
