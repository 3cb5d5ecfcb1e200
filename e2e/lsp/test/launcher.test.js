'use strict';
// The launcher path: `./agentmd lsp` (the language server's JVM flags, its class-data sharing
// archive) must speak clean JSON-RPC on stdout. Whatever the launcher does first (build the jar,
// train the archive by playing a scripted LSP session to a server of its own) must not reach the
// client: its output goes to stderr or nowhere.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Client, LAUNCHER, REPO, SEED, parseFrames, proto, tempProject, withTimeout } = require('./lib/client');

const ARCHIVE = path.join(REPO, 'server', 'app', 'target', 'agentmd-lsp.jsa');
const typo = fs.readFileSync(SEED, 'utf8').replace(/^model: sonnet$/m, 'modle: sonnet');
// The launcher may build the jar first, or train its archive: allow for that once.
const FIRST_START_MS = 300000;

/** A short editor session through the launcher; returns every message the client received. */
async function session(t, env = process.env) {
  const project = tempProject();
  // Through the script itself, as an editor configured with `agentmd lsp --stdio` starts it.
  const client = new Client(LAUNCHER, ['lsp', '--stdio'], { cwd: project.dir, env });
  t.after(() => {
    client.kill();
    project.cleanup();
  });
  const ended = new Promise((resolve) => client.child.stdout.on('end', resolve));
  const init = await client.initialize({}, { ms: FIRST_START_MS });
  assert.equal(init.serverInfo.name, 'agentmd');

  const uri = project.agentUri('staff-backend-dev.md');
  await client.notify(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text: typo },
  });
  const { diagnostics } = await client.diagnosticsFor(uri, 1);
  assert.ok(diagnostics.some((d) => d.code === 'schema/unknown-key'));
  const line = typo.split('\n').findIndex((l) => l.startsWith('modle:'));
  const hover = await client.request(proto.HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } });
  assert.match(hover.contents.value, /description/);
  const completion = await client.request(proto.CompletionRequest.type, {
    textDocument: { uri },
    position: { line, character: 'modle: '.length },
  });
  assert.ok(Array.isArray(completion.items));

  const status = await client.shutdown();
  assert.deepEqual(status, { code: 0, signal: null }, `exit status; stderr:\n${client.stderr}`);
  await withTimeout(ended, 'the end of the launcher output');

  // Every stdout byte belongs to a Content-Length frame holding one JSON-RPC message of this
  // session: each response answers a request of ours once, and nothing mentions the documents of
  // the launcher's training session.
  const messages = parseFrames(client.stdoutBytes());
  const ids = messages.filter((m) => !('method' in m)).map((m) => m.id);
  assert.deepEqual(ids, [...new Set(ids)], 'no response id twice');
  assert.equal(ids.length, 4, `responses to initialize, hover, completion and shutdown: ${JSON.stringify(ids)}`);
  for (const message of messages) {
    assert.equal(message.jsonrpc, '2.0');
    assert.doesNotMatch(JSON.stringify(message), /agentmd-training/, 'a message of the training session leaked');
  }
  const pushed = messages.filter((m) => m.method === 'textDocument/publishDiagnostics');
  assert.deepEqual([...new Set(pushed.map((m) => m.params.uri))], [uri]);
  return client;
}

test('./agentmd lsp trains its archive on first use without a byte on stdout', async (t) => {
  for (const file of [ARCHIVE, `${ARCHIVE}.java`]) fs.rmSync(file, { force: true });
  await session(t);
  assert.ok(fs.existsSync(ARCHIVE), `the launcher trained ${ARCHIVE}`);
});

test('./agentmd lsp with its trained archive', async (t) => {
  assert.ok(fs.existsSync(ARCHIVE), 'the archive from the previous test is there');
  const JAR = path.join(REPO, 'server', 'app', 'target', 'agentmd.jar');
  const before = { archive: fs.statSync(ARCHIVE).mtimeMs, jar: fs.statSync(JAR).mtimeMs };
  await session(t);
  if (fs.statSync(JAR).mtimeMs === before.jar) {
    assert.equal(fs.statSync(ARCHIVE).mtimeMs, before.archive, 'a fresh archive is reused, not retrained');
  }
});

test('./agentmd lsp with AGENTMD_CDS=0 (no archive)', async (t) => {
  await session(t, { ...process.env, AGENTMD_CDS: '0' });
});
