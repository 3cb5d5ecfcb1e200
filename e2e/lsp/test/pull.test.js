'use strict';
// A client that pulls diagnostics (`textDocument/diagnostic`) gets them on request and never pushed.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { Client, SEED, javaCommand, proto, tempProject, withTimeout } = require('./lib/client');

const typo = fs.readFileSync(SEED, 'utf8').replace(/^model: sonnet$/m, 'modle: sonnet');

test('a pull-diagnostics client gets reports on request and no publishDiagnostics', async (t) => {
  const project = tempProject();
  const { command, args } = javaCommand();
  const client = new Client(command, args);
  t.after(() => {
    client.kill();
    project.cleanup();
  });
  const init = await client.initialize({
    textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  });
  assert.ok(init.capabilities.diagnosticProvider, 'the server offers pull diagnostics');
  assert.equal(init.capabilities.diagnosticProvider.interFileDependencies, false);

  const uri = project.agentUri('staff-backend-dev.md');
  await client.notify(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text: typo },
  });
  const report = await client.request(proto.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  const codes = report.items.map((d) => d.code);
  assert.ok(codes.includes('schema/unknown-key'), `schema/unknown-key in ${codes}`);
  assert.ok(codes.includes('yaml/strict-incompatible'), `yaml/strict-incompatible in ${codes}`);

  // Fix the typo; the next pull sees the new text.
  const line = typo.split('\n').findIndex((l) => l.startsWith('modle:'));
  await client.notify(proto.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 5 } }, text: 'model' }],
  });
  const after = await client.request(proto.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.deepEqual(after.items.filter((d) => d.code === 'schema/unknown-key'), []);

  await client.notify(proto.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  // Read the server's output to its end: a push, had there been one, came before it.
  const ended = new Promise((resolve) => client.child.stdout.on('end', resolve));
  const status = await client.shutdown();
  assert.equal(status.code, 0);
  await withTimeout(ended, 'the end of the server output');
  assert.deepEqual(client.pushes(), [], 'no publishDiagnostics for a pulling client');
});

test('the same session with a push client does get publishDiagnostics (the control)', async (t) => {
  const project = tempProject();
  const { command, args } = javaCommand();
  const client = new Client(command, args);
  t.after(() => {
    client.kill();
    project.cleanup();
  });
  const init = await client.initialize({});
  assert.equal(init.capabilities.diagnosticProvider, undefined);
  const uri = project.agentUri('staff-backend-dev.md');
  await client.notify(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text: typo },
  });
  const pushed = await client.diagnosticsFor(uri, 1);
  assert.ok(pushed.diagnostics.some((d) => d.code === 'schema/unknown-key'));
  assert.equal((await client.shutdown()).code, 0);
});
