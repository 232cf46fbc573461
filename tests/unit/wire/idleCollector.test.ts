import { describe, expect, it } from 'vitest';
import { FILL_THRESHOLD, IdleCollector, v8YoungGeneration, type YoungGeneration } from '../../../server/src/idleCollector';

function fakeYoung(fill: number): YoungGeneration & { collections: number; fill: () => number; level: number } {
  const young = {
    level: fill,
    collections: 0,
    fill: () => young.level,
    collect: () => {
      young.collections++;
      young.level = 0;
    },
  };
  return young;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('IdleCollector', () => {
  it('empties a young generation fuller than the threshold on the turn after an answer, once per turn', async () => {
    const young = fakeYoung(FILL_THRESHOLD + 0.1);
    const collector = new IdleCollector(young);
    collector.afterAnswer();
    collector.afterAnswer();
    // Not while the answer's own turn runs: what arrived meanwhile is read first.
    expect(young.collections).toBe(0);
    await nextTurn();
    expect(young.collections).toBe(1);
  });

  it('leaves a young generation with room for the next run alone', async () => {
    const young = fakeYoung(FILL_THRESHOLD - 0.1);
    new IdleCollector(young).afterAnswer();
    await nextTurn();
    expect(young.collections).toBe(0);
  });

  it("collects V8's young generation in this Node", () => {
    const young = v8YoungGeneration();
    expect(young).toBeDefined();
    // Garbage that dies young: the fill rises, and a minor collection takes it back.
    let kept: unknown[] = [];
    for (let i = 0; i < 20_000; i++) kept.push({ i, text: `item ${i}` });
    const full = young!.fill();
    kept = [];
    young!.collect();
    expect(kept).toEqual([]);
    expect(young!.fill()).toBeLessThan(full);
    // The server's own global scope gets no `gc` from it.
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
