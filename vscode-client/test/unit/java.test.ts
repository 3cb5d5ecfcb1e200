import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { JavaNotFoundError, findJava, parseJavaVersion } from '../../src/java';

// Fake Java installations: `<home>/bin/java` shell scripts that print a given `-version` text.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agentmd-java-test-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
const JAVA_21 = 'openjdk version "21.0.4" 2024-07-16 LTS';
const JAVA_11 = 'openjdk version "11.0.24" 2024-07-16';
const JAVA_8 = 'java version "1.8.0_401"\nJava(TM) SE Runtime Environment (build 1.8.0_401-b10)';

let homes = 0;
/** A Java home whose `bin/java` prints `versionText` on stderr and exits with `exitCode`. */
function fakeJava(versionText: string, exitCode = 0): string {
  const home = path.join(root, `jdk${++homes}`);
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  const script = `#!/bin/sh\ncat >&2 <<'EOF'\n${versionText}\nEOF\nexit ${exitCode}\n`;
  fs.writeFileSync(path.join(home, 'bin', 'java'), script, { mode: 0o755 });
  return home;
}

const bin = (home: string) => path.join(home, 'bin');
const javaOf = (home: string) => path.join(home, 'bin', 'java');

async function rejection(promise: Promise<unknown>): Promise<JavaNotFoundError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof JavaNotFoundError, `expected a JavaNotFoundError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected findJava to fail');
}

describe('parseJavaVersion', () => {
  test('reads the feature release of current version strings', () => {
    assert.deepEqual(parseJavaVersion(JAVA_17), { major: 17, version: '17.0.15' });
    assert.deepEqual(parseJavaVersion('openjdk version "21" 2023-09-19'), { major: 21, version: '21' });
    assert.deepEqual(parseJavaVersion('openjdk version "26-ea" 2026-03-17'), { major: 26, version: '26-ea' });
  });

  test('reads the 1.x scheme of Java 8 and older', () => {
    assert.deepEqual(parseJavaVersion(JAVA_8), { major: 8, version: '1.8.0_401' });
  });

  test('skips lines printed before the version, such as JAVA_TOOL_OPTIONS notes', () => {
    assert.equal(parseJavaVersion(`Picked up JAVA_TOOL_OPTIONS: -Xmx1g\n${JAVA_11}`)?.major, 11);
  });

  test('gives nothing for output without a version', () => {
    assert.equal(parseJavaVersion('Error: could not find libjava.so'), undefined);
    assert.equal(parseJavaVersion('openjdk version "unknown"'), undefined);
  });
});

describe('findJava', () => {
  test('prefers the agentmd.java.home setting to JAVA_HOME and the PATH', async () => {
    const setting = fakeJava(JAVA_21);
    const env = { JAVA_HOME: fakeJava(JAVA_17), PATH: bin(fakeJava(JAVA_17)) };
    const java = await findJava({ javaHome: setting, env });
    assert.deepEqual(java, { executable: javaOf(setting), major: 21, version: '21.0.4', source: 'setting' });
  });

  test('accepts a setting that names bin/java itself', async () => {
    const home = fakeJava(JAVA_17);
    const java = await findJava({ javaHome: javaOf(home), env: {} });
    assert.equal(java.executable, javaOf(home));
    assert.equal(java.source, 'setting');
  });

  test('ignores a blank setting', async () => {
    const home = fakeJava(JAVA_17);
    const java = await findJava({ javaHome: '  ', env: { JAVA_HOME: home } });
    assert.equal(java.source, 'JAVA_HOME');
  });

  test('rejects a too-old setting instead of silently using another Java', async () => {
    const setting = fakeJava(JAVA_11);
    const error = await rejection(findJava({ javaHome: setting, env: { PATH: bin(fakeJava(JAVA_17)) } }));
    assert.equal(error.reason, 'bad-setting');
    assert.match(error.message, /agentmd\.java\.home is set to .*jdk\d+, but it is Java 11\.0\.24, older than 17/);
    assert.match(error.message, /Java 17 or later/);
  });

  test('rejects a setting that has no java', async () => {
    const empty = path.join(root, 'not-a-jdk');
    fs.mkdirSync(empty, { recursive: true });
    const error = await rejection(findJava({ javaHome: empty, env: { PATH: bin(fakeJava(JAVA_17)) } }));
    assert.equal(error.reason, 'bad-setting');
    assert.match(error.message, /bin\/java does not exist or is not executable/);
  });

  test('uses JAVA_HOME before the PATH', async () => {
    const home = fakeJava(JAVA_21);
    const java = await findJava({ env: { JAVA_HOME: home, PATH: bin(fakeJava(JAVA_17)) } });
    assert.equal(java.source, 'JAVA_HOME');
    assert.equal(java.executable, javaOf(home));
  });

  test('falls back to the PATH when JAVA_HOME is too old', async () => {
    const onPath = fakeJava(JAVA_17);
    const java = await findJava({ env: { JAVA_HOME: fakeJava(JAVA_8), PATH: bin(onPath) } });
    assert.equal(java.source, 'PATH');
    assert.equal(java.executable, javaOf(onPath));
    assert.equal(java.major, 17);
  });

  test('takes the first executable java on the PATH', async () => {
    const notExecutable = path.join(root, 'plain-file');
    fs.mkdirSync(notExecutable, { recursive: true });
    fs.writeFileSync(path.join(notExecutable, 'java'), 'not a program', { mode: 0o644 });
    const first = fakeJava(JAVA_21);
    const second = fakeJava(JAVA_17);
    const pathValue = ['', path.join(root, 'missing-dir'), notExecutable, bin(first), bin(second)].join(':');
    const java = await findJava({ env: { PATH: pathValue } });
    assert.equal(java.executable, javaOf(first));
  });

  test('says what it tried and where to get Java when there is none', async () => {
    const error = await rejection(findJava({ env: { PATH: path.join(root, 'missing-dir') } }));
    assert.equal(error.reason, 'missing');
    assert.match(error.message, /needs Java 17 or later/);
    assert.match(error.message, /JAVA_HOME is not set; no java on the PATH/);
    assert.match(error.message, /https:\/\/adoptium\.net\//);
    assert.match(error.message, /agentmd\.java\.home or JAVA_HOME/);
  });

  test('names every too-old Java it found', async () => {
    const error = await rejection(findJava({ env: { JAVA_HOME: fakeJava(JAVA_11), PATH: bin(fakeJava(JAVA_8)) } }));
    assert.equal(error.reason, 'too-old');
    assert.match(error.message, /JAVA_HOME \(.*\): it is Java 11\.0\.24, older than 17/);
    assert.match(error.message, /PATH \(.*\): it is Java 1\.8\.0_401, older than 17/);
  });

  test('reports a java that fails or prints no version', async () => {
    const failing = fakeJava('Error occurred during initialization of VM', 1);
    const silent = fakeJava('hello');
    const error = await rejection(findJava({ env: { JAVA_HOME: failing, PATH: bin(silent) } }));
    assert.equal(error.reason, 'missing');
    assert.match(error.message, /-version` failed/);
    assert.match(error.message, /-version` printed no version/);
  });

  test('reads Path case-insensitively and looks for java.exe on Windows', async () => {
    const home = path.join(root, 'windows-jdk');
    fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(home, 'bin', 'java.exe'), '', { mode: 0o755 });
    const seen: string[] = [];
    const java = await findJava({
      env: { Path: bin(home) },
      platform: 'win32',
      runVersion: async (executable) => {
        seen.push(executable);
        return JAVA_17;
      },
    });
    assert.equal(java.executable, path.join(home, 'bin', 'java.exe'));
    assert.deepEqual(seen, [path.join(home, 'bin', 'java.exe')]);
  });
});
