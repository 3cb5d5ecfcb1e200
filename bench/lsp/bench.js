#!/usr/bin/env node
'use strict';
// LSP benchmark for `agentmd lsp`, measured from this separate client process over stdio with
// vscode-jsonrpc. See bench/lsp/README.md for what is measured and how to read it.
//
//   node bench/lsp/bench.js [--edits 1000] [--warmup 500] [--requests 1000] [--docs 1000]
//                           [--starts 10] [--settle-ms 3000] [--max-settle-ms 60000]
//                           [--only start,latency,memory] [--server launcher|jar]
//                           [--jvm-flags '-XX:... ...'] [--out FILE]

const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const proto = require('vscode-languageserver-protocol/node');

const REPO = path.resolve(__dirname, '..', '..');
const JAR = path.join(REPO, 'server', 'app', 'target', 'agentmd.jar');
const LAUNCHER = path.join(REPO, 'agentmd');
const SEED = path.join(REPO, 'examples', '.claude', 'agents', 'staff-backend-dev.md');
const JAVA = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = {
    edits: 1000,
    warmup: 500,
    requests: 1000,
    docs: 1000,
    starts: 10,
    settleMs: 3000,
    maxSettleMs: 60000,
    only: ['start', 'latency', 'memory'],
    server: 'launcher',
    jvmFlags: [],
    out: null,
    timeoutMs: 60000,
  };
  const numeric = { '--edits': 'edits', '--warmup': 'warmup', '--requests': 'requests', '--docs': 'docs',
    '--starts': 'starts', '--settle-ms': 'settleMs', '--max-settle-ms': 'maxSettleMs', '--timeout-ms': 'timeoutMs' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (numeric[arg]) {
      options[numeric[arg]] = Number(argv[++i]);
      if (!Number.isFinite(options[numeric[arg]])) usage(`${arg} needs a number`);
    } else if (arg === '--only') {
      options.only = argv[++i].split(',');
    } else if (arg === '--server') {
      options.server = argv[++i];
      if (!['launcher', 'jar'].includes(options.server)) usage('--server is launcher or jar');
    } else if (arg === '--jvm-flags') {
      options.jvmFlags = argv[++i].split(/\s+/).filter(Boolean);
    } else if (arg === '--out') {
      options.out = argv[++i];
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  return options;
}

function usage(message) {
  const text = fs.readFileSync(__filename, 'utf8').split('\n').slice(5, 9).map((l) => l.replace(/^\/\/ ?/, '')).join('\n');
  if (message) {
    console.error(`bench: ${message}`);
  }
  console.error(`usage:\n${text}`);
  process.exit(message ? 2 : 0);
}

let jvmFlags = [];

/**
 * The server command for a mode: the launcher (its tuned flags and AppCDS archive) or the bare jar
 * (JVM defaults, plus any --jvm-flags, which is how flag sets are compared).
 */
function serverCommand(mode) {
  if (mode === 'launcher') {
    return { label: '`./agentmd lsp`', command: LAUNCHER, args: ['lsp', '--stdio'] };
  }
  const label = jvmFlags.length ? `\`java ${jvmFlags.join(' ')} -jar agentmd.jar lsp\`` : '`java -jar agentmd.jar lsp`';
  return { label, command: JAVA, args: [...jvmFlags, '-jar', JAR, 'lsp', '--stdio'] };
}

// ---------------------------------------------------------------------------------------------
// Statistics and /proc

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  // Nearest rank: the smallest value with at least p % of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
  };
}

const ms = (ns) => Number(ns) / 1e6;

/** Fields of /proc/<pid>/status in KiB (VmRSS, RssAnon, RssFile, ...). */
function procStatus(pid) {
  const fields = {};
  for (const line of fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const m = /^(\w+):\s+(\d+) kB$/.exec(line);
    if (m) fields[m[1]] = Number(m[2]);
  }
  return fields;
}

/**
 * CPU time (user + system, all threads) the process has used so far, in ms. Time spent before an
 * exec (the launcher's bash) is included: exec keeps the process's counters.
 */
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime), counted from the state field (3).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

const CLOCK_TICKS = Number(cp.spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** The java process serving the connection: the spawned pid itself once the launcher has exec'd. */
function javaPid(pid) {
  const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  if (comm === 'java') return pid;
  // The launcher has not exec'd (an older launcher): look for its java child.
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const child of children) {
      const found = javaPid(Number(child));
      if (found) return found;
    }
  }
  return null;
}

/**
 * Polls VmRSS every 100 ms until it has stayed within 1 MiB for `settleMs` (and, with `below`,
 * has dropped under that many KiB: memory being returned is waited for, not slept on), or until
 * `maxSettleMs` have passed; returns the last reading (KiB) and how long it took.
 */
async function settledRss(pid, { settleMs, maxSettleMs }, below = Infinity) {
  const started = Date.now();
  const window = [];
  for (;;) {
    const status = procStatus(pid);
    const now = Date.now();
    window.push({ at: now, rss: status.VmRSS, status });
    while (window.length && window[0].at < now - settleMs) window.shift();
    const span = now - window[0].at;
    const values = window.map((w) => w.rss);
    const stable = span >= settleMs - 150 && Math.max(...values) - Math.min(...values) <= 1024 && status.VmRSS < below;
    if (stable || now - started >= maxSettleMs) {
      return { rssKiB: status.VmRSS, status, waitedMs: now - started, stable };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `jcmd <pid> GC.heap_info`, or null when jcmd is missing; used only after the RSS readings. */
function heapInfo(pid) {
  const jcmd = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'jcmd') : 'jcmd';
  const result = cp.spawnSync(jcmd, [String(pid), 'GC.heap_info'], { encoding: 'utf8', timeout: 20000 });
  if (result.status !== 0) return null;
  return result.stdout.split('\n').filter((l) => /total|used|committed|Metaspace|class space|region size/i.test(l))
    .map((l) => l.trim()).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The client

class Server {
  constructor({ command, args }, { timeoutMs }) {
    this.timeoutMs = timeoutMs;
    this.stderr = '';
    this.listeners = new Set();
    this.spawnedAt = process.hrtime.bigint();
    this.child = cp.spawn(command, args, { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk) => {
      this.stderr += chunk;
      if (this.stderr.length > 1e6) this.stderr = this.stderr.slice(-5e5);
    });
    this.connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(this.child.stdout),
      new rpc.StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification(proto.PublishDiagnosticsNotification.type, (params) => {
      for (const listener of this.listeners) listener(params);
    });
    this.connection.onRequest(() => null);
    this.connection.listen();
  }

  timeout(promise, what) {
    let timer;
    return Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr.slice(-4000)}`)), this.timeoutMs);
      }),
      this.exited.then(({ code }) => { throw new Error(`server exited (${code}) waiting for ${what}:\n${this.stderr.slice(-4000)}`); }),
    ]).finally(() => clearTimeout(timer));
  }

  /** Resolves with the first publishDiagnostics that satisfies `predicate`, registered before `send` runs. */
  diagnostics(predicate, what, send = () => {}) {
    let listener;
    const found = new Promise((resolve) => {
      listener = (params) => {
        if (predicate(params)) resolve(params);
      };
      this.listeners.add(listener);
    });
    send();
    return this.timeout(found, what).finally(() => this.listeners.delete(listener));
  }

  async initialize() {
    const result = await this.timeout(this.connection.sendRequest(proto.InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    }), 'initialize');
    this.initializedAt = process.hrtime.bigint();
    await this.connection.sendNotification(proto.InitializedNotification.type, {});
    return result;
  }

  request(type, params) {
    return this.timeout(this.connection.sendRequest(type, params), type.method);
  }

  notify(type, params) {
    return this.connection.sendNotification(type, params);
  }

  pid() {
    return javaPid(this.child.pid);
  }

  async stop() {
    try {
      await this.timeout(this.connection.sendRequest(proto.ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(proto.ExitNotification.type);
      const status = await this.timeout(this.exited, 'exit');
      if (status.code !== 0) throw new Error(`server exited with ${status.code}`);
    } finally {
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
      this.connection.dispose();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

/** The project folder the documents' URIs point into (made in main, removed at the end). */
let PROJECT = null;
const agentUri = (name) => pathToFileURL(path.join(PROJECT, '.claude', 'agents', name)).href;

const seedText = fs.readFileSync(SEED, 'utf8');
const LOAD_AT_START = os.loadavg();

/** The seed with its body repeated until the file is at least 100 KiB (102,400 bytes). */
function bigText() {
  const fence = seedText.indexOf('\n---\n', 4) + 5;
  const head = seedText.slice(0, fence);
  const body = seedText.slice(fence);
  let text = head;
  for (let part = 1; Buffer.byteLength(text) < 102400; part++) {
    text += `\n# Part ${part}\n\n${body}`;
  }
  return text;
}

/** A distinct agent: its own name and description, the seed's body. */
function distinctText(i) {
  const name = `agent-${String(i).padStart(4, '0')}`;
  return seedText
    .replace(/^name: .*$/m, `name: ${name}`)
    .replace(/^description: Use this agent/m, `description: Agent ${i}. Use this agent`);
}

/** Where a keystroke goes: right after `description: Use this` on the description line. */
function typingPosition(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('description: '));
  return { line, character: 'description: Use this'.length };
}

// ---------------------------------------------------------------------------------------------
// Phases

/** didChange → publishDiagnostics of that version, typing and deleting one character alternately. */
async function keystrokes(server, name, text, { edits, warmup }) {
  const uri = agentUri(name);
  let version = 1;
  await server.diagnostics((p) => p.uri === uri && p.version === 1, `diagnostics for ${name} v1`,
    () => server.notify(proto.DidOpenTextDocumentNotification.type,
      { textDocument: { uri, languageId: 'markdown', version, text } }));
  const at = typingPosition(text);
  const samples = [];
  let diagnosticsCount = 0;
  for (let i = 0; i < warmup + edits; i++) {
    version++;
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    const expected = version;
    const started = process.hrtime.bigint();
    const params = await server.diagnostics((p) => p.uri === uri && p.version === expected, `diagnostics for ${name} v${expected}`,
      () => server.notify(proto.DidChangeTextDocumentNotification.type,
        { textDocument: { uri, version: expected }, contentChanges: [change] }));
    const elapsed = ms(process.hrtime.bigint() - started);
    if (i >= warmup) {
      samples.push(elapsed);
      diagnosticsCount = params.diagnostics.length;
    }
  }
  await server.notify(proto.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  return { bytes: Buffer.byteLength(text), diagnosticsCount, ...summarize(samples) };
}

/** Round trips of a request on the open seed, after `warmup` untimed ones. */
async function requests(server, what, make, { requests: count, warmup }) {
  const samples = [];
  let last;
  for (let i = 0; i < warmup + count; i++) {
    const { type, params } = make(i);
    const started = process.hrtime.bigint();
    last = await server.request(type, params);
    const elapsed = ms(process.hrtime.bigint() - started);
    if (i >= warmup) samples.push(elapsed);
  }
  return { what, last, ...summarize(samples) };
}

async function latencyPhase(options) {
  const server = new Server(serverCommand(options.server), options);
  try {
    await server.initialize();
    const seed = await keystrokes(server, 'staff-backend-dev.md', seedText, options);
    const big = await keystrokes(server, 'big-agent.md', bigText(), options);

    // Completion after `model: ` and hover on `model`, on the open seed.
    const uri = agentUri('staff-backend-dev.md');
    await server.diagnostics((p) => p.uri === uri && p.version === 1, 'seed diagnostics',
      () => server.notify(proto.DidOpenTextDocumentNotification.type,
        { textDocument: { uri, languageId: 'markdown', version: 1, text: seedText } }));
    const modelLine = seedText.split('\n').findIndex((l) => l.startsWith('model: '));
    const completion = await requests(server, 'completion after `model: `', () => ({
      type: proto.CompletionRequest.type,
      params: { textDocument: { uri }, position: { line: modelLine, character: 'model: '.length } },
    }), options);
    const labels = (completion.last.items || completion.last).map((i) => i.label);
    if (!labels.includes('sonnet')) throw new Error(`completion did not offer sonnet: ${labels}`);
    const hover = await requests(server, 'hover on `model`', () => ({
      type: proto.HoverRequest.type,
      params: { textDocument: { uri }, position: { line: modelLine, character: 2 } },
    }), options);
    if (!/inherit/.test(hover.last.contents.value)) throw new Error('hover on model lacks `inherit`');
    const rss = procStatus(server.pid()).VmRSS;
    await server.stop();
    return { seed, big, completion, hover, rssKiB: rss };
  } catch (e) {
    server.child.kill('SIGKILL');
    throw e;
  }
}

/** Spawn → initialize result, `starts` times (after one untimed start that may build or train). */
async function startPhase(options) {
  const results = {};
  for (const mode of ['launcher', 'jar']) {
    const samples = [];
    const cpu = [];
    for (let i = 0; i <= options.starts; i++) {
      const server = new Server(serverCommand(mode), options);
      try {
        await server.initialize();
        if (i > 0) {
          samples.push(ms(server.initializedAt - server.spawnedAt));
          cpu.push(cpuMs(server.pid()));
        }
        await server.stop();
      } catch (e) {
        server.child.kill('SIGKILL');
        throw e;
      }
    }
    results[mode] = summarize(samples);
    results[mode].samples = samples;
    results[mode].cpu = summarize(cpu);
  }
  return results;
}

/** RSS idle after initialize, with `docs` distinct agents open, and after closing them all. */
async function memoryPhase(options) {
  const server = new Server(serverCommand(options.server), options);
  try {
    await server.initialize();
    const pid = server.pid();
    const idle = await settledRss(pid, options);
    const uris = [];
    for (let i = 0; i < options.docs; i++) uris.push(agentUri(`agent-${String(i).padStart(4, '0')}.md`));
    const pending = new Set(uris);
    await server.diagnostics((p) => p.version === 1 && pending.delete(p.uri) && pending.size === 0,
      `diagnostics for all ${options.docs} documents`, () => {
        uris.forEach((uri, i) => server.notify(proto.DidOpenTextDocumentNotification.type,
          { textDocument: { uri, languageId: 'markdown', version: 1, text: distinctText(i) } }));
      });
    const opened = await settledRss(pid, options);
    const cleared = new Set(uris);
    await server.diagnostics((p) => p.diagnostics.length === 0 && cleared.delete(p.uri) && cleared.size === 0,
      'the cleared diagnostics of every closed document', () => {
        for (const uri of uris) server.notify(proto.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      });
    const closedNow = procStatus(pid).VmRSS;
    const closed = await settledRss(pid, options, opened.rssKiB - 1024);
    const heap = heapInfo(pid);
    await server.stop();
    return { idle, opened, closedNow, closed, heap, textKiB: uris.reduce((s, _, i) => s + Buffer.byteLength(distinctText(i)), 0) / 1024 };
  } catch (e) {
    server.child.kill('SIGKILL');
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const f1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const f2 = (v) => (Number.isFinite(v) ? v.toFixed(2) : '–');
const mib = (kib) => (kib / 1024).toFixed(1);
const verdict = (ok) => (ok ? 'met' : '**missed**');

function flagsOf(options) {
  if (options.server !== 'launcher') return jvmFlags.length ? jvmFlags.join(' ') : 'none (JVM defaults)';
  const script = fs.readFileSync(LAUNCHER, 'utf8');
  const m = /^lsp_flags=\(([^)]*)\)/m.exec(script);
  return m ? m[1].replace(/\s+/g, ' ').trim() : '(see ./agentmd)';
}

function report(options, results) {
  const lines = [];
  const when = new Date().toISOString();
  const cpu = os.cpus();
  lines.push(`# agentmd lsp benchmark, ${when}`);
  lines.push('');
  const load = (l) => l.map((v) => v.toFixed(2)).join(' ');
  lines.push(`Machine: ${cpu.length} × ${cpu[0] && cpu[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${load(LOAD_AT_START)} at the start, ${load(os.loadavg())} at the end. `
    + `Java: ${cp.spawnSync(JAVA, ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0]}. Node ${process.version}.`);
  lines.push('');
  lines.push(`Server: ${serverCommand(options.server).label}; lsp JVM flags: \`${flagsOf(options)}\`.`);
  lines.push(`Command: \`node bench/lsp/bench.js ${process.argv.slice(2).join(' ')}\`.`);
  lines.push('');
  lines.push('| measure | p50 | p99 | max | target | |');
  lines.push('|---|---:|---:|---:|---|---|');
  if (results.latency) {
    const { seed, big, completion, hover } = results.latency;
    lines.push(`| keystroke → diagnostics, seed (${(seed.bytes / 1024).toFixed(1)} KiB, ${seed.n} edits after ${options.warmup} warm-up) | ${f2(seed.p50)} ms | ${f2(seed.p99)} ms | ${f1(seed.max)} ms | p50 ≤ 5, p99 ≤ 20 | ${verdict(seed.p50 <= 5 && seed.p99 <= 20)} |`);
    lines.push(`| keystroke → diagnostics, 100 KiB agent (${(big.bytes / 1024).toFixed(1)} KiB, ${big.n} edits) | ${f2(big.p50)} ms | ${f2(big.p99)} ms | ${f1(big.max)} ms | p50 ≤ 5, p99 ≤ 20 | ${verdict(big.p50 <= 5 && big.p99 <= 20)} |`);
    lines.push(`| completion after \`model: \` (${completion.n} requests) | ${f2(completion.p50)} ms | ${f2(completion.p99)} ms | ${f1(completion.max)} ms | p99 ≤ 5 | ${verdict(completion.p99 <= 5)} |`);
    lines.push(`| hover on \`model\` (${hover.n} requests) | ${f2(hover.p50)} ms | ${f2(hover.p99)} ms | ${f1(hover.max)} ms | p99 ≤ 5 | ${verdict(hover.p99 <= 5)} |`);
  }
  if (results.start) {
    for (const [mode, s] of Object.entries(results.start)) {
      lines.push(`| cold start → \`initialize\` result, ${serverCommand(mode).label} (median of ${s.n}; CPU used by then: ${f1(s.cpu.p50)} ms) | ${f1(s.p50)} ms | – | ${f1(s.max)} ms | ≤ 250 | ${verdict(s.p50 <= 250)} |`);
    }
  }
  if (results.memory) {
    const m = results.memory;
    lines.push(`| RSS idle after \`initialize\` | ${mib(m.idle.rssKiB)} MiB | | | | |`);
    lines.push(`| RSS with ${options.docs} documents open (${(m.textKiB / 1024).toFixed(1)} MiB of text) | ${mib(m.opened.rssKiB)} MiB | | | ≤ 160 MiB | ${verdict(m.opened.rssKiB <= 160 * 1024)} |`);
    lines.push(`| RSS after closing them (right away → settled after ${(m.closed.waitedMs / 1000).toFixed(1)} s) | ${mib(m.closedNow)} → ${mib(m.closed.rssKiB)} MiB | | | returned | ${verdict(m.closed.rssKiB < m.opened.rssKiB - 1024)} |`);
  }
  lines.push('');
  if (results.memory) {
    const m = results.memory;
    const part = (s) => `RssAnon ${mib(s.RssAnon)}, RssFile ${mib(s.RssFile)}, RssShmem ${mib(s.RssShmem || 0)} MiB`;
    lines.push(`RSS split: idle ${part(m.idle.status)}; open ${part(m.opened.status)}; closed ${part(m.closed.status)}. `
      + `Settled readings: ${m.idle.stable ? '' : 'idle not stable; '}${m.opened.stable ? '' : 'open not stable; '}${m.closed.stable ? 'stable' : 'closed not stable within the limit'}.`);
    if (m.heap) {
      lines.push('');
      lines.push('Heap after closing (`jcmd GC.heap_info`):');
      lines.push('');
      lines.push('```');
      lines.push(m.heap);
      lines.push('```');
    }
  }
  if (results.start) {
    lines.push('');
    for (const [mode, s] of Object.entries(results.start)) {
      lines.push(`Start samples, ${serverCommand(mode).label}: ${s.samples.map((v) => v.toFixed(0)).join(', ')} ms.`);
    }
  }
  if (results.latency) {
    const { seed, big, completion, hover } = results.latency;
    lines.push('');
    lines.push(`Means: seed ${f2(seed.mean)} ms, 100 KiB ${f2(big.mean)} ms, completion ${f2(completion.mean)} ms, hover ${f2(hover.mean)} ms; p90: ${f2(seed.p90)}, ${f2(big.p90)}, ${f2(completion.p90)}, ${f2(hover.p90)} ms. `
      + `Diagnostics per publish: seed ${seed.diagnosticsCount}, 100 KiB ${big.diagnosticsCount}. RSS at the end of the latency run: ${mib(results.latency.rssKiB)} MiB.`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  jvmFlags = options.jvmFlags;
  if (!fs.existsSync(JAR)) {
    console.error(`bench: ${JAR} is missing; build it first (./mvnw -q -B -ntp install -Dmaven.test.skip=true)`);
    process.exit(2);
  }
  PROJECT = fs.mkdtempSync(path.join(os.tmpdir(), 'agentmd-lsp-bench-'));
  fs.mkdirSync(path.join(PROJECT, '.claude', 'agents'), { recursive: true });
  const results = {};
  try {
    if (options.only.includes('start')) {
      console.error('bench: cold starts ...');
      results.start = await startPhase(options);
    }
    if (options.only.includes('latency')) {
      console.error('bench: keystrokes, completion, hover ...');
      results.latency = await latencyPhase(options);
    }
    if (options.only.includes('memory')) {
      console.error(`bench: ${options.docs} documents ...`);
      results.memory = await memoryPhase(options);
    }
  } finally {
    fs.rmSync(PROJECT, { recursive: true, force: true });
  }
  const text = report(options, results);
  process.stdout.write(text);
  const out = options.out || path.join(REPO, 'bench', 'results', `lsp-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  fs.writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify({ options, results }, null, 1));
  console.error(`bench: wrote ${out}`);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
