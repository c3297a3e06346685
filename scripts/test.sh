#!/usr/bin/env bash
# npm test: set up what is missing (dependencies, engine, local Cognito API), then run every test against the
# faithful local Cognito API (docs/local-cognito.md): unit tables, the local API's own behaviour, integration, the
# acceptance scenarios in live mode (real Cognito operations only, the same files `npm run test:aws` runs against
# AWS; their report goes to .tools/acceptance/), and end to end through the real Pulumi engine. Then the integration
# layer once more against plain moto (LOCAL_COGNITO=plain): the provider must not depend on either emulator's answers.
#
# The files run in mocha's parallel mode, TEST_JOBS at a time (default: the machine's cores), each worker with its own
# local Cognito API, the longest first (by the times the last runs recorded in .tools/test-timing.json): an engine
# run is mostly processes starting, which keeps a core busy each. At the end, the time of each layer and the ten
# slowest suites (tests/support/timingReporter.ts).
#
# With arguments, runs mocha on them instead, serially unless they say --parallel, e.g.
#   npm test -- 'build/tests/unit/**/*.spec.js'
#   npm test -- --parallel 'build/tests/e2e/**/*.spec.js'
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
JOBS="${TEST_JOBS:-$(node -p 'require("os").availableParallelism()')}"
LAYERS=(unit local-cognito integration acceptance e2e)
echo "[test] $NODE_DESC: ${LAYERS[*]} against the faithful local Cognito API, $JOBS files at a time"
start=$SECONDS
mapfile -t FILES < <(node build/tests/support/testOrder.js "${LAYERS[@]}")
# One acceptance report for the run, which every worker adds to.
COGNITO_ACCEPTANCE_RUN_ID="$(node -p 'require("crypto").randomBytes(4).toString("hex")')"
export COGNITO_ACCEPTANCE_RUN_ID
npx mocha --parallel --jobs "$JOBS" "${FILES[@]}"
echo "[test] node $(node --version): ${LAYERS[*]} passed in $(took $((SECONDS - start)))"
node -e '
  const fs = require("fs"), path = require("path"), dir = ".tools/acceptance", run = process.env.COGNITO_ACCEPTANCE_RUN_ID;
  const report = fs.readdirSync(dir).filter((f) => f.startsWith("local-") && f.endsWith(`-${run}.json`)).map((f) => path.join(dir, f))[0];
  const { observations } = JSON.parse(fs.readFileSync(report, "utf8"));
  console.log(`[test] acceptance report (live mode): ${report}: ${observations.length} behaviours, ${observations.filter((o) => o.agrees).length} as docs/local-cognito.md says`);
'
unset COGNITO_ACCEPTANCE_RUN_ID
echo "[test] $NODE_DESC: integration against plain moto (LOCAL_COGNITO=plain)"
start=$SECONDS
mapfile -t FILES < <(node build/tests/support/testOrder.js integration)
LOCAL_COGNITO=plain npx mocha --parallel --jobs "$JOBS" "${FILES[@]}"
echo "[test] node $(node --version): integration against plain moto passed in $(took $((SECONDS - start)))"
