import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RestartPolicy } from '../../src/restartPolicy';

const MINUTE = 60_000;

/** A policy on a clock the test moves by hand. */
function policy() {
  let now = 1_000_000;
  const restarts = new RestartPolicy(4, 3 * MINUTE, () => now);
  return { restarts, advance: (ms: number) => (now += ms) };
}

describe('RestartPolicy', () => {
  test('defaults to 4 restarts in 3 minutes, like the language client', () => {
    const restarts = new RestartPolicy();
    assert.equal(restarts.maxRestarts, 4);
    assert.equal(restarts.windowMs, 3 * MINUTE);
  });

  test('restarts the first 4 crashes and gives up on the 5th within 3 minutes', () => {
    const { restarts, advance } = policy();
    for (let i = 1; i <= 4; i++) {
      const decision = restarts.crashed();
      assert.equal(decision.restart, true, `crash ${i}`);
      assert.match(decision.message, new RegExp(`restarting it \\(${i} of 4 restarts allowed in 3 minutes\\)`));
      advance(10_000);
    }
    const fifth = restarts.crashed();
    assert.equal(fifth.restart, false);
    assert.match(fifth.message, /stopped unexpectedly 5 times in 3 minutes and will not be restarted/);
    assert.match(fifth.message, /Output › agentmd/);
    assert.match(fifth.message, /agentmd: Restart Server/);
  });

  test('stays stopped for further crashes inside the window', () => {
    const { restarts } = policy();
    for (let i = 0; i < 5; i++) {
      restarts.crashed();
    }
    assert.equal(restarts.crashed().restart, false);
  });

  test('forgets crashes older than the window', () => {
    const { restarts, advance } = policy();
    for (let i = 0; i < 4; i++) {
      restarts.crashed();
    }
    advance(3 * MINUTE);
    const decision = restarts.crashed();
    assert.equal(decision.restart, true);
    assert.match(decision.message, /\(1 of 4/);
  });

  test('counts crashes in a sliding window, not from the first crash only', () => {
    const { restarts, advance } = policy();
    restarts.crashed(); // t = 0
    advance(2 * MINUTE);
    restarts.crashed(); // t = 2 min
    restarts.crashed();
    restarts.crashed();
    advance(MINUTE + 1); // the first crash leaves the window; three remain
    assert.equal(restarts.crashed().restart, true);
    assert.equal(restarts.crashed().restart, false);
  });

  test('starts afresh after a restart on purpose', () => {
    const { restarts } = policy();
    for (let i = 0; i < 5; i++) {
      restarts.crashed();
    }
    restarts.reset();
    assert.equal(restarts.crashed().restart, true);
  });
});
