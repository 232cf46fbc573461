// How many threads `check` uses: enough files per thread to pay for its start, and no more threads
// than the machine has idle cores now (a thread on a busy core makes the run slower); and how the
// files are cut into chunks the threads claim.
import { describe, expect, it } from 'vitest';
import { checkThreads, chunksOf, othersBusyCoresBetween, THREADS_VARIABLE } from '../../../server/src/cli/checkThreads';

/** Nobody else on the machine. */
const quiet = { cores: 2, othersBusyCores: 0.03 };

describe('check threads', () => {
  it('uses one thread for a few files, every free core for many', () => {
    expect(checkThreads(20, {}, quiet)).toBe(1);
    expect(checkThreads(521, {}, quiet)).toBe(2);
    expect(checkThreads(10_000, {}, { cores: 8, othersBusyCores: 0.4 })).toBe(8);
  });

  it('adds no thread on a busy machine', () => {
    // Another process spinning on each core.
    expect(checkThreads(10_000, {}, { cores: 2, othersBusyCores: 1.4 })).toBe(1);
    // One core busy with someone else's work.
    expect(checkThreads(10_000, {}, { cores: 2, othersBusyCores: 1 })).toBe(1);
    expect(checkThreads(10_000, {}, { cores: 8, othersBusyCores: 5.1 })).toBe(3);
  });

  it(`takes ${THREADS_VARIABLE} when it is a whole number from 1, up to one thread per file`, () => {
    const busy = { cores: 2, othersBusyCores: 2 };
    expect(checkThreads(20, { [THREADS_VARIABLE]: '3' }, busy)).toBe(3);
    expect(checkThreads(2, { [THREADS_VARIABLE]: '3' }, busy)).toBe(2);
    expect(checkThreads(521, { [THREADS_VARIABLE]: '1' }, quiet)).toBe(1);
    expect(checkThreads(521, { [THREADS_VARIABLE]: 'many' }, quiet)).toBe(2);
    expect(checkThreads(521, { [THREADS_VARIABLE]: '0' }, quiet)).toBe(2);
  });

  it("reads other processes' use as the cores not idle less this process's own", () => {
    // 100 ms, 2 cores: idle 40 ms in all (1.6 cores busy), this process used 155 ms (its reading
    // and collecting threads beside the main one): the others used almost nothing.
    const quietRun = othersBusyCoresBetween({ at: 1000, idleMs: 50_000, ownMs: 300 }, { at: 1100, idleMs: 50_040, ownMs: 455 }, 2);
    expect(quietRun).toBeCloseTo(0.05);
    expect(checkThreads(10_000, {}, { cores: 2, othersBusyCores: quietRun })).toBe(2);
    // Never idle, this process got 70 ms: others kept 1.3 cores busy.
    const busyRun = othersBusyCoresBetween({ at: 1000, idleMs: 50_000, ownMs: 300 }, { at: 1100, idleMs: 50_000, ownMs: 370 }, 2);
    expect(busyRun).toBeCloseTo(1.3);
    expect(checkThreads(10_000, {}, { cores: 2, othersBusyCores: busyRun })).toBe(1);
    // No time between the samples: assume the worst.
    expect(othersBusyCoresBetween({ at: 1000, idleMs: 0, ownMs: 0 }, { at: 1000, idleMs: 0, ownMs: 0 }, 2)).toBe(2);
  });
});

describe('check chunks', () => {
  it('is one stretch for one thread', () => {
    expect(chunksOf(10_000, 1)).toEqual([{ start: 0, end: 10_000 }]);
  });

  it.each([
    [10_000, 2],
    [521, 2],
    [41, 3],
    [3, 3],
  ])('cuts %i files for %i threads into consecutive chunks, long first, none empty', (count, threads) => {
    const chunks = chunksOf(count, threads);
    expect(chunks[0].start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(count);
    chunks.forEach((chunk, i) => {
      expect(chunk.end).toBeGreaterThan(chunk.start);
      if (i > 0) expect(chunk.start).toBe(chunks[i - 1].end);
      if (i > 0) expect(chunk.end - chunk.start).toBeLessThanOrEqual(chunks[i - 1].end - chunks[i - 1].start);
    });
    expect(chunks.length).toBeGreaterThanOrEqual(Math.min(count, threads));
  });

  it('keeps the chunk count small for a big run: each chunk re-reads a few earlier weeks', () => {
    const chunks = chunksOf(10_000, 2);
    expect(chunks[0]).toEqual({ start: 0, end: 2500 });
    expect(chunks.length).toBeLessThanOrEqual(20);
    expect(chunks.at(-1)!.end - chunks.at(-1)!.start).toBeLessThanOrEqual(157);
  });
});
