'use strict';
// A real LSP client for the tests: spawns the server, connects vscode-jsonrpc to its stdio, records
// every notification, and lets a test wait for one with a timeout (never a fixed sleep).

const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const proto = require('vscode-languageserver-protocol/node');

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const JAR = path.join(REPO, 'server', 'app', 'target', 'agentmd.jar');
const LAUNCHER = path.join(REPO, 'agentmd');
const SEED = path.join(REPO, 'examples', '.claude', 'agents', 'staff-backend-dev.md');

/** How long any single expected event may take (a cold JVM on a busy 2-core CI machine). */
const TIMEOUT_MS = Number(process.env.AGENTMD_E2E_TIMEOUT_MS || 30000);

/** Resolves with `promise`, or rejects after `ms` with a message naming what we waited for. */
function withTimeout(promise, what, ms = TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A project folder with `.claude/agents/`, removed by the returned cleanup. */
function tempProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agentmd-e2e-'));
  fs.mkdirSync(path.join(dir, '.claude', 'agents'), { recursive: true });
  return {
    dir,
    agentUri: (name) => pathToFileURL(path.join(dir, '.claude', 'agents', name)).href,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

class Client {
  /**
   * @param {string} command the program to run
   * @param {string[]} args its arguments
   * @param {{cwd?: string, env?: object}} options
   */
  constructor(command, args, options = {}) {
    this.stderr = '';
    this.notifications = [];
    this.waiters = [];
    this.rawStdout = [];
    this.child = cp.spawn(command, args, {
      cwd: options.cwd || REPO,
      env: options.env || process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk) => {
      this.stderr += chunk;
    });
    // Keep a copy of every stdout byte, to prove that nothing but framed JSON-RPC arrived.
    this.child.stdout.on('data', (chunk) => this.rawStdout.push(chunk));
    this.connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(this.child.stdout),
      new rpc.StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification((method, params) => this.record({ method, params }));
    // Server→client requests a test does not care about get an empty answer.
    this.connection.onRequest((method, params) => {
      this.record({ method, params, request: true });
      if (method === 'workspace/configuration') {
        return (params.items || []).map(() => null);
      }
      return null;
    });
    // A stray byte on stdout breaks the framing: fail the waits at once rather than time out.
    this.broken = new Promise((_, reject) => {
      this.connection.onError(([error]) => {
        this.protocolError = error;
        reject(new Error(`JSON-RPC stream from the server is broken: ${error && error.message}; stderr:\n${this.stderr.slice(-2000)}`));
      });
    });
    this.broken.catch(() => {});
    this.connection.listen();
  }

  record(message) {
    this.notifications.push(message);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(message)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  }

  /** The first notification (past or future) that satisfies `predicate`. */
  waitFor(predicate, what, { after = 0 } = {}) {
    const seen = this.notifications.slice(after).find(predicate);
    if (seen) {
      return Promise.resolve(seen);
    }
    const found = new Promise((resolve) => this.waiters.push({ predicate, resolve }));
    return withTimeout(Promise.race([found, this.broken, this.exited.then(({ code }) => {
      throw new Error(`server exited (code ${code}) while waiting for ${what}; stderr:\n${this.stderr}`);
    })]), what);
  }

  /** The `publishDiagnostics` for `uri` at `version` (the server publishes the version it analysed). */
  diagnosticsFor(uri, version) {
    return this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version,
      `publishDiagnostics for ${uri} version ${version}`,
    ).then((m) => m.params);
  }

  pushes() {
    return this.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics');
  }

  request(type, params, what = type.method, ms = TIMEOUT_MS) {
    const response = Promise.race([this.connection.sendRequest(type, params), this.broken]);
    return withTimeout(response, `the ${what} response`, ms).catch((error) => {
      error.message += `\nserver stderr (last 2,000 characters):\n${this.stderr.slice(-2000)}`;
      throw error;
    });
  }

  notify(type, params) {
    return this.connection.sendNotification(type, params);
  }

  /** `initialize` then `initialized`; `ms` bounds the wait for the answer. */
  initialize(capabilities = {}, { ms = TIMEOUT_MS, ...extra } = {}) {
    return this.request(proto.InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities,
      ...extra,
    }, 'initialize', ms).then(async (result) => {
      await this.notify(proto.InitializedNotification.type, {});
      return result;
    });
  }

  /** `shutdown` then `exit`; resolves with the process exit status. */
  async shutdown() {
    await this.request(proto.ShutdownRequest.type, null);
    await this.notify(proto.ExitNotification.type);
    const status = await withTimeout(this.exited, 'the server process to exit');
    this.connection.dispose();
    return status;
  }

  /** Ends the process whatever state it is in (for test teardown). */
  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
    }
    this.connection.dispose();
  }

  stdoutBytes() {
    return Buffer.concat(this.rawStdout);
  }
}

/** The java command line that runs the jar directly. */
function javaCommand() {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return { command: java, args: ['-jar', JAR, 'lsp', '--stdio'] };
}

/**
 * Checks that `bytes` is a sequence of LSP frames (`Content-Length` header, blank line, JSON body)
 * and nothing else; returns the parsed bodies.
 */
function parseFrames(bytes) {
  const bodies = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at, 'latin1');
    if (headerEnd < 0) {
      throw new Error(`stray bytes on stdout at ${at}: ${JSON.stringify(bytes.subarray(at, at + 80).toString())}`);
    }
    const header = bytes.subarray(at, headerEnd).toString('latin1');
    const length = /^Content-Length: (\d+)$/im.exec(header);
    if (!length || !/^(?:(?:Content-Length|Content-Type): [^\r\n]+(?:\r\n|$))+$/i.test(header)) {
      throw new Error(`not an LSP header on stdout at ${at}: ${JSON.stringify(header.slice(0, 80))}`);
    }
    const start = headerEnd + 4;
    const end = start + Number(length[1]);
    if (end > bytes.length) {
      throw new Error(`truncated frame on stdout at ${at}`);
    }
    bodies.push(JSON.parse(bytes.subarray(start, end).toString('utf8')));
    at = end;
  }
  return bodies;
}

/** Applies LSP text edits (UTF-16 positions) to `text`, as an editor would. */
function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') lineStarts.push(i + 1);
  }
  const offset = ({ line, character }) => lineStarts[line] + character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

module.exports = {
  Client,
  JAR,
  LAUNCHER,
  REPO,
  SEED,
  TIMEOUT_MS,
  applyEdits,
  javaCommand,
  parseFrames,
  proto,
  tempProject,
  withTimeout,
};
