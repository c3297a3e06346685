#!/usr/bin/env bash
# Installs the local Cognito API's Python environment (docs/local-cognito.md): a virtual environment at
# .tools/local-cognito/venv with the exact pins of tests/support/local-cognito/requirements.txt.
# Re-installs only when requirements.txt changes (a SHA-256 stamp beside the venv); otherwise returns at once.
# Used by scripts/setup.sh, and by scripts/local-cognito.ts before each start (a no-op once installed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUIREMENTS="$ROOT/tests/support/local-cognito/requirements.txt"
HOME_DIR="$ROOT/.tools/local-cognito"
VENV="$HOME_DIR/venv"
STAMP="$HOME_DIR/requirements.sha256"
say() { printf '[local-cognito] %s\n' "$*" >&2; }

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

want="$(sha256 "$REQUIREMENTS")"
installed() { [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; }
installed && exit 0

command -v python3 >/dev/null 2>&1 || { say "error: python3 is required for the local Cognito API"; exit 1; }
mkdir -p "$HOME_DIR"
# One installer at a time (test runs, the demo and the benchmarks may start together); the others wait, then find it done.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$HOME_DIR/install.lock"
  flock 9
  installed && exit 0
fi
say "installing the local Cognito API (moto, pinned) into ${VENV#"$ROOT"/}"
rm -rf "$VENV" "$STAMP"
python3 -m venv "$VENV" || { say "error: python3 -m venv failed; install the venv module (e.g. apt-get install python3-venv)"; exit 1; }
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" \
  || { say "error: could not install $REQUIREMENTS; run: bash scripts/setup-local-cognito.sh"; exit 1; }
printf '%s\n' "$want" > "$STAMP.tmp" && mv "$STAMP.tmp" "$STAMP"
