#!/usr/bin/env bash
# Puts a real Pulumi engine into .tools/pulumi/bin:
#   pulumi                        the CLI, built from the Go module proxy (pinned release below)
#   pulumi-resource-pulumi-nodejs the dynamic-provider launcher shipped in the @pulumi/pulumi npm package
#   pulumi-language-nodejs        the Node.js language host, when the Go module proxy serves it
#   pulumi-language-yaml          the YAML language host (pulumi-yaml), for YAML programs of the provider plugin
#   pulumi-language-python        the Python language host (and its -exec shim), for Python programs of the plugin
#   pulumi-language-java          the Java language host (pulumi-java), for Java programs of the plugin
#   pulumi-language-go            the Go language host, for Go programs of the plugin
# Idempotent: a second run only checks versions. A suitable `pulumi` already on PATH is used instead of
# building (set PULUMI_BUILD_FROM_SOURCE=1 to build anyway).
set -euo pipefail

PULUMI_VERSION="3.276.0"
# The Node.js language host of current releases lives in its own, never-tagged module
# (github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3); the Go module proxy answers
# "403 Forbidden: This module version is not available" for its pseudo-versions. The last release that shipped
# it inside the sdk/v3 module, v3.68.0, is served, and its host speaks the same language-host protocol, so it
# is built from there. It only starts `node @pulumi/pulumi/cmd/run` from the program's own @pulumi/pulumi.
LANGUAGE_HOST_SDK_VERSION="3.68.0"
MIN_PATH_VERSION="3.216.0" # read() returning inputs; configure(); inline destroy/refresh
# The YAML language host is its own module, github.com/pulumi/pulumi-yaml, served by the proxy at its releases.
YAML_HOST_VERSION="1.25.0"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools/pulumi"
BIN="$TOOLS/bin"
BUILD="$TOOLS/build"
LAUNCHER_SRC="$ROOT/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"

say() { printf '[install-pulumi] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

version_ge() { # version_ge A B: A >= B
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

link_launcher() {
  [ -x "$LAUNCHER_SRC" ] || die "missing $LAUNCHER_SRC; run 'npm install' first"
  ln -sfn "$LAUNCHER_SRC" "$BIN/pulumi-resource-pulumi-nodejs"
}

# host_current NAME VERSION: $BIN/NAME is built, and stamped with VERSION.
host_current() { [ -x "$BIN/$1" ] && [ "$(cat "$BIN/.$1.version" 2>/dev/null)" = "$2" ]; }

# build_host NAME VERSION PACKAGE LDFLAGS GOMOD: builds PACKAGE into $BIN/NAME in a module of its own under $TOOLS
# (its go.mod the text GOMOD), and stamps VERSION.
build_host() {
  local name="$1" version="$2" package="$3" ldflags="$4" build="$TOOLS/build-$1"
  mkdir -p "$build"
  printf '%s\n' "$5" > "$build/go.mod"
  (
    cd "$build"
    export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod
    go build -trimpath -buildvcs=false -tags osusergo,grpcnotrace -ldflags "$ldflags" -o "$BIN/$name.tmp" "$package"
  ) || die "building $name v$version failed"
  mv -f "$BIN/$name.tmp" "$BIN/$name"
  echo "$version" > "$BIN/.$name.version"
}

yaml_host_current() { host_current pulumi-language-yaml "$YAML_HOST_VERSION"; }

build_yaml_host() {
  yaml_host_current && return 0
  say "building pulumi-language-yaml v$YAML_HOST_VERSION (github.com/pulumi/pulumi-yaml, about a minute)"
  local start=$SECONDS
  (cd "$TOOLS" && GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod GOBIN="$BIN" \
    go install -trimpath -tags osusergo,grpcnotrace -ldflags "-s -w" "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@v$YAML_HOST_VERSION") \
    || die "go install of pulumi-language-yaml v$YAML_HOST_VERSION failed"
  echo "$YAML_HOST_VERSION" > "$BIN/.pulumi-language-yaml.version"
  say "built pulumi-language-yaml in $((SECONDS - start))s"
}

# The Go language host, like the Node.js and Python ones, from an old release of sdk/v3: the host's own module of
# current releases (github.com/pulumi/pulumi/sdk/go/pulumi-language-go/v3) is refused by the Go module proxy ("403
# This module version is not available"), and v3.62.0 is the last sdk/v3 release that holds it. It builds and runs
# the program with the program's own go.mod (sdk/v3 v3.276.0 in examples/go).
GO_HOST_SDK_VERSION="3.62.0"
go_host_current() { host_current pulumi-language-go "$GO_HOST_SDK_VERSION"; }

build_go_host() {
  go_host_current && return 0
  local start=$SECONDS
  say "building pulumi-language-go from sdk/v3 v$GO_HOST_SDK_VERSION"
  build_host pulumi-language-go "$GO_HOST_SDK_VERSION" github.com/pulumi/pulumi/sdk/v3/go/pulumi-language-go \
    "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$GO_HOST_SDK_VERSION" \
    "$(printf 'module pulumi-language-go-build\n\ngo 1.26.0\n\nrequire github.com/pulumi/pulumi/sdk/v3 v%s' "$GO_HOST_SDK_VERSION")"
  say "built pulumi-language-go in $((SECONDS - start))s"
}

# The Java language host (github.com/pulumi/pulumi-java, whose exact v1.34.0 the proxy serves): in a wrapper module
# with the replace lines of pulumi-java's own go.mod (which `go install ...@version` refuses), against the CLI's pkg/v3.
JAVA_HOST_VERSION="1.34.0"
java_host_current() { host_current pulumi-language-java "$JAVA_HOST_VERSION"; }

build_java_host() {
  java_host_current && return 0
  local start=$SECONDS
  say "building pulumi-language-java v$JAVA_HOST_VERSION (github.com/pulumi/pulumi-java; minutes on a cold Go cache)"
  build_host pulumi-language-java "$JAVA_HOST_VERSION" github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java "-s -w" "$(printf '%s\n' \
    "module pulumi-language-java-build" "" "go 1.26.0" "" \
    "require github.com/pulumi/pulumi-java v$JAVA_HOST_VERSION" "" \
    "replace github.com/Sirupsen/logrus => github.com/sirupsen/logrus v1.8.3" "" \
    "replace github.com/gogo/protobuf => github.com/gogo/protobuf v1.3.2" "" \
    "replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e" "" \
    "replace github.com/pulumi/pulumi/pkg/v3 => github.com/pulumi/pulumi/pkg/v3 v$PULUMI_VERSION" "" \
    "replace github.com/pulumi/pulumi/sdk/v3 => github.com/pulumi/pulumi/sdk/v3 v$PULUMI_VERSION")"
  say "built pulumi-language-java in $((SECONDS - start))s"
}

# The Python language host, like the Node.js one, from the last sdk/v3 release that shipped it (v3.68.0), next to its
# pulumi-language-python-exec shim. It reads the interpreter from PULUMI_PYTHON_CMD or PATH only: Pulumi.yaml's
# `runtime.options.virtualenv` never reaches it (the CLI sends runtime options over RPC, this host reads a flag).
python_host_current() { host_current pulumi-language-python "$LANGUAGE_HOST_SDK_VERSION" && [ -x "$BIN/pulumi-language-python-exec" ]; }

build_python_host() {
  python_host_current && return 0
  local build="$TOOLS/build-language-host" host="$BIN/pulumi-language-python" start=$SECONDS
  mkdir -p "$build"
  printf 'module pulumi-language-host-build\n\ngo 1.26.0\n\nrequire github.com/pulumi/pulumi/sdk/v3 v%s\n' "$LANGUAGE_HOST_SDK_VERSION" > "$build/go.mod"
  say "building pulumi-language-python from sdk/v3 v$LANGUAGE_HOST_SDK_VERSION"
  (
    cd "$build"
    export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod
    go mod download github.com/pulumi/pulumi/sdk/v3@"v$LANGUAGE_HOST_SDK_VERSION"
    go build -trimpath -buildvcs=false -tags osusergo,grpcnotrace \
      -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$LANGUAGE_HOST_SDK_VERSION" \
      -o "$host.tmp" github.com/pulumi/pulumi/sdk/v3/python/cmd/pulumi-language-python
    cp "$(go list -m -f '{{.Dir}}' github.com/pulumi/pulumi/sdk/v3)/python/cmd/pulumi-language-python-exec" "$host-exec.tmp"
  ) || die "building pulumi-language-python failed"
  chmod 755 "$host.tmp" "$host-exec.tmp"
  mv -f "$host-exec.tmp" "$host-exec"
  mv -f "$host.tmp" "$host"
  echo "$LANGUAGE_HOST_SDK_VERSION" > "$BIN/.pulumi-language-python.version"
  say "built pulumi-language-python in $((SECONDS - start))s"
}

mkdir -p "$BIN"

# 1. Already built at the pinned version?
if [ -x "$BIN/pulumi" ] && [ "$("$BIN/pulumi" version 2>/dev/null)" = "v$PULUMI_VERSION" ] && [ ! -L "$BIN/pulumi" ] \
  && [ -x "$BIN/pulumi-language-nodejs" ]; then
  build_yaml_host
  build_python_host
  build_java_host
  build_go_host
  link_launcher
  say "pulumi v$PULUMI_VERSION already built in $BIN"
  exit 0
fi

# 2. A suitable pulumi on PATH (outside .tools)?
if [ -z "${PULUMI_BUILD_FROM_SOURCE:-}" ]; then
  ambient="$(PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v "^$BIN\$" | paste -sd: -)" command -v pulumi || true)"
  if [ -n "$ambient" ]; then
    v="$("$ambient" version 2>/dev/null | sed 's/^v//')"
    if [ -n "$v" ] && version_ge "$v" "$MIN_PATH_VERSION"; then
      say "using pulumi v$v from $ambient"
      ln -sfn "$ambient" "$BIN/pulumi"
      lh="$(dirname "$ambient")/pulumi-language-nodejs"
      [ -x "$lh" ] && ln -sfn "$lh" "$BIN/pulumi-language-nodejs"
      yh="$(dirname "$ambient")/pulumi-language-yaml"
      if [ -x "$yh" ]; then ln -sfn "$yh" "$BIN/pulumi-language-yaml"; else build_yaml_host; fi
      ph="$(dirname "$ambient")/pulumi-language-python"
      if [ -x "$ph" ] && [ -x "$ph-exec" ]; then ln -sfn "$ph" "$BIN/pulumi-language-python"; ln -sfn "$ph-exec" "$BIN/pulumi-language-python-exec"; else build_python_host; fi
      jh="$(dirname "$ambient")/pulumi-language-java"
      if [ -x "$jh" ]; then ln -sfn "$jh" "$BIN/pulumi-language-java"; else build_java_host; fi
      gh="$(dirname "$ambient")/pulumi-language-go"
      if [ -x "$gh" ]; then ln -sfn "$gh" "$BIN/pulumi-language-go"; else build_go_host; fi
      link_launcher
      exit 0
    fi
    say "ignoring pulumi ${v:-of unknown version} at $ambient (need >= $MIN_PATH_VERSION)"
  fi
fi

# 3. Build from the Go module proxy.
command -v go >/dev/null || die "Go is not installed; install Go >= 1.26 (https://go.dev/dl) or put pulumi >= $MIN_PATH_VERSION on PATH"
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod
mkdir -p "$BUILD"
cd "$BUILD"
{
  echo "module pulumi-cli-build"
  echo
  echo "go 1.26.0"
  echo
  echo "require ("
  echo "	github.com/pulumi/pulumi/pkg/v3 v$PULUMI_VERSION"
  echo "	github.com/pulumi/pulumi/sdk/v3 v$PULUMI_VERSION"
  echo ")"
  echo
  echo "replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e"
  echo
  echo "replace ("
  echo "	github.com/pulumi/pulumi/pkg/v3 => github.com/pulumi/pulumi/pkg/v3 v$PULUMI_VERSION"
  echo "	github.com/pulumi/pulumi/sdk/v3 => github.com/pulumi/pulumi/sdk/v3 v$PULUMI_VERSION"
  echo ")"
} > go.mod

say "downloading pulumi v$PULUMI_VERSION modules from $(go env GOPROXY) (first run: several hundred MB)"
pkgs=("github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@v$PULUMI_VERSION" "github.com/pulumi/pulumi/sdk/v3@v$PULUMI_VERSION")
GET_LOG="$BUILD/go-get.log"
if ! go get -x "${pkgs[@]}" 2>&1 | tee "$GET_LOG" | { grep --line-buffered -E '^# get .*\.zip$' || true; } | sed -u 's/^# get /  fetch /' >&2; then
  grep -v '^#\|^mkdir\|^cd ' "$GET_LOG" | tail -n 5 >&2
  die "go get failed: the Go module proxy ($(go env GOPROXY)) is unreachable or does not serve pulumi v$PULUMI_VERSION (log: $GET_LOG)"
fi

LDFLAGS="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION"
build() { # build <output> <package>
  say "compiling $1 (minutes on a cold Go cache, seconds when warm)"
  local start=$SECONDS
  go build -trimpath -buildvcs=false -tags osusergo,grpcnotrace -ldflags "$LDFLAGS" -o "$BIN/$1.tmp" "$2" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do sleep 30; kill -0 "$pid" 2>/dev/null && say "  still compiling $1 ($((SECONDS - start))s)"; done
  wait "$pid" || die "go build of $2 failed"
  mv -f "$BIN/$1.tmp" "$BIN/$1"
  say "built $1 in $((SECONDS - start))s ($(du -h "$BIN/$1" | cut -f1))"
}
if [ "$("$BIN/pulumi" version 2>/dev/null)" != "v$PULUMI_VERSION" ] || [ -L "$BIN/pulumi" ]; then
  rm -f "$BIN/pulumi"
  build pulumi github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
fi

# The language host, in a wrapper module of its own (it needs the older sdk/v3).
mkdir -p "$TOOLS/build-language-host"
cd "$TOOLS/build-language-host"
printf 'module pulumi-language-host-build\n\ngo 1.26.0\n\nrequire github.com/pulumi/pulumi/sdk/v3 v%s\n' "$LANGUAGE_HOST_SDK_VERSION" > go.mod
say "downloading the language host (sdk/v3 v$LANGUAGE_HOST_SDK_VERSION)"
go mod download github.com/pulumi/pulumi/sdk/v3@v"$LANGUAGE_HOST_SDK_VERSION" || die "go mod download of sdk/v3 v$LANGUAGE_HOST_SDK_VERSION failed"
LDFLAGS="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$LANGUAGE_HOST_SDK_VERSION"
build pulumi-language-nodejs github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs

build_yaml_host
build_python_host
build_java_host
build_go_host

[ "$("$BIN/pulumi" version)" = "v$PULUMI_VERSION" ] || die "built pulumi reports '$("$BIN/pulumi" version)', expected v$PULUMI_VERSION"
link_launcher
say "pulumi $("$BIN/pulumi" version) ready in $BIN"
