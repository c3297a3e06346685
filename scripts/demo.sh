#!/usr/bin/env bash
# npm run demo: set up what is missing, then run the demo stack against the local Cognito API.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec node "$ROOT/build/scripts/demo.js"
