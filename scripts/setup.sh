#!/usr/bin/env bash
# Everything a fresh machine needs before the demo or the tests: npm dependencies, the compiled package,
# the Pulumi engine, and moto_server (the local Cognito API). Idempotent and quick when already done.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '[setup] %s\n' "$*" >&2; }

if [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies"
  npm ci --no-audit --no-fund
fi
if ! command -v moto_server >/dev/null 2>&1; then
  say "installing moto_server (the local Cognito API): python3 -m pip install 'moto[server]'"
  python3 -m pip install --quiet "moto[server]" || { say "error: could not install moto; run: python3 -m pip install 'moto[server]'"; exit 1; }
fi
say "compiling"
npx tsc -p tsconfig.json
npx tsc -p tsconfig.test.json
bash scripts/install-pulumi.sh
