// How many threads `check` uses: enough files per thread to pay for its start, and no more threads
// than the machine has idle cores (a thread on a busy core makes the run slower).
import { describe, expect, it } from 'vitest';
import { checkThreads, THREADS_VARIABLE } from '../../../server/src/cli/checkThreads';

const quiet = { cores: 2, load: 1 };

describe('check threads', () => {
  it('uses one thread for a few files, every idle core for many', () => {
    expect(checkThreads(20, {}, quiet)).toBe(1);
    expect(checkThreads(521, {}, quiet)).toBe(2);
    expect(checkThreads(10_000, {}, { cores: 8, load: 0.2 })).toBe(8);
  });

  it('adds no thread on a busy machine', () => {
    expect(checkThreads(10_000, {}, { cores: 2, load: 1.6 })).toBe(1);
    expect(checkThreads(10_000, {}, { cores: 2, load: 8 })).toBe(1);
    expect(checkThreads(10_000, {}, { cores: 8, load: 5.5 })).toBe(3);
  });

  it(`takes ${THREADS_VARIABLE} when it is a whole number from 1, up to one thread per file`, () => {
    expect(checkThreads(20, { [THREADS_VARIABLE]: '3' }, quiet)).toBe(3);
    expect(checkThreads(2, { [THREADS_VARIABLE]: '3' }, quiet)).toBe(2);
    expect(checkThreads(521, { [THREADS_VARIABLE]: '1' }, quiet)).toBe(1);
    expect(checkThreads(521, { [THREADS_VARIABLE]: 'many' }, quiet)).toBe(2);
    expect(checkThreads(521, { [THREADS_VARIABLE]: '0' }, quiet)).toBe(2);
  });
});
