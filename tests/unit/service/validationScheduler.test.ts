import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { ValidationScheduler, type ValidationHost } from '../../../server/src/service/validation';

const URI = 'file:///reports/2024-W10.md';

/** A host whose check takes `cost` ms on the scheduler's clock and records what ran and what was published. */
function fakeHost(clock: { now: number }, cost: { ms: number }) {
  const runs: number[] = [];
  const published: number[] = [];
  let version = 1;
  const host: ValidationHost = {
    compute: async () => {
      runs.push(version);
      clock.now += cost.ms;
      return { version, diagnostics: [] as Diagnostic[] };
    },
    publish: (_uri, v) => published.push(v),
    currentVersion: () => version,
    log: () => undefined,
  };
  return { host, runs, published, edit: () => ++version };
}

describe('ValidationScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces changes that arrive together into one run of the newest version', async () => {
    const clock = { now: 0 };
    const { host, runs, published, edit } = fakeHost(clock, { ms: 1 });
    const scheduler = new ValidationScheduler(host, () => clock.now);
    scheduler.schedule(URI);
    edit();
    scheduler.schedule(URI);
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([3]);
    expect(published).toEqual([3]);
  });

  it('checks a cheap report on the next turn, without waiting for a timer', async () => {
    const clock = { now: 0 };
    const { host, runs, edit } = fakeHost(clock, { ms: 3 });
    const scheduler = new ValidationScheduler(host, () => clock.now);
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    edit();
    scheduler.schedule(URI);
    // The last run took 3 ms: half of it is under a timer's granularity, so no time has to pass.
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([1, 2]);
  });

  it('waits half the last run (at most 50 ms) before checking an expensive report again', async () => {
    const clock = { now: 0 };
    const cost = { ms: 40 };
    const { host, runs, edit } = fakeHost(clock, cost);
    const scheduler = new ValidationScheduler(host, () => clock.now);
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(19);
    expect(runs).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([1, 2]);

    cost.ms = 400;
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(20);
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(49);
    expect(runs).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([1, 2, 3, 4]);
  });

  it('runs nothing for a document cancelled before its turn', async () => {
    const clock = { now: 0 };
    const { host, runs } = fakeHost(clock, { ms: 1 });
    const scheduler = new ValidationScheduler(host, () => clock.now);
    scheduler.schedule(URI);
    scheduler.cancel(URI);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual([]);
  });
});
