#!/usr/bin/env bash
# What CI runs for the VS Code extension (called by .ci/run): install, unit tests, package the
# .vsix (building the server jar if needed), and the end-to-end test in a real VS Code (code-server
# + headless Chromium). About a minute when the tools are cached (see scripts/e2e.sh); a fresh
# machine first spends about four minutes installing Chromium, Node 24 and code-server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

t0=$SECONDS
phase() {
  echo "== vscode-client: $* ($((SECONDS - t0)) s)"
}

phase "npm ci"
timeout 600 npm ci --no-audit --no-fund

phase "server jar"
timeout 900 npm run --silent build-server

phase "formatting and unit tests"
timeout 300 npm run --silent lint
timeout 300 npm test

phase "package"
rm -f ./*.vsix
timeout 900 npm run --silent package
version=$(node -p "require('./package.json').version")
vsix=agentmd-$version.vsix
# The .vsix must carry the server under its fixed name.
listing=$(python3 -m zipfile -l "$vsix")
grep -q '^extension/server/agentmd.jar ' <<<"$listing" || {
  echo "ci: $vsix has no extension/server/agentmd.jar" >&2
  exit 1
}

phase "end-to-end test in code-server"
timeout 1200 bash scripts/e2e.sh "$vsix"

phase "done"
