import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type ConfigReader,
  anchorGlob,
  documentPatterns,
  documentSelector,
  initializationOptions,
  launchSettings,
  serverSettings,
} from '../../src/settings';

/** Reads dotted keys out of a nested object, as `workspace.getConfiguration('agentmd')` does. */
function config(values: Record<string, unknown>): ConfigReader {
  return {
    get<T>(key: string): T | undefined {
      let value: unknown = values;
      for (const part of key.split('.')) {
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      }
      return value as T | undefined;
    },
  };
}

const USER = config({
  rules: { 'schema/unknown-key': 'error', 'body/empty': 'off' },
  tools: { extra: ['mcp__db__query', 'MyTool'] },
  models: { extra: ['gateway-large'] },
  files: { include: ['prompts/*.md'] },
  trace: { server: 'verbose' },
  java: { home: '/opt/jdk-21' },
  server: { vmargs: '-Xmx2g', debugPort: 5005 },
});

describe('serverSettings', () => {
  test('maps VS Code settings to the server shape and leaves the launch settings out', () => {
    assert.deepEqual(serverSettings(USER), {
      rules: { 'schema/unknown-key': 'error', 'body/empty': 'off' },
      tools: { extra: ['mcp__db__query', 'MyTool'] },
      models: { extra: ['gateway-large'] },
      files: { include: ['prompts/*.md'] },
    });
  });

  test('sends empty values, not nothing, when the user set nothing', () => {
    assert.deepEqual(serverSettings(config({})), {
      rules: {},
      tools: { extra: [] },
      models: { extra: [] },
      files: { include: [] },
    });
  });

  test('passes odd rule levels through for the server to report, and treats a non-list as empty', () => {
    const settings = serverSettings(config({ rules: { 'no/such-rule': 'loud' }, tools: { extra: 'Bash' } }));
    assert.deepEqual(settings.rules, { 'no/such-rule': 'loud' });
    assert.deepEqual(settings.tools, { extra: [] });
  });

  test('copies values, so later changes to VS Code objects do not leak into what was sent', () => {
    const rules: Record<string, string> = { 'body/empty': 'off' };
    const settings = serverSettings(config({ rules }));
    rules['body/empty'] = 'error';
    assert.deepEqual(settings.rules, { 'body/empty': 'off' });
  });

  test('initializationOptions wraps the same object as a configuration change: {settings: {agentmd}}', () => {
    assert.deepEqual(initializationOptions(USER), { settings: { agentmd: serverSettings(USER) } });
    assert.deepEqual(JSON.parse(JSON.stringify(initializationOptions(USER))), initializationOptions(USER));
  });
});

describe('launchSettings', () => {
  test('reads Java home, vmargs and the debug port', () => {
    assert.deepEqual(launchSettings(USER), { javaHome: '/opt/jdk-21', vmargs: '-Xmx2g', debugPort: 5005 });
  });

  test('treats blank or invalid values as unset', () => {
    assert.deepEqual(launchSettings(config({ java: { home: ' ' }, server: { vmargs: 3, debugPort: 70000 } })), {
      javaHome: undefined,
      vmargs: '',
      debugPort: undefined,
    });
    assert.equal(launchSettings(config({ server: { debugPort: 1.5 } })).debugPort, undefined);
    assert.equal(launchSettings(config({ java: { home: null } })).javaHome, undefined);
  });
});

describe('documentSelector', () => {
  test('covers project agents and plugin agents by default, in any language', () => {
    assert.deepEqual(documentSelector(config({})), [
      { scheme: 'file', pattern: '**/.claude/agents/**/*.md' },
      { scheme: 'file', pattern: '**/agents/**/*.md' },
    ]);
  });

  test('adds files.include, anchored like the server anchors it, without duplicates', () => {
    const patterns = documentPatterns(config({ files: { include: ['prompts/*.md', '**/agents/**/*.md', '', 42] } }));
    assert.deepEqual(patterns, ['**/.claude/agents/**/*.md', '**/agents/**/*.md', '**/prompts/*.md']);
  });

  test('anchorGlob leaves absolute and ** globs alone and normalises backslashes', () => {
    assert.equal(anchorGlob('drafts/*.md'), '**/drafts/*.md');
    assert.equal(anchorGlob(' /home/me/agents/*.md '), '/home/me/agents/*.md');
    assert.equal(anchorGlob('**/x/*.md'), '**/x/*.md');
    assert.equal(anchorGlob('C:\\work\\agents\\*.md'), 'C:/work/agents/*.md');
  });
});
