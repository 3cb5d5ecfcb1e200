#!/usr/bin/env node
// Writes every rule of the bundled server into package.json as a property of the `agentmd.rules`
// setting (id → level, described by the rule's summary), so the settings editor can complete and
// check rule ids. The list comes from the jar itself (`check --list-rules --format json`).
// `--check` changes nothing and exits 1 when package.json is out of date (the unit tests do this).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];

const client = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(client, 'package.json');

/** The rules the jar knows, as `{id, defaultSeverity, summary}`. */
export function listRules(jar = join(client, 'server', 'agentmd.jar')) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing; run \`npm run build-server\` first`);
  }
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const result = spawnSync(java, ['-jar', jar, 'check', '--list-rules', '--format', 'json'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${java} -jar ${jar} check --list-rules failed (${result.status ?? result.error}): ${result.stderr}`,
    );
  }
  return JSON.parse(result.stdout).rules;
}

/** The `properties` of the `agentmd.rules` setting for these rules. */
export function ruleProperties(rules) {
  const properties = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    properties[rule.id] = {
      type: 'string',
      enum: LEVELS,
      markdownDescription: `${rule.summary} Default: \`${rule.defaultSeverity}\`.`,
    };
  }
  return properties;
}

function main() {
  const check = process.argv.includes('--check');
  const text = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(text);
  const setting = manifest.contributes.configuration.properties['agentmd.rules'];
  setting.properties = ruleProperties(listRules());
  const updated = `${JSON.stringify(manifest, null, 2)}\n`;
  if (updated === text) {
    console.log('sync-rules: package.json lists every rule');
  } else if (check) {
    console.error(
      "sync-rules: package.json does not list the server's rules; run `npm run sync-rules` in vscode-client",
    );
    process.exit(1);
  } else {
    writeFileSync(manifestPath, updated);
    console.log(`sync-rules: wrote ${Object.keys(setting.properties).length} rules into package.json`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
