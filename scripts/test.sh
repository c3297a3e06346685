#!/usr/bin/env bash
# npm test: set up what is missing (dependencies, engine, local Cognito API), then run every test:
# unit, integration against moto_server, and end to end through the real Pulumi engine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec npx mocha "$@"
