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

  it('waits half the last run (at most 50 ms) while changes come faster than the report is checked', async () => {
    const clock = { now: 0 };
    const cost = { ms: 40 };
    const { host, runs, edit } = fakeHost(clock, cost);
    const scheduler = new ValidationScheduler(host, () => clock.now);
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([1]);
    // Two changes 10 ms apart, the last run having taken 40 ms: the second one waits 20 ms.
    clock.now += 100;
    edit();
    scheduler.schedule(URI);
    clock.now += 10;
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(19);
    expect(runs).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([1, 3]);

    cost.ms = 400;
    clock.now += 100;
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([1, 3, 4]);
    clock.now += 1000;
    edit();
    scheduler.schedule(URI);
    clock.now += 10;
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(49);
    expect(runs).toEqual([1, 3, 4]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([1, 3, 4, 6]);
  });

  it('checks at once after a pause in the typing, however long the last run took', async () => {
    const clock = { now: 0 };
    const { host, runs, edit } = fakeHost(clock, { ms: 30 });
    const scheduler = new ValidationScheduler(host, () => clock.now);
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    // The next change comes after the run ended: waiting would coalesce nothing, only delay the squiggles.
    clock.now += 5;
    edit();
    scheduler.schedule(URI);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([1, 2]);
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
