import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JVM_OPTIONS, parseVmargs, serverCommand } from '../../src/server';

describe('serverCommand', () => {
  test('runs the bundled jar in lsp mode with agentmd JVM options first, then the user vmargs', () => {
    const command = serverCommand(
      { java: '/jdk/bin/java', jar: '/ext/server/agentmd.jar', vmargs: '-Xmx2g -Dx=1' },
      {},
    );
    assert.equal(command.command, '/jdk/bin/java');
    assert.deepEqual(command.args, [
      ...JVM_OPTIONS,
      '-Xmx2g',
      '-Dx=1',
      '-jar',
      '/ext/server/agentmd.jar',
      'lsp',
      '--stdio',
    ]);
  });

  test('keeps the JVM off stdout, which carries JSON-RPC', () => {
    assert.ok(JVM_OPTIONS.includes('-Xlog:disable'));
    assert.ok(JVM_OPTIONS.includes('-Xlog:all=warning:stderr'));
  });

  test('adds a JDWP agent on 127.0.0.1 when a debug port is given, before -jar', () => {
    const command = serverCommand({ java: 'java', jar: 'a.jar', debugPort: 5005 }, {});
    const jdwp = '-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005';
    assert.ok(command.args.indexOf(jdwp) >= 0 && command.args.indexOf(jdwp) < command.args.indexOf('-jar'));
    const waiting = serverCommand({ java: 'java', jar: 'a.jar', debugPort: 1044, debugSuspend: true }, {});
    assert.ok(waiting.args.includes('-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:1044'));
  });

  test('has no debug agent otherwise', () => {
    const command = serverCommand({ java: 'java', jar: 'a.jar' }, {});
    assert.ok(!command.args.some((arg) => arg.startsWith('-agentlib')));
  });

  test('limits malloc arenas unless the user environment already does', () => {
    assert.equal(serverCommand({ java: 'java', jar: 'a.jar' }, { PATH: '/bin' }).env.MALLOC_ARENA_MAX, '2');
    assert.equal(serverCommand({ java: 'java', jar: 'a.jar' }, { MALLOC_ARENA_MAX: '8' }).env.MALLOC_ARENA_MAX, '8');
    assert.equal(serverCommand({ java: 'java', jar: 'a.jar' }, { PATH: '/bin' }).env.PATH, '/bin');
  });
});

describe('parseVmargs', () => {
  test('splits on whitespace', () => {
    assert.deepEqual(parseVmargs('  -Xmx1g\t-Da=b \n -ea '), ['-Xmx1g', '-Da=b', '-ea']);
    assert.deepEqual(parseVmargs(''), []);
  });

  test('keeps quoted spaces inside one argument and drops the quotes', () => {
    assert.deepEqual(parseVmargs('-Dname="a b" \'-Dother=c d\' -Dq="it\'s"'), [
      '-Dname=a b',
      '-Dother=c d',
      "-Dq=it's",
    ]);
    assert.deepEqual(parseVmargs('-Dempty=""'), ['-Dempty=']);
    assert.deepEqual(parseVmargs('""'), ['']);
  });
});
