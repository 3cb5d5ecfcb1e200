'use strict';
// The editor session from issue #4's "Proof": the built jar, run as its own process and driven over
// stdio by vscode-jsonrpc. Open the seed agent with a typo, get diagnostics, apply the quick fix,
// complete after `model: `, hover `model`, then shutdown and exit.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { Client, SEED, applyEdits, javaCommand, proto, tempProject, withTimeout } = require('./lib/client');

const seed = fs.readFileSync(SEED, 'utf8');
assert.match(seed, /^model: sonnet$/m, 'the seed agent sets `model: sonnet`');
const typo = seed.replace(/^model: sonnet$/m, 'modle: sonnet');

/** The 0-based line whose text starts with `prefix`. */
function lineOf(text, prefix) {
  const line = text.split('\n').findIndex((l) => l.startsWith(prefix));
  assert.notEqual(line, -1, `a line starting with ${JSON.stringify(prefix)}`);
  return line;
}

const byCode = (diagnostics, code) => diagnostics.filter((d) => d.code === code);

test('an editor session over stdio: diagnostics, quick fix, completion, hover, shutdown', async (t) => {
  const project = tempProject();
  const { command, args } = javaCommand();
  const client = new Client(command, args, { cwd: project.dir });
  t.after(() => {
    client.kill();
    project.cleanup();
  });

  const init = await client.initialize({
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true },
      completion: { completionItem: { snippetSupport: false } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    },
  });
  assert.equal(init.serverInfo.name, 'agentmd');
  assert.equal(init.capabilities.positionEncoding, 'utf-16', 'UTF-16 when the client states no preference');
  assert.equal(init.capabilities.textDocumentSync.change, proto.TextDocumentSyncKind.Incremental);
  assert.ok(init.capabilities.completionProvider, 'completion is advertised');
  assert.equal(init.capabilities.hoverProvider, true);
  assert.ok(init.capabilities.codeActionProvider, 'code actions are advertised');
  assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client that cannot pull');

  const uri = project.agentUri('staff-backend-dev.md');
  await client.notify(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text: typo },
  });

  // 1. Diagnostics for version 1, at exact ranges.
  const first = await client.diagnosticsFor(uri, 1);
  const modleLine = lineOf(typo, 'modle: ');
  const [unknownKey, ...moreUnknown] = byCode(first.diagnostics, 'schema/unknown-key');
  assert.ok(unknownKey, `schema/unknown-key among ${JSON.stringify(first.diagnostics.map((d) => d.code))}`);
  assert.deepEqual(moreUnknown, []);
  assert.deepEqual(unknownKey.range, {
    start: { line: modleLine, character: 0 },
    end: { line: modleLine, character: 'modle'.length },
  });
  assert.equal(unknownKey.source, 'agentmd');
  assert.equal(unknownKey.severity, proto.DiagnosticSeverity.Warning);
  assert.match(unknownKey.message, /`modle`.*`model`/);

  const descriptionLine = lineOf(typo, 'description: ');
  const strict = byCode(first.diagnostics, 'yaml/strict-incompatible');
  assert.equal(strict.length, 1, 'one yaml/strict-incompatible finding');
  assert.deepEqual(strict[0].range, {
    start: { line: descriptionLine, character: 'description: '.length },
    end: { line: descriptionLine, character: typo.split('\n')[descriptionLine].length },
  }, 'the whole unquoted description value');

  // 2. The quick fix for the typo, applied as an editor would, then sent back as an incremental change.
  const actions = await client.request(proto.CodeActionRequest.type, {
    textDocument: { uri },
    range: unknownKey.range,
    context: { diagnostics: [unknownKey], only: ['quickfix'], triggerKind: 1 },
  });
  const rename = actions.find((a) => a.kind === 'quickfix' && /`model`/.test(a.title));
  assert.ok(rename, `a quick fix renaming to model among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(rename.edit, 'the quick fix carries its WorkspaceEdit');
  const edits = rename.edit.changes
    ? rename.edit.changes[uri]
    : rename.edit.documentChanges.find((c) => c.textDocument && c.textDocument.uri === uri).edits;
  assert.ok(edits && edits.length > 0, `text edits for ${uri} in ${JSON.stringify(rename.edit)}`);
  const fixed = applyEdits(typo, edits);
  assert.equal(fixed.split('\n')[modleLine], 'model: sonnet');
  assert.equal(fixed, seed, 'the fix changes nothing but the key');

  await client.notify(proto.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [...edits]
      .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
      .map((e) => ({ range: e.range, text: e.newText })),
  });
  const second = await client.diagnosticsFor(uri, 2);
  assert.deepEqual(byCode(second.diagnostics, 'schema/unknown-key'), [], 'the fix clears the typo');
  assert.equal(byCode(second.diagnostics, 'yaml/strict-incompatible').length, 1, 'other findings stay');

  // 3. Delete the value, complete after `model: ` and take `sonnet`.
  const modelLine = modleLine;
  const valueStart = 'model: '.length;
  await client.notify(proto.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 3 },
    contentChanges: [{
      range: { start: { line: modelLine, character: valueStart }, end: { line: modelLine, character: valueStart + 'sonnet'.length } },
      text: '',
    }],
  });
  const completion = await client.request(proto.CompletionRequest.type, {
    textDocument: { uri },
    position: { line: modelLine, character: valueStart },
    context: { triggerKind: proto.CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' },
  });
  const items = Array.isArray(completion) ? completion : completion.items;
  const sonnet = items.find((i) => i.label === 'sonnet');
  assert.ok(sonnet, `sonnet among ${JSON.stringify(items.map((i) => i.label))}`);
  assert.ok(items.some((i) => i.label === 'inherit'), 'inherit is offered too');
  const insert = sonnet.textEdit || {
    range: { start: { line: modelLine, character: valueStart }, end: { line: modelLine, character: valueStart } },
    newText: sonnet.insertText || sonnet.label,
  };
  assert.deepEqual(insert.range.start, { line: modelLine, character: valueStart });
  await client.notify(proto.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 4 },
    contentChanges: [{ range: insert.range, text: insert.newText }],
  });
  const fourth = await client.diagnosticsFor(uri, 4);
  assert.deepEqual(
    fourth.diagnostics.map((d) => d.code).sort(),
    second.diagnostics.map((d) => d.code).sort(),
    'after completing `sonnet` the text is the fixed seed again',
  );

  // 4. Hover on the key `model`.
  const hover = await client.request(proto.HoverRequest.type, {
    textDocument: { uri },
    position: { line: modelLine, character: 2 },
  });
  assert.ok(hover, 'a hover for `model`');
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /inherit/);
  assert.deepEqual(hover.range, {
    start: { line: modelLine, character: 0 },
    end: { line: modelLine, character: 'model'.length },
  });

  // 5. Closing clears the document's diagnostics.
  const before = client.notifications.length;
  await client.notify(proto.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  const cleared = await client.waitFor(
    (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length === 0,
    'the empty publishDiagnostics on close',
    { after: before },
  );
  assert.deepEqual(cleared.params.diagnostics, []);

  // 6. shutdown, exit: the process ends with 0.
  const status = await client.shutdown();
  assert.deepEqual(status, { code: 0, signal: null }, `exit status; stderr:\n${client.stderr}`);
  assert.equal(client.protocolError, undefined);
});

test('exit without shutdown ends the process with code 1', async (t) => {
  const { command, args } = javaCommand();
  const client = new Client(command, args);
  t.after(() => client.kill());
  await client.initialize({});
  await client.notify(proto.ExitNotification.type);
  const status = await withTimeout(client.exited, 'the server process to exit');
  assert.deepEqual(status, { code: 1, signal: null });
});

test('closing stdin (the editor went away) ends the process', async (t) => {
  const { command, args } = javaCommand();
  const client = new Client(command, args);
  t.after(() => client.kill());
  await client.initialize({});
  client.child.stdin.end();
  const status = await withTimeout(client.exited, 'the server process to exit');
  assert.equal(status.signal, null);
  assert.equal(status.code, 1, 'no shutdown was requested');
});
