#!/usr/bin/env bash
# npm run demo: on the newest supported Node.js (24, the release pinned in scripts/with-node.sh, fetched once into
# .tools/node/24), set up what is missing, then run the demo stack against the local Cognito API.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEMO_NODE_MAJOR=24
if [ "$(command -v node || true)" != "$ROOT/.tools/node/$DEMO_NODE_MAJOR/bin/node" ]; then
  exec bash "$ROOT/scripts/with-node.sh" "$DEMO_NODE_MAJOR" bash "$ROOT/scripts/demo.sh" "$@"
fi
bash "$ROOT/scripts/setup.sh"
printf '[demo] node %s (%s)\n' "$(node --version)" "$(command -v node)" >&2
exec node "$ROOT/build/scripts/demo.js"
