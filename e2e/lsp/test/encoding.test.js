'use strict';
// Position encodings negotiated in `initialize`: a client that prefers UTF-8 gets byte columns.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Client, javaCommand, proto, tempProject } = require('./lib/client');

// `Bassh` stands after an emoji (4 bytes in UTF-8, 2 UTF-16 code units, 1 code point) and `é`
// (2 bytes, 1 unit), so every encoding gives it a different column.
const text = [
  '---',
  'name: rocket-launcher',
  'description: Launches rockets. Use when a deploy needs a countdown.',
  'tools: [Read, "🚀é", Bassh]',
  'model: sonnet',
  '---',
  'You launch rockets.',
  '',
].join('\n');
const toolsLine = 3;
const line = text.split('\n')[toolsLine];

/** The column of `needle` in the tools line, counted in `encoding`. */
function column(needle, encoding) {
  const before = line.slice(0, line.indexOf(needle));
  switch (encoding) {
    case 'utf-8': return Buffer.byteLength(before, 'utf8');
    case 'utf-16': return before.length;
    case 'utf-32': return [...before].length;
    default: throw new Error(encoding);
  }
}

async function unknownToolRanges(t, positionEncodings, more = async () => {}) {
  const project = tempProject();
  const { command, args } = javaCommand();
  const client = new Client(command, args);
  t.after(() => {
    client.kill();
    project.cleanup();
  });
  const init = await client.initialize(positionEncodings ? { general: { positionEncodings } } : {});
  const uri = project.agentUri('rocket-launcher.md');
  await client.notify(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  const { diagnostics } = await client.diagnosticsFor(uri, 1);
  const unknown = diagnostics.filter((d) => d.code === 'tools/unknown');
  assert.equal(unknown.length, 2, `two unknown tools in ${JSON.stringify(diagnostics)}`);
  await more(client, uri);
  const status = await client.shutdown();
  assert.equal(status.code, 0);
  return { encoding: init.capabilities.positionEncoding, ranges: unknown.map((d) => d.range) };
}

function expected(encoding) {
  const range = (needle) => ({
    start: { line: toolsLine, character: column(needle, encoding) },
    end: { line: toolsLine, character: column(needle, encoding) + {
      'utf-8': Buffer.byteLength(needle, 'utf8'),
      'utf-16': needle.length,
      'utf-32': [...needle].length,
    }[encoding] },
  });
  return [range('🚀é'), range('Bassh')];
}

test('a client preferring UTF-8 gets positionEncoding utf-8 and byte columns after an emoji', async (t) => {
  const { encoding, ranges } = await unknownToolRanges(t, ['utf-8']);
  assert.equal(encoding, 'utf-8');
  assert.deepEqual(ranges, expected('utf-8'));
  // Spelled out, so the helper cannot hide a mistake: `tools: [Read, "` is 15 bytes, 🚀 4, é 2.
  assert.deepEqual(ranges[1], { start: { line: 3, character: 24 }, end: { line: 3, character: 29 } });
});

test('a UTF-8 client edits in byte columns too', async (t) => {
  await unknownToolRanges(t, ['utf-8'], async (client, uri) => {
    // Delete the second `s` of `Bassh` (bytes 27..28 of the line): the tool becomes `Bash`.
    await client.notify(proto.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 27 }, end: { line: 3, character: 28 } }, text: '' }],
    });
    const { diagnostics } = await client.diagnosticsFor(uri, 2);
    const unknown = diagnostics.filter((d) => d.code === 'tools/unknown');
    assert.deepEqual(unknown.map((d) => d.range), [expected('utf-8')[0]], 'only the emoji tool is left');
    const hover = await client.request(proto.HoverRequest.type, {
      textDocument: { uri },
      // On `Bash`, which starts at byte 24.
      position: { line: 3, character: 25 },
    });
    assert.ok(hover && /Bash/.test(hover.contents.value), `a hover for Bash: ${JSON.stringify(hover)}`);
    assert.deepEqual(hover.range, { start: { line: 3, character: 24 }, end: { line: 3, character: 28 } });
  });
});

test('the first encoding the server speaks wins: ["utf-32", "utf-8"] gives code points', async (t) => {
  const { encoding, ranges } = await unknownToolRanges(t, ['utf-32', 'utf-8']);
  assert.equal(encoding, 'utf-32');
  assert.deepEqual(ranges, expected('utf-32'));
});

test('without a preference the columns are UTF-16 code units', async (t) => {
  const { encoding, ranges } = await unknownToolRanges(t, undefined);
  assert.equal(encoding, 'utf-16');
  assert.deepEqual(ranges, expected('utf-16'));
  assert.deepEqual(ranges[1], { start: { line: 3, character: 21 }, end: { line: 3, character: 26 } });
});
