#!/usr/bin/env bash
# npm test: set up what is missing (dependencies, engine, local Cognito API), then run every test against the
# faithful local Cognito API (docs/local-cognito.md): unit tables, the local API's own behaviour, integration, and
# end to end through the real Pulumi engine. Then the integration layer once more against plain moto
# (LOCAL_COGNITO=plain): the provider must not depend on either emulator's answers.
# With arguments, runs mocha on them instead, e.g. npm test -- 'build/tests/unit/**/*.spec.js'.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
if [ $# -gt 0 ]; then exec npx mocha "$@"; fi

set -f # mocha expands the globs itself
LAYERS=(unit local-cognito integration e2e)
echo "[test] node $(node --version): ${LAYERS[*]} against the faithful local Cognito API"
npx mocha $(printf "build/tests/%s/**/*.spec.js " "${LAYERS[@]}")
echo "[test] node $(node --version): integration against plain moto (LOCAL_COGNITO=plain)"
LOCAL_COGNITO=plain npx mocha 'build/tests/integration/**/*.spec.js'
