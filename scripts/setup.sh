#!/usr/bin/env bash
# Everything a fresh machine needs before the demo or the tests: npm dependencies, the compiled package,
# the Pulumi engine with its Node.js, YAML, Python and Java language hosts, the local Cognito API (pinned moto in
# .tools/local-cognito/venv, docs/local-cognito.md), and the Python and Java SDKs of the provider plugin
# (.tools/python-venv, the local Maven repository).
# Idempotent and quick when already done.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '[setup] %s\n' "$*" >&2; }

if [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies"
  npm ci --no-audit --no-fund
fi
bash scripts/setup-local-cognito.sh
say "compiling"
# Incremental: a second run compiles what changed. Its record lives in .tools/tsc; without the outputs it is void.
mkdir -p .tools/tsc
[ -f dist/index.js ] || rm -f .tools/tsc/package.tsbuildinfo
[ -f build/tests/support/hooks.js ] || rm -f .tools/tsc/tests.tsbuildinfo
npx tsc -p tsconfig.json --incremental --tsBuildInfoFile .tools/tsc/package.tsbuildinfo
npx tsc -p tsconfig.test.json --incremental --tsBuildInfoFile .tools/tsc/tests.tsbuildinfo
bash scripts/install-pulumi.sh
bash scripts/setup-python.sh
bash scripts/setup-java.sh
