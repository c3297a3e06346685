#!/usr/bin/env bash
# npm run bench: set up what is missing, then run the benchmarks (writes docs/benchmarks.md and .json).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec node "$ROOT/build/bench/run.js"
