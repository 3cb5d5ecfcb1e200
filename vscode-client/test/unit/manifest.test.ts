import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { AGENT_FILE_GLOBS, RESTART_KEYS, SECTION } from '../../src/settings';

// Compiled to out/test/unit: the extension folder is three levels up.
const client = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(client, 'package.json'), 'utf8'));
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

describe('package.json', () => {
  test('describes every setting', () => {
    for (const [key, schema] of Object.entries(properties)) {
      assert.ok(key.startsWith(`${SECTION}.`), key);
      assert.ok(
        typeof schema.markdownDescription === 'string' && schema.markdownDescription.length > 20,
        `${key} has a description`,
      );
      assert.ok('default' in schema, `${key} has a default`);
    }
  });

  test('makes the settings that launch a process machine-scoped', () => {
    for (const key of ['agentmd.java.home', 'agentmd.server.vmargs', 'agentmd.server.debugPort']) {
      assert.equal(properties[key]?.scope, 'machine', key);
    }
  });

  test('contributes every setting the extension reads', () => {
    const read = ['rules', 'tools.extra', 'models.extra', 'files.include', 'trace.server', ...RESTART_KEYS];
    for (const key of read) {
      assert.ok(properties[`${SECTION}.${key}`], `agentmd.${key} is contributed`);
    }
    assert.deepEqual(properties['agentmd.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  test('activates for agent files, never on start-up alone', () => {
    assert.ok(!manifest.activationEvents.includes('*') && !manifest.activationEvents.includes('onStartupFinished'));
    assert.ok(manifest.activationEvents.includes(`workspaceContains:${AGENT_FILE_GLOBS[0]}`));
    assert.ok(
      manifest.activationEvents.includes('onLanguage:chatagent'),
      'VS Code 1.100+ gives .claude/agents/*.md this language',
    );
  });

  test('contributes both commands', () => {
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(commands.sort(), ['agentmd.restartServer', 'agentmd.showOutput']);
  });

  test('gives every rule level setting the five levels and additional ids no room', () => {
    const rules = properties['agentmd.rules'];
    assert.equal(rules.additionalProperties, false);
    const ruleProperties = rules.properties as Record<string, { enum: string[] }>;
    assert.ok(Object.keys(ruleProperties).length > 10);
    for (const [id, schema] of Object.entries(ruleProperties)) {
      assert.deepEqual(schema.enum, ['off', 'hint', 'info', 'warning', 'error'], id);
    }
  });

  test('lists exactly the rules of the bundled server (npm run sync-rules)', (t) => {
    if (!fs.existsSync(path.join(client, 'server', 'agentmd.jar'))) {
      t.skip('server/agentmd.jar is missing: run npm run build-server');
      return;
    }
    const result = spawnSync(process.execPath, [path.join(client, 'scripts', 'sync-rules.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr || result.stdout);
  });

  test('has the version of the Maven build, whose jar it ships', () => {
    const pom = fs.readFileSync(path.join(client, '..', 'pom.xml'), 'utf8');
    const version = /<artifactId>agentmd-parent<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom)?.[1];
    assert.equal(version?.replace(/-SNAPSHOT$/, ''), manifest.version);
  });
});
