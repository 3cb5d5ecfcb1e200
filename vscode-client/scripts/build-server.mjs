#!/usr/bin/env node
// Copies the language server into the extension as server/agentmd.jar (a fixed name: the
// extension and the jar are released together). Builds the jar first with the repository's Maven
// wrapper when it is missing or older than anything it is built from, as the ./agentmd launcher does.
// AGENTMD_SERVER_JAR=<path> copies that jar instead and builds nothing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(client, '..');
const override = process.env.AGENTMD_SERVER_JAR;
const built = override ? resolve(override) : join(root, 'server', 'app', 'target', 'agentmd.jar');
const bundled = join(client, 'server', 'agentmd.jar');

/** The newest modification time under the given files and folders (folders count too). */
function newest(paths) {
  let time = 0;
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    time = Math.max(time, stat.mtimeMs);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) {
        visit(join(path, name));
      }
    }
  };
  paths.forEach(visit);
  return time;
}

function sources() {
  const modules = readdirSync(join(root, 'server')).map((name) => join(root, 'server', name));
  return [
    join(root, 'pom.xml'),
    join(root, 'schemas'),
    ...modules.flatMap((module) => [join(module, 'pom.xml'), join(module, 'src', 'main')]),
  ];
}

if (override && !existsSync(built)) {
  console.error(`build-server: AGENTMD_SERVER_JAR is ${built}, which does not exist.`);
  process.exit(1);
}
const stale = !override && (!existsSync(built) || newest(sources()) > statSync(built).mtimeMs);
if (stale) {
  const windows = process.platform === 'win32';
  const mvnw = join(root, windows ? 'mvnw.cmd' : 'mvnw');
  const args = ['-q', '-B', '-ntp', 'package', '-Dmaven.test.skip=true', '-pl', 'server/app', '-am'];
  console.log(`build-server: building ${built} (${mvnw} ${args.join(' ')})`);
  const result = spawnSync(mvnw, args, { cwd: root, stdio: 'inherit', shell: windows });
  if (result.status !== 0 || !existsSync(built)) {
    console.error(`build-server: the Maven build failed (exit ${result.status ?? result.signal}); see above.`);
    process.exit(1);
  }
  // Maven leaves a jar it considers up to date untouched; mark it fresh, as ./agentmd does.
  const now = new Date();
  utimesSync(built, now, now);
}

if (
  !existsSync(bundled) ||
  statSync(bundled).mtimeMs < statSync(built).mtimeMs ||
  statSync(bundled).size !== statSync(built).size
) {
  mkdirSync(dirname(bundled), { recursive: true });
  copyFileSync(built, bundled);
  console.log(`build-server: copied ${built} to ${bundled}`);
} else {
  console.log(`build-server: ${bundled} is up to date`);
}
