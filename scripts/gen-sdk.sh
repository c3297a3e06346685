#!/usr/bin/env bash
# Generates the Python, Go and Java SDKs of the cognito-app-client provider plugin from its package schema, into
# sdk/python, sdk/go and sdk/java (all committed), with scripts/gen-sdk: a small Go program over the code generators of
# github.com/pulumi/pulumi/pkg/v3 (the pinned release below) and github.com/pulumi/pulumi-java (v1.34.0, in its
# go.mod). `pulumi package gen-sdk` cannot do it on a machine
# without internet: in current releases it runs the generators inside the language hosts, which the Go module proxy
# does not serve.
#
#   bash scripts/gen-sdk.sh                 regenerate sdk/python, sdk/go and sdk/java
#   bash scripts/gen-sdk.sh --check         regenerate into a scratch directory and fail if sdk/ differs from it
#   bash scripts/gen-sdk.sh --compile-go    then `go build ./...` and `go vet ./...` in sdk/go
#   options: --schema PATH   the schema (default: provider/plugin/schema.json, which build/scripts/pluginSchema.js
#                            writes from the argument types)
#            --lang LANGS    a comma-separated list of python, go and java (default: all three)
#
# The generator is built once into .tools/gen-sdk/ and rebuilt when scripts/gen-sdk/{main.go,go.mod,go.sum} or the Go
# version change. After the code generators write sdk/go/go.mod, `go mod tidy` completes it and writes go.sum, so
# the Go SDK builds with -mod=readonly from the module cache. Idempotent: a second run changes no file.
set -euo pipefail

PULUMI_VERSION="3.276.0" # scripts/gen-sdk/go.mod pins the same pkg/v3 and sdk/v3; keep in step with install-pulumi.sh

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/scripts/gen-sdk"
TOOLS="$ROOT/.tools/gen-sdk"
BIN="$TOOLS/gen-sdk"
SDK="$ROOT/sdk"

say() { printf '[gen-sdk] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

SCHEMA=""
LANGS="python,go,java"
CHECK=0
COMPILE_GO=0
while [ $# -gt 0 ]; do
  case "$1" in
    --schema) [ $# -ge 2 ] || die "--schema needs a path"; SCHEMA="$2"; shift 2 ;;
    --schema=*) SCHEMA="${1#--schema=}"; shift ;;
    --lang) [ $# -ge 2 ] || die "--lang needs a value"; LANGS="$2"; shift 2 ;;
    --lang=*) LANGS="${1#--lang=}"; shift ;;
    --check) CHECK=1; shift ;;
    --compile-go) COMPILE_GO=1; shift ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
if [ -z "$SCHEMA" ]; then
  SCHEMA="$ROOT/provider/plugin/schema.json"
fi
[ -f "$SCHEMA" ] || die "no schema at $SCHEMA"
SCHEMA="$(cd "$(dirname "$SCHEMA")" && pwd)/$(basename "$SCHEMA")"
IFS=',' read -r -a LANG_LIST <<< "$LANGS"
for lang in "${LANG_LIST[@]}"; do
  case "$lang" in python|go|java) ;; *) die "unknown language '$lang' (python, go, java)" ;; esac
done

command -v go >/dev/null || die "Go is not installed; install Go >= 1.26 (https://go.dev/dl)"
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod

# 1. The generator, built when its sources or the Go version changed.
stamp() { { cat "$SRC/main.go" "$SRC/go.mod" "$SRC/go.sum"; go version; } | sha256sum | cut -d' ' -f1; }
want="$(stamp)"
mkdir -p "$TOOLS"
if [ -x "$BIN" ] && [ "$(cat "$BIN.stamp" 2>/dev/null)" = "$want" ]; then
  say "generator up to date ($BIN)"
else
  say "building the generator (pkg/v3 v$PULUMI_VERSION codegen; minutes on a cold Go cache, seconds when warm)"
  start=$SECONDS
  (cd "$SRC" && go build -trimpath -buildvcs=false -o "$BIN.tmp" .) &
  pid=$!
  next=30
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if [ $((SECONDS - start)) -ge $next ] && kill -0 "$pid" 2>/dev/null; then
      say "  still compiling the generator ($((SECONDS - start))s)"
      next=$((next + 30))
    fi
  done
  wait "$pid" || die "go build of scripts/gen-sdk failed"
  mv -f "$BIN.tmp" "$BIN"
  printf '%s\n' "$want" > "$BIN.stamp"
  say "built $BIN in $((SECONDS - start))s"
fi

# 2. Generate into a scratch directory; tidy the Go module there.
OUT="$(mktemp -d "${TMPDIR:-/tmp}/gen-sdk.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT
say "generating ${LANGS} from ${SCHEMA#"$ROOT"/}"
"$BIN" "$SCHEMA" "$LANGS" "$OUT"
if [ -f "$OUT/go/go.mod" ]; then
  say "go mod tidy in the Go SDK (module $(sed -n 's/^module //p' "$OUT/go/go.mod"))"
  (cd "$OUT/go" && go mod tidy) || die "go mod tidy of the generated Go SDK failed"
fi

# What the SDKs' own .gitignore files leave out: never generated, so never compared.
EXCLUDES=(-x '*.pyc' -x __pycache__ -x .mypy_cache -x dist -x build -x '*.egg-info' -x target)

# 3. Compare, or put in place.
if [ "$CHECK" = 1 ]; then
  stale=()
  for lang in "${LANG_LIST[@]}"; do
    if ! diff -r -q "${EXCLUDES[@]}" "$SDK/$lang" "$OUT/$lang" >/dev/null 2>&1; then stale+=("$lang"); fi
  done
  if [ ${#stale[@]} -gt 0 ]; then
    for lang in "${stale[@]}"; do
      say "sdk/$lang differs from what ${SCHEMA#"$ROOT"/} generates:"
      diff -r -u "${EXCLUDES[@]}" "$SDK/$lang" "$OUT/$lang" 2>&1 | head -n 60 | sed 's/^/    /' >&2 || true
    done
    die "sdk/${stale[*]} out of date: run 'bash scripts/gen-sdk.sh' and commit the result"
  fi
  say "sdk/{${LANGS}} match ${SCHEMA#"$ROOT"/}"
else
  mkdir -p "$SDK"
  for lang in "${LANG_LIST[@]}"; do
    if [ -d "$SDK/$lang" ] && diff -r -q "${EXCLUDES[@]}" "$SDK/$lang" "$OUT/$lang" >/dev/null 2>&1; then
      say "sdk/$lang unchanged ($(find "$OUT/$lang" -type f | wc -l) files)"
    else
      rm -rf "$SDK/$lang"
      cp -R "$OUT/$lang" "$SDK/$lang"
      say "wrote sdk/$lang ($(find "$SDK/$lang" -type f | wc -l) files)"
    fi
  done
fi

# 4. The Go SDK compiles, from the committed go.mod and go.sum alone (-mod=readonly: nothing is added on the way).
if [ "$COMPILE_GO" = 1 ]; then
  [ -f "$SDK/go/go.mod" ] || die "no sdk/go/go.mod"
  start=$SECONDS
  say "go build ./... in sdk/go (minutes on a cold Go cache)"
  (cd "$SDK/go" && GOFLAGS=-mod=readonly go build ./...) || die "the Go SDK does not build"
  say "go vet ./... in sdk/go"
  (cd "$SDK/go" && GOFLAGS=-mod=readonly go vet ./...) || die "go vet reports problems in the Go SDK"
  say "the Go SDK builds and vets clean ($((SECONDS - start))s)"
fi
