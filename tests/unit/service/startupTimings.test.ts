import { describe, expect, it } from 'vitest';
import { StartupTimings } from '../../../server/src/service/startupTimings';

/** A clock the test moves by hand; the process "started" at 2026-01-05T09:00:00.000Z. */
function manualClock() {
  const clock = { ms: 0, origin: Date.UTC(2026, 0, 5, 9), now: () => clock.ms };
  return clock;
}

const report = 'file:///work/%E5%91%A8%E6%8A%A5/2023-W51.md';

describe('StartupTimings', () => {
  it('says when the first diagnostics went out, since the document opened and the process started, while indexing ran', () => {
    const clock = manualClock();
    const timings = new StartupTimings(clock);
    clock.ms = 95;
    timings.initializeReceived();
    clock.ms = 101;
    timings.indexingStarted();
    clock.ms = 120;
    timings.documentOpened(report);
    clock.ms = 310.4;
    expect(timings.published(report)).toBe(
      '[2026-01-05T09:00:00.310Z] Start-up: first diagnostics for 2023-W51.md published 190 ms after it opened, 310 ms after the server process started' +
        ' (initialize at 95 ms; workspace indexing began at 101 ms and was still running).',
    );
  });

  it('says when indexing ended if it ended first, and speaks once per process', () => {
    const clock = manualClock();
    const timings = new StartupTimings(clock);
    timings.initializeReceived();
    timings.indexingStarted();
    clock.ms = 40;
    timings.indexingFinished();
    clock.ms = 50;
    timings.documentOpened(report);
    clock.ms = 80;
    expect(timings.published(report)).toMatch(/published 30 ms after it opened, 80 ms after .* began at 0 ms and ended at 40 ms\)\.$/);
    timings.documentOpened('file:///work/other.md');
    expect(timings.published('file:///work/other.md')).toBeUndefined();
    expect(timings.published(report)).toBeUndefined();
  });

  it('keeps the first opening and the first indexing pass (a re-index after a settings change is not start-up)', () => {
    const clock = manualClock();
    const timings = new StartupTimings(clock);
    timings.indexingStarted();
    clock.ms = 10;
    timings.documentOpened(report);
    clock.ms = 20;
    timings.indexingStarted();
    timings.documentOpened(report);
    clock.ms = 30;
    expect(timings.published(report)).toMatch(
      /published 20 ms after it opened, 30 ms .*\(initialize at \?; workspace indexing began at 0 ms and was still running\)/,
    );
  });
});
