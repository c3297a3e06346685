#!/usr/bin/env bash
# npm run test:aws: the acceptance scenarios against the AWS account and region of your environment (README,
# "Against a real AWS account"). Sets up what is missing (as npm test does), builds, then scripts/test-aws.ts checks
# the opt-in before anything reaches AWS. Arguments go to mocha, e.g. npm run test:aws -- --grep rotation.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh >&2
npx tsc -p tsconfig.json && npx tsc -p tsconfig.test.json
exec node build/scripts/test-aws.js "$@"
