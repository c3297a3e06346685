#!/usr/bin/env bash
# A Python virtual environment in .tools/python-venv with the Pulumi Python SDK (pinned below) and the generated
# Python SDK of the provider plugin (sdk/python), installed from the wheel built from it, as a user gets it.
#
#   bash scripts/setup-python.sh                   set up (idempotent: a second run only checks)
#   bash scripts/setup-python.sh --language-host   also build the Python language host into .tools/pulumi/bin
#   bash scripts/setup-python.sh --test            then run tests/sdk/python: the generated classes under Pulumi's
#                                                  mocks; an Automation API inline program through the CLI in
#                                                  .tools/pulumi/bin (when built); `pulumi up` of a Python project
#                                                  (tests/sdk/python/program) through the language host (when built)
#
# The SDK is rebuilt and reinstalled when the files of sdk/python change (bash scripts/gen-sdk.sh writes them).
# PYTHON picks the interpreter (default python3, >= 3.9 as the generated package requires).
#
# The language host: current releases keep pulumi-language-python in a module of its own that the Go module proxy
# does not serve, so, as install-pulumi.sh does for Node.js, it is built from the last release that shipped it in
# the sdk/v3 module (v3.68.0), next to its pulumi-language-python-exec shim. That host reads the interpreter from
# PULUMI_PYTHON_CMD or PATH only: Pulumi.yaml's `runtime.options.virtualenv` never reaches it (the CLI now sends
# runtime options over RPC, the old host reads a -virtualenv flag), so a project names the venv's python with
# PULUMI_PYTHON_CMD=.tools/python-venv/bin/python (or puts .tools/python-venv/bin first on PATH).
set -euo pipefail

PULUMI_PY_VERSION="3.272.0" # the newest pulumi on PyPI; the generated SDK requires >=3.269.0,<4.0.0
PACKAGE="pulumi_cognito_app_client"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.tools/python-venv"
SDK="$ROOT/sdk/python"
PY="$VENV/bin/python"
PULUMI_BIN="$ROOT/.tools/pulumi/bin"

say() { printf '[setup-python] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

TEST=0
LANGUAGE_HOST=0
for arg in "$@"; do
  case "$arg" in
    --test) TEST=1 ;;
    --language-host) LANGUAGE_HOST=1 ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (see --help)" ;;
  esac
done

[ -f "$SDK/setup.py" ] || [ -f "$SDK/pyproject.toml" ] || die "no Python SDK in $SDK; run 'bash scripts/gen-sdk.sh' first"
pip() { "$PY" -m pip --disable-pip-version-check --no-input "$@"; }
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/setup-python.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the tests' directory

# 1. The virtual environment.
if [ -x "$PY" ] && "$PY" -c 'import sys' 2>/dev/null; then
  say "venv $VENV ($("$PY" --version))"
else
  base="${PYTHON:-python3}"
  command -v "$base" >/dev/null || die "$base not found; install Python >= 3.9 or set PYTHON"
  "$base" -c 'import sys; sys.exit(sys.version_info < (3, 9))' || die "$base is older than Python 3.9"
  say "creating venv $VENV with $("$base" --version)"
  rm -rf "$VENV"
  "$base" -m venv "$VENV"
fi

# 2. The Pulumi Python SDK.
installed() { "$PY" -c 'import importlib.metadata as m, sys; print(m.version(sys.argv[1]))' "$1" 2>/dev/null || true; }
if [ "$(installed pulumi)" = "$PULUMI_PY_VERSION" ]; then
  say "pulumi $PULUMI_PY_VERSION already installed"
else
  say "installing pulumi==$PULUMI_PY_VERSION from PyPI"
  pip install -q "pulumi==$PULUMI_PY_VERSION" || die "pip install pulumi==$PULUMI_PY_VERSION failed"
fi

# 3. The generated SDK, from a wheel built in a scratch copy (the build leaves build/ and *.egg-info behind).
sdk_hash() {
  (cd "$SDK" && find . -type f ! -name '*.pyc' ! -path '*/__pycache__/*' ! -path './build/*' ! -path './dist/*' \
    ! -path '*.egg-info/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}
STAMP="$VENV/.sdk-python.stamp"
want="$(sdk_hash)"
if [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ] && [ -n "$(installed "$PACKAGE")" ]; then
  say "$PACKAGE $(installed "$PACKAGE") up to date with sdk/python"
else
  cp -R "$SDK" "$SCRATCH/src"
  say "building the wheel of sdk/python"
  pip wheel -q --no-deps -w "$SCRATCH/dist" "$SCRATCH/src" || die "building the wheel of sdk/python failed"
  whl="$(ls "$SCRATCH"/dist/*.whl)"
  say "installing $(basename "$whl")"
  pip install -q --force-reinstall --no-deps "$whl" || die "pip install $(basename "$whl") failed"
  pip install -q "$whl" || die "installing the dependencies of $(basename "$whl") failed"
  printf '%s\n' "$want" > "$STAMP"
fi
pip check >/dev/null || { pip check >&2; die "pip check reports broken requirements in $VENV"; }

# 4. It imports, from the venv and not from the source tree.
(cd "$VENV" && "$PY" -c "import importlib.metadata as m, $PACKAGE; print('[setup-python] import $PACKAGE:', m.version('$PACKAGE'), 'with pulumi', m.version('pulumi'))") >&2 \
  || die "python -c 'import $PACKAGE' failed"

# 5. The Python language host (optional): scripts/install-pulumi.sh builds it with the engine's other hosts.
if [ "$LANGUAGE_HOST" = 1 ]; then
  bash "$ROOT/scripts/install-pulumi.sh"
fi

# 6. Tests.
if [ "$TEST" = 1 ]; then
  say "tests/sdk/python: the generated classes under Pulumi's mocks"
  (cd "$ROOT/tests/sdk/python" && "$PY" -m unittest -v test_sdk) || die "the Python SDK tests failed"

  if [ -x "$PULUMI_BIN/pulumi" ]; then
    say "tests/sdk/python/inline.py: an Automation API inline program through $PULUMI_BIN/pulumi"
    (cd "$ROOT/tests/sdk/python" && "$PY" inline.py "$(dirname "$PULUMI_BIN")") || die "the inline program failed"
  else
    say "skipping the inline program: no $PULUMI_BIN/pulumi (bash scripts/install-pulumi.sh builds it)"
  fi

  if [ -x "$PULUMI_BIN/pulumi" ] && [ -x "$PULUMI_BIN/pulumi-language-python" ]; then
    say "tests/sdk/python/program: pulumi up of a Python project through pulumi-language-python"
    work="$SCRATCH/program-run"
    mkdir -p "$work"
    cp -R "$ROOT/tests/sdk/python/program" "$work/program"
    mkdir -p "$work/state" "$work/home"
    (
      cd "$work/program"
      export PATH="$PULUMI_BIN:$PATH" PULUMI_PYTHON_CMD="$PY" PULUMI_HOME="$work/home" \
        PULUMI_BACKEND_URL="file://$work/state" PULUMI_CONFIG_PASSPHRASE=not-a-real-passphrase \
        PULUMI_SKIP_UPDATE_CHECK=true
      pulumi stack init dev --non-interactive >/dev/null 2>&1
      pulumi config set who python
      pulumi up --yes --non-interactive --skip-preview >"$work/up.log" 2>&1 || { cat "$work/up.log" >&2; exit 1; }
      out="$(pulumi stack output --json --show-secrets)"
      shown="$("$PY" -c 'import json, sys
out = json.loads(sys.argv[1])
want = {"greeting": "hello python", "token": "not-a-real-secret", "sdkVersion": sys.argv[2]}
assert out == want, out
print(json.dumps(dict(out, token="***"), sort_keys=True))' "$out" "$(installed "$PACKAGE")")" \
        || { echo "unexpected outputs: $out" >&2; exit 1; }
      [ "$(pulumi stack output token)" = "[secret]" ] || { echo "token is not a secret output" >&2; exit 1; }
      pulumi preview --non-interactive --expect-no-changes >/dev/null || { echo "the second preview is not quiet" >&2; exit 1; }
      pulumi destroy --yes --non-interactive >/dev/null
      echo "[setup-python] pulumi up, a quiet preview and destroy of a Python project: ok (outputs $shown)" >&2
    ) || die "pulumi up of tests/sdk/python/program failed"
  else
    say "skipping pulumi up of a Python project: no $PULUMI_BIN/pulumi-language-python (--language-host builds it)"
  fi
fi
