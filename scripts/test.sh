#!/usr/bin/env bash
# npm test: set up what is missing (dependencies, engine, local Cognito API), then run every test against the
# faithful local Cognito API (docs/local-cognito.md): unit tables, the local API's own behaviour, integration, the
# acceptance scenarios in live mode (real Cognito operations only, the same files `npm run test:aws` runs against
# AWS; their report goes to .tools/acceptance/), and end to end through the real Pulumi engine. Then the integration layer once more against plain moto
# (LOCAL_COGNITO=plain): the provider must not depend on either emulator's answers.
# With arguments, runs mocha on them instead, e.g. npm test -- 'build/tests/unit/**/*.spec.js'.
# Runs on the Node.js that runs it (the `node` on PATH; scripts/with-node.sh <major> npm test picks one), and says
# which Node.js ran each part and how long it took.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
NODE_DESC="node $(node --version) ($(command -v node))"
if [ $# -gt 0 ]; then
  echo "[test] $NODE_DESC: mocha $*"
  exec npx mocha "$@"
fi

took() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
set -f # mocha expands the globs itself
LAYERS=(unit local-cognito integration acceptance e2e)
echo "[test] $NODE_DESC: ${LAYERS[*]} against the faithful local Cognito API"
start=$SECONDS
npx mocha $(printf "build/tests/%s/**/*.spec.js " "${LAYERS[@]}")
echo "[test] node $(node --version): ${LAYERS[*]} passed in $(took $((SECONDS - start)))"
node -e '
  const fs = require("fs"), path = require("path"), dir = ".tools/acceptance";
  const latest = fs.readdirSync(dir).filter((f) => f.startsWith("local-")).map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  const { observations } = JSON.parse(fs.readFileSync(latest, "utf8"));
  console.log(`[test] acceptance report (live mode): ${latest}: ${observations.length} behaviours, ${observations.filter((o) => o.agrees).length} as docs/local-cognito.md says`);
'
echo "[test] $NODE_DESC: integration against plain moto (LOCAL_COGNITO=plain)"
start=$SECONDS
LOCAL_COGNITO=plain npx mocha 'build/tests/integration/**/*.spec.js'
echo "[test] node $(node --version): integration against plain moto passed in $(took $((SECONDS - start)))"
