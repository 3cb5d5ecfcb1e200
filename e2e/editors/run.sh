#!/usr/bin/env bash
# End-to-end tests of the editor setups in docs/editors.md: each editor runs headless against the
# real server, with the setup block copied out of docs/editors.md, opens an agent file with known
# mistakes (a copy of e2e/editors/project), and checks what the server reports.
#
#   bash e2e/editors/run.sh            # from anywhere; installs what is missing (needs root for apt)
#
# The server is a copy of server/app/target/agentmd.jar made after the launcher has brought it
# up to date (AGENTMD_E2E_LAUNCHER=1: the launcher itself).
#
# Editors: Neovim 0.7.2 (Debian 12 package), Neovim 0.10 (Debian 13) and the newest Neovim of
# Debian testing (for the 0.11+ vim.lsp.config API), Emacs + eglot, Vim + ALE. The two newer
# Neovims are unpacked into a cache folder and run through their own dynamic loader; nothing on the
# system changes. When one cannot be fetched, its test is SKIPped, not failed.
#
# Environment: AGENTMD_E2E_LAUNCHER=1, AGENTMD_E2E_JAR=<jar> (test that jar, no build),
# AGENTMD_E2E_CACHE (default ~/.cache/agentmd-e2e), AGENTMD_E2E_KEEP=1 (keep the
# scratch folder), AGENTMD_E2E_ONLY=<name> (run one test: nvim-0.7, nvim-0.10, nvim-new, emacs,
# vim-ale). Prints one PASS/FAIL/SKIP line per test and `N passed, N failed` at the end; exits 1
# when any test failed.
set -uo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd -- "$here/../.." && pwd -P)
docs=$root/docs/editors.md
HOME=${HOME:-$(getent passwd "$(id -un)" | cut -d: -f6)}
cache=${AGENTMD_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/agentmd-e2e}
work=$(mktemp -d "${TMPDIR:-/tmp}/agentmd-e2e.XXXXXX")
passed=0 failed=0 skipped=0
started=$SECONDS

cleanup() {
  if [[ ${AGENTMD_E2E_KEEP:-0} == 1 || $failed -gt 0 ]]; then
    echo "scratch folder kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

say() { printf '%s\n' "$*"; }
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# ---------------------------------------------------------------------------------------------
# Installs

apt_packages=(neovim emacs-nox elpa-eglot elpa-markdown-mode vim vim-ale)

install_apt_packages() {
  local missing=() pkg
  for pkg in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "installing ${missing[*]}"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # Update the lists only when the packages cannot be installed from the ones there are.
  if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >"$work/apt.log" 2>&1; then
    "${sudo[@]}" apt-get update -q >>"$work/apt.log" 2>&1
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$work/apt.log" 2>&1 || {
      tail -20 "$work/apt.log"
      return 1
    }
  fi
}

# A Neovim from another Debian suite, unpacked under $cache/nvim-<suite> with its own libc and
# started through that libc's loader (tooling.md A3). The mirror is the one this machine's apt
# uses for its own release. Prints the wrapper's path; fails when it cannot be had.
private_nvim() {
  local suite=$1
  local dir=$cache/nvim-$suite
  if [[ -x $dir/nvim ]] && "$dir/nvim" --version >/dev/null 2>&1; then
    echo "$dir/nvim"
    return 0
  fi
  local codename mirror
  # shellcheck disable=SC1091
  codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  # shellcheck disable=SC2016 # $(REPO_URI) is apt's format, not the shell's
  mirror=$(apt-get indextargets --format '$(REPO_URI)' 'Identifier: Packages' "Codename: $codename" \
    'Component: main' 'Origin: Debian' 2>/dev/null | head -1)
  [[ -n $codename && -n $mirror ]] || { echo "no Debian mirror configured for apt" >&2; return 1; }
  rm -rf "$dir" && mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial" "$dir/debs" || return 1
  echo "deb $mirror $suite main" >"$dir/apt/sources.list"
  local apto=(-o "Dir::Etc::SourceList=$dir/apt/sources.list" -o Dir::Etc::SourceParts=/nonexistent
    -o "Dir::State::Lists=$dir/apt/lists" -o "Dir::Cache=$dir/apt/cache" -o Dir::Cache::pkgcache=
    -o Dir::Cache::srcpkgcache= -o Dir::State::status=/dev/null -o APT::Sandbox::User=root)
  apt-get "${apto[@]}" update -q >"$dir/apt.log" 2>&1 || { tail -5 "$dir/apt.log" >&2; return 1; }
  local debs
  debs=$(apt-cache "${apto[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances neovim 2>>"$dir/apt.log" | grep -v '^[ <]' | sort -u)
  [[ -n $debs ]] || { echo "no neovim in $suite" >&2; return 1; }
  # shellcheck disable=SC2086 # one package name per word
  (cd "$dir/debs" && apt-get "${apto[@]}" download $debs >>"$dir/apt.log" 2>&1) || {
    tail -5 "$dir/apt.log" >&2
    return 1
  }
  local deb
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root" || return 1; done
  rm -rf "$dir/debs" "$dir/apt"
  local lib=$dir/root/usr/lib/x86_64-linux-gnu
  [[ -x $lib/ld-linux-x86-64.so.2 ]] || { echo "unexpected layout (not x86_64?)" >&2; return 1; }
  cat >"$dir/nvim" <<EOF
#!/bin/sh
# Neovim from Debian $suite, run with its own libc; its children (java) use the system's.
export VIMRUNTIME=$dir/root/usr/share/nvim/runtime
export LUA_CPATH="$lib/lua/5.1/?.so;;"
# Its tree-sitter parsers are in <prefix>/lib/nvim, which Neovim cannot find from this prefix.
exec $lib/ld-linux-x86-64.so.2 --library-path $lib $dir/root/usr/bin/nvim \\
  --cmd 'set runtimepath+=$dir/root/usr/lib/nvim' "\$@"
EOF
  chmod +x "$dir/nvim"
  "$dir/nvim" --version >/dev/null 2>&1 || { echo "the unpacked nvim does not start" >&2; return 1; }
  echo "$dir/nvim"
}

# ---------------------------------------------------------------------------------------------
# Setup blocks: every fenced block after a `<!-- e2e: NAME -->` line in docs/editors.md.

extract_blocks() {
  mkdir -p "$work/blocks"
  awk -v dir="$work/blocks" '
    /^<!-- e2e: [^ ]+ -->$/ { name = $3; next }
    name != "" && /^```/ {
      if (inside) { inside = 0; close(dir "/" name); name = "" } else { inside = 1; printf "" > (dir "/" name) }
      next
    }
    inside { print > (dir "/" name) }
  ' "$docs"
  local name
  for name in nvim-0.11.lua nvim-0.7.lua nvim-lspconfig.lua emacs-eglot.el vim-ale.vim; do
    [[ -s $work/blocks/$name ]] || { say "docs/editors.md has no block marked <!-- e2e: $name -->"; return 1; }
  done
  # No nvim-lspconfig here (Debian does not package it), so its block is only parsed.
  local parsed
  parsed=$(nvim --headless --clean -c "lua local ok, err = loadfile('$work/blocks/nvim-lspconfig.lua')
    io.stdout:write(ok and 'ok' or tostring(err))" -c 'qa!' 2>&1)
  [[ $parsed == ok ]] || { say "docs/editors.md: the nvim-lspconfig block does not parse: $parsed"; return 1; }
}

# ---------------------------------------------------------------------------------------------
# Running one test

# A fresh HOME and XDG folders per test, so no user configuration or plugin leaks in.
scratch_env() {
  local name=$1 home=$work/home-$1
  mkdir -p "$home"/{config,data,state,cache}
  printf '%s\n' "HOME=$home" "XDG_CONFIG_HOME=$home/config" "XDG_DATA_HOME=$home/data" \
    "XDG_STATE_HOME=$home/state" "XDG_CACHE_HOME=$home/cache" "PATH=$work/bin:$PATH" \
    "PROJECT=$work/project-$name" "OUT_FILE=$work/$name.out" "WAIT_MS=30000"
}

# run_test NAME VERSION COMMAND... : runs COMMAND (under timeout) in the scratch environment.
run_test() {
  local name=$1 version=$2
  shift 2
  if [[ -n ${AGENTMD_E2E_ONLY:-} && $AGENTMD_E2E_ONLY != "$name" ]]; then
    return 0
  fi
  cp -r "$here/project" "$work/project-$name"
  local env_vars t0 code
  mapfile -t env_vars < <(scratch_env "$name")
  t0=$(date +%s%N)
  (cd "$work/project-$name" && env "${env_vars[@]}" timeout -k 5 90 "$@" </dev/null >"$work/$name.log" 2>&1)
  code=$?
  local took
  took=$(ms_since "$t0")
  if [[ $code -eq 0 ]] && grep -q '^\[.*\] done: 0 failed' "$work/$name.out" 2>/dev/null; then
    passed=$((passed + 1))
    say "PASS $name ($version) in ${took} ms"
    grep -E '\] (diagnostics|completion labels|after the edit|note)' "$work/$name.out" | cut -c1-150 | sed 's/^/     /'
  else
    failed=$((failed + 1))
    [[ $code -eq 124 ]] && code="124, timed out"
    say "FAIL $name ($version) in ${took} ms (exit $code)"
    if [[ -s $work/$name.out ]]; then sed 's/^/     /' "$work/$name.out"; else say "     (no output file)"; fi
    say "     --- editor output (last 30 lines):"
    tail -30 "$work/$name.log" | sed 's/^/     /'
  fi
}

skip_test() {
  local name=$1 why=$2
  if [[ -n ${AGENTMD_E2E_ONLY:-} && $AGENTMD_E2E_ONLY != "$name" ]]; then
    return 0
  fi
  skipped=$((skipped + 1))
  say "SKIP $name: $why"
}

# The right Neovim block for a Neovim binary: vim.lsp.config from 0.11 on, else the autocommand.
nvim_test() {
  local name=$1 nvim=$2 version block
  version=$("$nvim" --version 2>/dev/null | head -1 | sed 's/^NVIM v//')
  block='nvim-0.7.lua'
  if [[ $("$nvim" --headless --clean -c 'lua io.stdout:write(vim.lsp.config and "new" or "old")' -c 'qa!' 2>/dev/null) == new ]]; then
    block='nvim-0.11.lua'
  fi
  run_test "$name" "nvim $version, $block" \
    "$nvim" --headless -i NONE -n -u "$work/blocks/$block" -c "luafile $here/nvim/test.lua"
}

# ---------------------------------------------------------------------------------------------

say "== editor end-to-end tests (docs/editors.md)"
install_apt_packages || { say "FAIL install: could not install ${apt_packages[*]}"; say "0 passed, 1 failed"; exit 1; }
extract_blocks || { say "FAIL docs: see above"; say "0 passed, 1 failed"; exit 1; }

# The server, on PATH as `agentmd` as docs/editors.md tells users to do. The launcher runs once
# first, so a stale jar is rebuilt before any editor waits for it; the editors then run a copy of
# that jar, so that a rebuild while the tests run (sources edited meanwhile) cannot get in the
# way. AGENTMD_E2E_LAUNCHER=1 puts the launcher itself on PATH instead.
mkdir -p "$work/bin"
t0=$(date +%s%N)
jar=${AGENTMD_E2E_JAR:-$root/server/app/target/agentmd.jar}
if [[ -n ${AGENTMD_E2E_JAR:-} ]]; then
  server_version=$(java -jar "$jar" --version 2>"$work/server.log") || server_version=
  [[ -n $server_version ]] || { cat "$work/server.log"; say "FAIL server: $jar does not run"; say "0 passed, 1 failed"; exit 1; }
elif ! server_version=$("$root/agentmd" --version 2>"$work/server.log"); then
  cat "$work/server.log"
  say "FAIL server: agentmd --version failed"
  say "0 passed, 1 failed"
  exit 1
fi
if [[ ${AGENTMD_E2E_LAUNCHER:-0} == 1 ]]; then
  ln -s "$root/agentmd" "$work/bin/agentmd"
  server_how="the launcher $root/agentmd"
else
  cp "$jar" "$work/agentmd.jar"
  java=java
  [[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java
  printf '#!/bin/sh\nexec %q -XX:TieredStopAtLevel=1 -jar %q "$@"\n' "$java" "$work/agentmd.jar" >"$work/bin/agentmd"
  chmod +x "$work/bin/agentmd"
  server_how="java -jar (a copy of ${jar#"$root"/})"
fi
say "server: $server_version, run as $server_how (ready in $(ms_since "$t0") ms)"

nvim_010='' nvim_new=''
if [[ -z ${AGENTMD_E2E_ONLY:-} || $AGENTMD_E2E_ONLY == nvim-0.10 || $AGENTMD_E2E_ONLY == nvim-new ]]; then
  t0=$(date +%s%N)
  nvim_010=$(private_nvim trixie 2>"$work/nvim-trixie.err") || nvim_010=
  nvim_new=$(private_nvim testing 2>"$work/nvim-testing.err") || nvim_new=
  say "Neovims from Debian trixie and testing ready in $(ms_since "$t0") ms (cache: $cache)"
fi

nvim_test nvim-0.7 "$(command -v nvim)"
if [[ -n $nvim_010 ]]; then
  nvim_test nvim-0.10 "$nvim_010"
else
  skip_test nvim-0.10 "Neovim from Debian trixie unavailable: $(tail -1 "$work/nvim-trixie.err" 2>/dev/null)"
fi
if [[ -n $nvim_new ]]; then
  nvim_test nvim-new "$nvim_new"
else
  skip_test nvim-new "Neovim from Debian testing unavailable: $(tail -1 "$work/nvim-testing.err" 2>/dev/null)"
fi

emacs_version="emacs $(emacs --batch --eval '(princ emacs-version)' 2>/dev/null), eglot $(dpkg-query -W -f='${Version}' elpa-eglot 2>/dev/null)"
run_test emacs "$emacs_version" env AGENTMD_EGLOT_BLOCK="$work/blocks/emacs-eglot.el" \
  emacs --batch -l "$here/emacs/test.el"

vim_version="vim $(vim --version | head -1 | sed 's/^VIM - Vi IMproved \([0-9.]*\).*/\1/').$(vim --version | sed -n 's/^Included patches: [0-9]*-\([0-9]*\).*/\1/p'), ale $(dpkg-query -W -f='${Version}' vim-ale 2>/dev/null)"
# ALE loads linter definitions from ale_linters/<filetype>/ on the runtimepath, as the docs say.
mkdir -p "$work/home-vim-ale/.vim/ale_linters/markdown"
cp "$work/blocks/vim-ale.vim" "$work/home-vim-ale/.vim/ale_linters/markdown/agentmd.vim"
run_test vim-ale "$vim_version" vim -N -u "$here/vim/vimrc" -i NONE -n -es -S "$here/vim/test.vim"

say "editors: $((SECONDS - started)) s in all"
if [[ $skipped -gt 0 ]]; then
  say "$passed passed, $failed failed, $skipped skipped"
else
  say "$passed passed, $failed failed"
fi
[[ $failed -eq 0 ]]
