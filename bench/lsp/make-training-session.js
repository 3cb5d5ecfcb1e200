#!/usr/bin/env node
'use strict';
// Writes training-session.jsonl: the scripted LSP session that the launcher (`./agentmd lsp`)
// plays to a server started with -XX:ArchiveClassesAtExit, so that the class-data sharing archive
// holds every class an editor session loads. One JSON-RPC message per line; the launcher adds the
// Content-Length headers, waits for the answer to the last request (id 99), then sends shutdown
// and exit itself. Re-run after changing the session: node bench/lsp/make-training-session.js

const fs = require('node:fs');
const path = require('node:path');

// An agent with findings of most rule families (strict YAML, unknown key, unknown tool, examples,
// hooks) and a body with headings and non-ASCII text. The client's process id is 1 (init, which
// outlives the session) so that the server's client-process watch is trained too.
const agent = [
  '---',
  'name: trainer',
  'description: Use when code needs review: checks diffs. Examples: <example>user: "review this" assistant: "I\'ll use the trainer agent"</example>',
  'modle: sonnet',
  'tools: Read, Bassh, mcp__github__get_issue',
  'color: purple',
  'hooks:',
  '  PreToolUse:',
  '    - matcher: Bash',
  '      hooks:',
  '        - type: command',
  '          command: echo ok',
  '---',
  '# Role',
  '',
  'You review code — carefully. 🚀',
  '',
  '## Steps',
  '',
  '1. Read the diff.',
  '',
].join('\n');
const uri = 'file:///agentmd-training/.claude/agents/trainer.md';
const other = 'file:///agentmd-training/README.md';
const messages = [
  { id: 1, method: 'initialize', params: { processId: 1, rootUri: null, capabilities: {
    general: { positionEncodings: ['utf-16'] },
    textDocument: {
      completion: { completionItem: { snippetSupport: true } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      publishDiagnostics: { versionSupport: true },
    },
    workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['rename'] }, configuration: false },
  },
  initializationOptions: { settings: { agentmd: { rules: { 'example/speaker-label': 'off' }, tools: { extra: ['mcp__db__query'] } } } } } },
  { method: 'initialized', params: {} },
  { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: agent } } },
  { method: 'textDocument/didOpen', params: { textDocument: { uri: other, languageId: 'markdown', version: 1, text: '# Notes\n\nmodel: x\n' } } },
  { method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } }, text: ' ' }] } },
  { id: 2, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: 3, character: 7 } } },
  { id: 3, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: 4, character: 14 } } },
  { id: 4, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: 5, character: 0 } } },
  { id: 5, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 5, character: 2 } } },
  { id: 6, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 4, character: 9 } } },
  { id: 7, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }, context: { diagnostics: [] } } },
  { id: 8, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } },
  { id: 9, method: 'textDocument/foldingRange', params: { textDocument: { uri } } },
  { id: 10, method: 'textDocument/completion', params: { textDocument: { uri: other }, position: { line: 0, character: 0 } } },
  { method: 'workspace/didChangeConfiguration', params: { settings: { agentmd: { rules: { 'schema/unknown-key': 'error' } } } } },
  { method: 'textDocument/didClose', params: { textDocument: { uri: other } } },
  // The launcher waits for this answer: requests run in order, so every one before it is done.
  { id: 99, method: 'textDocument/foldingRange', params: { textDocument: { uri } } },
];
const out = path.join(__dirname, 'training-session.jsonl');
fs.writeFileSync(out, messages.map((m) => JSON.stringify({ jsonrpc: '2.0', ...m })).join('\n') + '\n');
console.error(`wrote ${out}`);
