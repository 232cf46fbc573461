import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexPriority, MAX_GIVE_WAY_MS } from '../../../server/src/service/indexPriority';

/** A promise with its resolve exposed, for work the test finishes by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Whether `promise` has settled once pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

afterEach(() => vi.useRealTimers());

describe('IndexPriority', () => {
  it('lets the index go on at once when no diagnostics run computes', async () => {
    expect(await settled(new IndexPriority().giveWay())).toBe(true);
  });

  it('holds the index while a diagnostics run computes, and lets it go when the run ends', async () => {
    const priority = new IndexPriority();
    const work = deferred<string>();
    const run = priority.diagnosticsRun(() => work.promise);
    const gaveWay = priority.giveWay();
    expect(await settled(gaveWay)).toBe(false);
    work.resolve('findings');
    expect(await run).toBe('findings');
    expect(await settled(gaveWay)).toBe(true);
  });

  it('lets the index go while the run waits for the index itself (no deadlock)', async () => {
    const priority = new IndexPriority();
    const folderIndexed = deferred();
    const run = priority.diagnosticsRun(() => priority.indexWait(folderIndexed.promise));
    expect(await settled(priority.giveWay())).toBe(true);
    folderIndexed.resolve();
    await run;
  });

  it('holds the index again once the run has what it waited for and computes', async () => {
    const priority = new IndexPriority();
    const folderIndexed = deferred();
    const compared = deferred();
    const run = priority.diagnosticsRun(async () => {
      await priority.indexWait(folderIndexed.promise);
      await compared.promise;
    });
    folderIndexed.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    const gaveWay = priority.giveWay();
    expect(await settled(gaveWay)).toBe(false);
    compared.resolve();
    await run;
    expect(await settled(gaveWay)).toBe(true);
  });

  it('never holds the index longer than MAX_GIVE_WAY_MS', async () => {
    vi.useFakeTimers();
    const priority = new IndexPriority();
    void priority.diagnosticsRun(() => new Promise(() => undefined));
    let done = false;
    void priority.giveWay().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(MAX_GIVE_WAY_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
