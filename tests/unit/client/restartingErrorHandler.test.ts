import { describe, expect, it } from 'vitest';
import { MAX_RESTARTS, RESTART_WINDOW_MS, restartingErrorHandler } from '../../../client/src/restartingErrorHandler';

const ACTIONS = { continue: 'continue', restart: 'restart', doNotRestart: 'doNotRestart' } as const;

function handler(clock: { now: number }) {
  return restartingErrorHandler(ACTIONS, {
    connectionFailed: (error) => `failed: ${error}`,
    restarting: () => 'restarting',
    gaveUp: (crashes, minutes) => `${crashes} crashes in ${minutes} minutes`,
    now: () => clock.now,
  });
}

describe('restartingErrorHandler', () => {
  it('goes on after any failed write, counted or not, and logs it without a notification', () => {
    const errors = handler({ now: 0 });
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    // The stream's own 'error' event has no count: the library's default shut the client down on it.
    for (const count of [undefined, 1, 2, 3, 4, 10])
      expect(errors.error(epipe, undefined, count)).toEqual({ action: 'continue', message: 'failed: write EPIPE', handled: true });
  });

  it(`restarts the server after each close, up to ${MAX_RESTARTS} times within 3 minutes`, () => {
    const clock = { now: 0 };
    const closes = handler(clock);
    for (let i = 0; i < MAX_RESTARTS; i++) {
      expect(closes.closed()).toEqual({ action: 'restart', message: 'restarting', handled: true });
      clock.now += 1000;
    }
    expect(closes.closed()).toEqual({ action: 'doNotRestart', message: `${MAX_RESTARTS + 1} crashes in 3 minutes` });
  });

  it('forgets crashes older than the window', () => {
    const clock = { now: 0 };
    const closes = handler(clock);
    for (let i = 0; i < MAX_RESTARTS; i++) expect(closes.closed().action).toBe('restart');
    // The first restarts leave the window: crashing again now is as the first crash.
    clock.now += RESTART_WINDOW_MS;
    for (let i = 0; i < MAX_RESTARTS; i++) expect(closes.closed().action).toBe('restart');
    expect(closes.closed().action).toBe('doNotRestart');
  });
});
