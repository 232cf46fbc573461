// How many threads `check` uses: enough files per thread to pay for its start, and no more threads
// than the machine has idle cores now (a thread on a busy core makes the run slower); and how the
// files are cut into chunks the threads claim.
import { describe, expect, it } from 'vitest';
import { checkThreads, chunksOf, idleCoresBetween, THREADS_VARIABLE } from '../../../server/src/cli/checkThreads';

/** This process indexing on one core, the other core idle. */
const quiet = { cores: 2, idleCores: 0.97 };

describe('check threads', () => {
  it('uses one thread for a few files, every idle core for many', () => {
    expect(checkThreads(20, {}, quiet)).toBe(1);
    expect(checkThreads(521, {}, quiet)).toBe(2);
    expect(checkThreads(10_000, {}, { cores: 8, idleCores: 6.8 })).toBe(8);
  });

  it('adds no thread on a busy machine', () => {
    // Another process spinning on each core: this one shares a core, none is idle.
    expect(checkThreads(10_000, {}, { cores: 2, idleCores: 0.02 })).toBe(1);
    // One core mostly busy with someone else's work.
    expect(checkThreads(10_000, {}, { cores: 2, idleCores: 0.3 })).toBe(1);
    expect(checkThreads(10_000, {}, { cores: 8, idleCores: 2.1 })).toBe(3);
  });

  it(`takes ${THREADS_VARIABLE} when it is a whole number from 1, up to one thread per file`, () => {
    const busy = { cores: 2, idleCores: 0 };
    expect(checkThreads(20, { [THREADS_VARIABLE]: '3' }, busy)).toBe(3);
    expect(checkThreads(2, { [THREADS_VARIABLE]: '3' }, busy)).toBe(2);
    expect(checkThreads(521, { [THREADS_VARIABLE]: '1' }, quiet)).toBe(1);
    expect(checkThreads(521, { [THREADS_VARIABLE]: 'many' }, quiet)).toBe(2);
    expect(checkThreads(521, { [THREADS_VARIABLE]: '0' }, quiet)).toBe(2);
  });

  it('reads idle cores from two samples of the idle time summed over cores', () => {
    // 100 ms apart: 2 cores each idle 90 ms → 1.8 idle cores.
    expect(idleCoresBetween({ at: 1000, idleMs: 50_000 }, { at: 1100, idleMs: 50_180 })).toBeCloseTo(1.8);
    expect(idleCoresBetween({ at: 1000, idleMs: 50_000 }, { at: 1000, idleMs: 50_000 })).toBe(0);
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
