#!/usr/bin/env bash
# CLI benchmark: wall time and peak memory of `agentmd check` next to the two peer linters that
# install here (cclint, claudelint), on (a) every Claude agent of the real-file corpus laid out as
# one project and (b) the single seed agent. See bench/README.md for what the numbers mean.
#
# Usage: bench/cli-bench.sh [--runs N] [--warmups N] [--corpus DIR] [--seed FILE]
#                           [--work DIR] [--keep] [--no-install] [--snapshot]
#
# Exit codes: 0 = measured (however slow); 2 = setup failure (missing tool, jar, corpus, npm ci).
# Needs the network only for `npm ci` (skip with --no-install once bench/node_modules exists).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)

# ---- defaults (each can be overridden by an option) ---------------------------------------------
RUNS=10                                  # timed runs per tool x project
WARMUPS=2                                # untimed runs first: page cache, AppCDS archive, JIT-free
CORPUS="$REPO/../shared/corpus"          # holds MANIFEST.tsv; column 1 = kind, column 5 = path
SEED="$REPO/examples/.claude/agents/staff-backend-dev.md"   # same bytes as shared/examples/
WORK=""                                  # scratch projects; default: a fresh mktemp -d
KEEP=0                                   # keep the scratch projects after the run
INSTALL=1                                # run `npm ci` in bench/
SNAPSHOT=0                               # time a private copy of launcher + jar (see snapshot_agentmd)

AGENTMD_ROOT=$REPO                       # where the timed launcher and jar live (a copy with --snapshot)
JAR="$AGENTMD_ROOT/server/app/target/agentmd.jar"
LAUNCHER="$AGENTMD_ROOT/agentmd"
NODE_BIN="$BENCH_DIR/node_modules/.bin"
RESULTS="$BENCH_DIR/results"
STAMP=$(date +%Y-%m-%d-%H%M%S)

die() { echo "cli-bench: setup failure: $*" >&2; exit 2; }
note() { echo "cli-bench: $*" >&2; }

usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; }

parse_args() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --runs|--warmups|--corpus|--seed|--work) [[ $# -ge 2 ]] || die "$1 needs a value" ;;
    esac
    case "$1" in
      --runs) RUNS=$2; shift 2 ;;
      --warmups) WARMUPS=$2; shift 2 ;;
      --corpus) CORPUS=$2; shift 2 ;;
      --seed) SEED=$2; shift 2 ;;
      --work) WORK=$2; shift 2 ;;
      --keep) KEEP=1; shift ;;
      --no-install) INSTALL=0; shift ;;
      --snapshot) SNAPSHOT=1; shift ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; die "unknown option: $1" ;;
    esac
  done
  [[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
  [[ $WARMUPS =~ ^[0-9]+$ ]] || die "--warmups must be a non-negative integer"
}

# ---- setup ---------------------------------------------------------------------------------------

check_prerequisites() {
  local tool
  for tool in node npm java awk; do
    command -v "$tool" >/dev/null || die "'$tool' not found on PATH"
  done
  # GNU time, not the shell keyword: it gives the peak RSS (ru_maxrss) of the measured process.
  [[ -x /usr/bin/time ]] || die "/usr/bin/time missing (apt-get install -y time)"
  # Wall time comes from $EPOCHREALTIME (bash >= 5): microseconds, unlike time's %e (10 ms steps).
  [[ -n ${EPOCHREALTIME:-} ]] || die "bash >= 5 needed for \$EPOCHREALTIME"
  [[ -f "$CORPUS/MANIFEST.tsv" ]] || die "no corpus manifest at $CORPUS/MANIFEST.tsv (use --corpus)"
  [[ -f "$SEED" ]] || die "no seed agent at $SEED (use --seed)"
}

# Peers come from bench/package-lock.json, so every run measures the same versions.
install_peers() {
  if [[ $INSTALL -eq 1 ]]; then
    note "installing peers: npm ci in bench/"
    (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed"
  fi
  [[ -x "$NODE_BIN/cclint" && -x "$NODE_BIN/claudelint" ]] \
    || die "peers not installed: run without --no-install (npm ci in bench/)"
}

pkg_version() { node -p "require('$BENCH_DIR/node_modules/$1/package.json').version"; }

# agentmd variants are optional one by one: a missing one becomes a SKIPPED row, and the exit
# code says setup failure at the end, but the peers are still measured.
AGENTMD_PROBLEMS=(); JAR_OK=0; LAUNCHER_OK=0
check_agentmd() {
  if [[ ! -f "$JAR" ]]; then
    AGENTMD_PROBLEMS+=("jar missing: $JAR (build: ./mvnw -B -q package -DskipTests)")
  elif ! java -jar "$JAR" --help >/dev/null 2>&1; then
    AGENTMD_PROBLEMS+=("'java -jar $JAR --help' fails: the jar is not a working CLI")
  else
    JAR_OK=1
  fi
  if [[ ! -x "$LAUNCHER" ]]; then
    AGENTMD_PROBLEMS+=("launcher missing: $LAUNCHER")
  else
    LAUNCHER_OK=1
  fi
  # Same rule as the launcher's jar_is_stale: a stale jar would be rebuilt by the launcher in the
  # middle of the warm-ups (touching the work tree), and `java -jar` would time old code.
  if [[ $JAR_OK -eq 1 ]] && [[ -n $(find "$AGENTMD_ROOT"/server/*/src/main "$AGENTMD_ROOT/schemas" \
      "$AGENTMD_ROOT/pom.xml" "$AGENTMD_ROOT"/server/*/pom.xml -newer "$JAR" -print -quit 2>/dev/null) ]]; then
    die "$JAR is older than the sources; build it first: ./agentmd --help (or ./mvnw -B -q -DskipTests package)"
  fi
}

# Scratch space for the projects (and the --snapshot copy). It lies outside the repository on
# purpose: inside it, tools that walk up to a .git or honour .gitignore (bench/results/ is
# ignored) would see a different project.
make_workdir() {
  if [[ -z $WORK ]]; then
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/agentmd-bench.XXXXXX")
  else
    rm -rf "$WORK/corpus" "$WORK/seed" "$WORK/agentmd"
    mkdir -p "$WORK"
  fi
  [[ $KEEP -eq 1 ]] || trap 'rm -rf "$WORK"' EXIT
}

# --snapshot: while someone edits and rebuilds the repository, the launcher would rebuild in the
# middle of the benchmark (and Maven's `clean` can delete the jar under `java -jar`). So time a
# private copy laid out like the repository: launcher, jar, and the sources, schemas and poms its
# staleness check walks, all with their times kept (cp -p), so the check does the same work and
# finds the jar as fresh (or stale) as it was at copy time. No mvnw: the copy can never build.
snapshot_agentmd() {
  local snap="$WORK/agentmd" d
  mkdir -p "$snap/server/app/target"
  cp -p "$REPO/agentmd" "$snap/agentmd" 2>/dev/null || true
  cp -p "$REPO/server/app/target/agentmd.jar" "$snap/server/app/target/" 2>/dev/null || true
  cp -rp "$REPO/schemas" "$REPO/pom.xml" "$snap/" 2>/dev/null || true
  for d in "$REPO"/server/*/; do
    d=$(basename "$d")
    mkdir -p "$snap/server/$d/src"
    cp -p "$REPO/server/$d/pom.xml" "$snap/server/$d/" 2>/dev/null || true
    [[ -d "$REPO/server/$d/src/main" ]] && cp -rp "$REPO/server/$d/src/main" "$snap/server/$d/src/"
  done
  AGENTMD_ROOT=$snap
  JAR="$snap/server/app/target/agentmd.jar"
  LAUNCHER="$snap/agentmd"
  note "timing a snapshot of the launcher and jar in $snap"
}

# A project each tool can find without options: a folder holding .claude/agents/*.md.
make_projects() {
  mkdir -p "$WORK/corpus/.claude/agents" "$WORK/seed/.claude/agents"

  cp "$SEED" "$WORK/seed/.claude/agents/staff-backend-dev.md"

  # Flat folder, original file names where they are unique; a repeated name (23 code-reviewer.md)
  # becomes code-reviewer-dup2.md, -dup3, ... in manifest order. Flat keeps every tool's discovery
  # trivially identical; names are kept because name<->file-name rules are part of the work.
  # shellcheck disable=SC2016 # the single-quoted program is JavaScript, not shell
  awk -F'\t' 'NR > 1 && $1 == "claude-agents" { print $5 }' "$CORPUS/MANIFEST.tsv" \
    | node -e '
        const fs = require("fs"), path = require("path");
        const [corpus, dest] = process.argv.slice(1);
        const taken = new Set();
        let n = 0;
        for (const rel of fs.readFileSync(0, "utf8").split("\n").filter(Boolean)) {
          const base = path.basename(rel, ".md");
          let name = base, i = 1;
          while (taken.has(name)) name = `${base}-dup${++i}`;
          taken.add(name);
          fs.copyFileSync(path.join(corpus, rel), path.join(dest, name + ".md"));
          n++;
        }
        console.log(n);
      ' "$CORPUS" "$WORK/corpus/.claude/agents" > "$WORK/corpus.count" \
    || die "copying the corpus failed"
  CORPUS_FILES=$(cat "$WORK/corpus.count")
  [[ $CORPUS_FILES -gt 0 ]] || die "no claude-agents rows in $CORPUS/MANIFEST.tsv"
  CORPUS_BYTES=$(du -sb "$WORK/corpus/.claude/agents" | cut -f1)
  note "projects in $WORK: corpus = $CORPUS_FILES agents ($CORPUS_BYTES bytes), seed = 1 agent"
}

# ---- the cases -----------------------------------------------------------------------------------
# A case is a tool x project. Every command runs with the project as working folder, which is how
# the peers find a project (cclint: cwd, and its --root must lie under cwd anyway; claudelint:
# cwd). agentmd is given "." for the same reason.
CASE_TOOL=(); CASE_PROJECT=(); CASE_CMD=(); CASE_JSON=()

add_case() {   # tool project "timed command" "same run with JSON output, for counting findings"
  CASE_TOOL+=("$1"); CASE_PROJECT+=("$2"); CASE_CMD+=("$3"); CASE_JSON+=("$4")
}

define_cases() {
  local project
  for project in corpus seed; do
    if [[ $LAUNCHER_OK -eq 1 ]]; then
      # The launcher as users run it: includes its staleness check and AppCDS archive.
      add_case "agentmd (launcher)" "$project" \
        "$(printf '%q' "$LAUNCHER") check ." "$(printf '%q' "$LAUNCHER") check --format json ."
    fi
    if [[ $JAR_OK -eq 1 ]]; then
      # The bare JVM: what a CI step calling the jar directly pays.
      add_case "agentmd (java -jar)" "$project" \
        "java -jar $(printf '%q' "$JAR") check ." "java -jar $(printf '%q' "$JAR") check --format json ."
    fi
    # cclint checks agents, commands, settings and CLAUDE.md presence; only agents exist here.
    add_case "cclint" "$project" \
      "$(printf '%q' "$NODE_BIN/cclint")" "$(printf '%q' "$NODE_BIN/cclint") --format json"
    # --no-cache: otherwise every run after the first is served from .claudelint-cache.
    add_case "claudelint" "$project" \
      "$(printf '%q' "$NODE_BIN/claudelint") check-all --no-cache --no-color" \
      "$(printf '%q' "$NODE_BIN/claudelint") check-all --no-cache --format json"
  done
  local i
  for ((i = 0; i < ${#CASE_TOOL[@]}; i++)); do   # the key to the raw files case<i>.*
    printf '%s\t%s\t%s\n' "case$i" "${CASE_TOOL[$i]}" "${CASE_PROJECT[$i]}"
  done >"$RAW/cases.tsv"
}

# ---- measuring -----------------------------------------------------------------------------------

# One run of case $1: appends "wall_ms rss_kb exit cpu_ms" to $RAW/<case>.runs (unless $2 =
# warmup); cpu = user + sys of the whole process tree.
# The command's output goes to files (kept from the last run, for reading crashes), never to the
# terminal, so terminal speed is not measured.
run_case() {
  local i=$1 kind=$2 t0 t1 rc=0 usage
  local dir="$WORK/${CASE_PROJECT[$i]}" log="$RAW/case$i"
  t0=$EPOCHREALTIME
  (cd "$dir" && /usr/bin/time -f '%U %S %M' -o "$log.time" bash -c "exec ${CASE_CMD[$i]}" \
      >"$log.out" 2>"$log.err") || rc=$?
  t1=$EPOCHREALTIME
  [[ $kind == warmup ]] && return 0
  # time's -o file holds "Command exited with non-zero status N" before its line on failure.
  usage=$(tail -n 1 "$log.time")
  awk -v a="$t0" -v b="$t1" -v u="$usage" -v c="$rc" 'BEGIN {
    split(u, f, " "); printf "%.1f %s %s %.0f\n", (b - a) * 1000, f[3], c, (f[1] + f[2]) * 1000 }' \
    >>"$log.runs"
}

# Round-robin: every round runs every case once, so a burst of background load or a CPU
# frequency change is spread over all tools instead of landing on one of them.
measure_all() {
  local round i n=${#CASE_TOOL[@]}
  for ((round = 1; round <= WARMUPS; round++)); do
    note "warm-up round $round/$WARMUPS"
    for ((i = 0; i < n; i++)); do run_case "$i" warmup; done
  done
  for ((round = 1; round <= RUNS; round++)); do
    note "timed round $round/$RUNS"
    for ((i = 0; i < n; i++)); do run_case "$i" timed; done
  done
}

# Findings and files as each tool counts them, from one extra untimed JSON run. Best effort:
# "?" when a tool prints no JSON (a crash is then visible in the exit column and the logs).
count_findings() {
  local i=$1
  local json="$RAW/case$i.json"
  (cd "$WORK/${CASE_PROJECT[$i]}" && bash -c "exec ${CASE_JSON[$i]}" >"$json" 2>/dev/null) || true
  # shellcheck disable=SC2016 # the single-quoted program is JavaScript, not shell
  node -e '
    const fs = require("fs");
    const [tool, jsonFile, textFile] = process.argv.slice(1);
    let j; try { j = JSON.parse(fs.readFileSync(jsonFile, "utf8")); } catch { console.log("? ?"); process.exit(0); }
    let files = "?", findings = "?";
    if (tool.startsWith("agentmd")) {            // docs/cli.md: summary.{files,errors,warnings,infos,hints}
      const s = j.summary || {};
      files = s.files;
      findings = (j.files || []).reduce((n, f) => n + (f.findings || []).length, 0);
    } else if (tool === "cclint") {              // counts a CLAUDE.md "file" that does not exist
      files = j.totalFiles;
      findings = j.totalErrors + j.totalWarnings + j.totalSuggestions;
    } else if (tool === "claudelint") {          // JSON has no file count; its text output does
      findings = j.errorCount + j.warningCount;
      const text = ["out", "err"].map(e => fs.readFileSync(`${textFile}.${e}`, "utf8")).join("");
      const m = /Checked (\d+) files?/.exec(text);
      if (m) files = m[1];
    }
    console.log(`${files ?? "?"} ${findings ?? "?"}`);
  ' "${CASE_TOOL[$i]}" "$json" "$RAW/case$i"
}

# Flags a case that checked nothing, printed no JSON, or ended as a crash/usage error (exit >= 2),
# with the first line of its stderr/stdout that looks like an error, so it is recorded, not hidden.
ODD=()
odd_result() {
  local i=$1 files=$2 codes=$3 why="" line
  [[ $files == 0 ]] && why="checked 0 files"
  [[ $files == "?" ]] && why="no usable JSON output"
  [[ $codes =~ (^|/)([2-9]|[1-9][0-9]+)($|/) ]] && why="${why:+$why, }exit $codes"
  [[ -n $why ]] || return 0
  line=$(cat "$RAW/case$i.out" "$RAW/case$i.err" | grep -m 1 -iE 'error|fail|exception' \
    | sed 's/^ *//' | cut -c1-160 || true)
  ODD+=("${CASE_TOOL[$i]} on ${CASE_PROJECT[$i]}: $why${line:+ — \`$line\`} (case$i)")
}

jar_mtime() { if [[ -f $JAR ]]; then stat -c %Y "$JAR"; else echo none; fi; }

# ---- reporting -----------------------------------------------------------------------------------

# Median of column $2 (ms) of case $1's timed runs, in seconds.
median_s() {
  sort -n -k"$2","$2" "$RAW/case$1.runs" | awk -v k="$2" '
    { v[NR] = $k }
    END { printf "%.3f\n", ((NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) / 1000 }'
}

# "median_wall min_wall max_rss_mib exits median_cpu" of a case's timed runs.
stats() {
  local rest
  rest=$(awk '
    NR == 1 || $1 < min { min = $1 }
    { if ($2 > rss) rss = $2; ex[$3] = 1 }
    END {
      codes = ""; for (c in ex) codes = codes (codes == "" ? "" : "/") c
      printf "%.3f %.0f %s\n", min / 1000, rss / 1024, codes
    }' "$RAW/case$1.runs")
  echo "$(median_s "$1" 1) $rest $(median_s "$1" 4)"
}

machine_facts() {
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(free -g | awk '/Mem:/ { print $2 }') GiB RAM, $(uname -sr)"
  echo "- load average at start / end: $LOAD_START / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "- node: $(node -v), npm $(npm -v)"
  echo "- peers: @carlrannaberg/cclint $(pkg_version @carlrannaberg/cclint), claude-code-lint $(pkg_version claude-code-lint) (claudelint)"
  echo "- agentmd: commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$( [[ -n $(git -C "$REPO" status --porcelain -- server schemas 2>/dev/null) ]] && echo ' + uncommitted changes'), jar $( [[ -f $JAR ]] && date -u -r "$JAR" +%Y-%m-%dT%H:%MZ || echo missing)$( [[ $SNAPSHOT -eq 1 ]] && echo ', timed as a snapshot copy (--snapshot)')"
  [[ -z ${JAVA_TOOL_OPTIONS:-}${JAVA_OPTS:-} ]] || echo "- JAVA_TOOL_OPTIONS='${JAVA_TOOL_OPTIONS:-}' JAVA_OPTS='${JAVA_OPTS:-}'"
  echo "- corpus: $CORPUS_FILES claude-agents files ($CORPUS_BYTES bytes) from $(cd "$CORPUS" && pwd); seed: $SEED"
  echo "- runs: $RUNS timed after $WARMUPS warm-up rounds, round-robin over all cases"
}

report() {
  local i n=${#CASE_TOOL[@]} project base st ff
  declare -A CCLINT_MEDIAN=()
  for ((i = 0; i < n; i++)); do
    if [[ ${CASE_TOOL[$i]} == cclint ]]; then
      read -r st _ <<<"$(stats "$i")"; CCLINT_MEDIAN[${CASE_PROJECT[$i]}]=$st
    fi
  done

  echo "# agentmd CLI benchmark, $STAMP"
  echo
  echo "Command: \`bench/cli-bench.sh$ARGS_TEXT\`"
  echo
  machine_facts
  echo
  echo "| tool | project | files | findings | exit | median s | min s | × cclint (median) | CPU s (median) | peak RSS MiB |"
  echo "|---|---|---:|---:|---|---:|---:|---:|---:|---:|"
  for project in corpus seed; do
    for ((i = 0; i < n; i++)); do
      [[ ${CASE_PROJECT[$i]} == "$project" ]] || continue
      read -r med min rss codes cpu <<<"$(stats "$i")"
      read -r files findings <<<"$(count_findings "$i")"
      base=${CCLINT_MEDIAN[$project]}
      ratio=$(awk -v a="$med" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
      echo "| ${CASE_TOOL[$i]} | $project | $files | $findings | $codes | $med | $min | $ratio | $cpu | $rss |"
      [[ ${CASE_TOOL[$i]} == agentmd* ]] && AGENTMD_RATIOS+=("${CASE_TOOL[$i]} on $project: ${ratio}×")
      odd_result "$i" "$files" "$codes"
    done
  done
  for st in "${AGENTMD_PROBLEMS[@]}"; do echo "| agentmd | – | SKIPPED: $st | | | | | | | |"; done
  # The launcher rebuilds a jar that became older than the sources (someone edited them during
  # the run); the timings then mix two builds.
  if [[ $(jar_mtime) != "$JAR_MTIME_START" ]]; then
    ODD+=("the jar changed or vanished during the run (rebuilt by the launcher or by hand): agentmd timings are not valid; re-run, or use --snapshot")
  fi
  if [[ ${#ODD[@]} -gt 0 ]]; then
    echo
    echo "Odd results (read the last run's output in the raw folder):"
    printf -- '- %s\n' "${ODD[@]}"
  fi
  echo
  echo "Targets (issue): corpus ≤ 0.5× cclint, one file ≤ 1.0× cclint (median wall time)."
  for ff in "${AGENTMD_RATIOS[@]}"; do
    awk -v s="$ff" 'BEGIN {
      split(s, p, ": "); r = p[2] + 0; lim = (s ~ / on corpus:/) ? 0.5 : 1.0
      printf "- %s (target ≤ %.1f×): %s\n", s, lim, (r <= lim) ? "met" : "MISSED" }'
  done
  echo
  echo "Wall times are per run; the ratio compares medians. CPU = user + sys of the process tree (less"
  echo "sensitive to other load than wall time). Peak RSS = the largest single process, max over runs."
  echo "Exit codes are those of the timed runs (a/b = varied). Files and findings come from one extra"
  echo "JSON run of each tool and are counted the tool's own way (see bench/README.md). Raw runs"
  echo "(wall ms, RSS KiB, exit, CPU ms per line): \`$(realpath --relative-to="$REPO" "$RAW")/\`."
}

main() {
  ARGS_TEXT=$(printf ' %q' "$@"); [[ $# -gt 0 ]] || ARGS_TEXT=""
  parse_args "$@"
  LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
  # 2 cores: any other busy process shows up directly in the timings. Warn, but measure anyway.
  awk '{ exit !($1 > 1.0) }' /proc/loadavg && note "load average is ${LOAD_START%% *}: the machine is busy, expect noisy numbers"
  check_prerequisites
  make_workdir
  [[ $SNAPSHOT -eq 0 ]] || snapshot_agentmd
  check_agentmd
  install_peers
  for p in "${AGENTMD_PROBLEMS[@]}"; do note "agentmd: $p"; done
  JAR_MTIME_START=$(jar_mtime)
  make_projects
  RAW="$RESULTS/cli-$STAMP.raw"
  rm -rf "$RAW"; mkdir -p "$RAW"
  define_cases
  AGENTMD_RATIOS=()
  measure_all
  report | tee "$RESULTS/cli-$STAMP.md"
  note "written: $RESULTS/cli-$STAMP.md"
  [[ ${#AGENTMD_PROBLEMS[@]} -eq 0 ]] || exit 2
}

main "$@"
