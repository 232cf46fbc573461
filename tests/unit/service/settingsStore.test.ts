// What a synchronous answer may read of the settings: only a read that has finished and is still the
// scope's current one.
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../server/src/service/settingsStore';

/** A client whose `workspace/configuration` answers come when the test says. */
function slowClient() {
  const pending: Array<(value: unknown) => void> = [];
  const store = new SettingsStore({
    fetch: () => new Promise((resolve) => pending.push(resolve)),
    warn: () => undefined,
    locale: 'en',
  });
  return { store, answer: (value: unknown) => pending.shift()!(value) };
}

describe('SettingsStore.settled', () => {
  it('is nothing until the read finishes, then what get resolved to', async () => {
    const { store, answer } = slowClient();
    const reading = store.get('file:///r/2024-W10.md');
    expect(store.settled('file:///r/2024-W10.md')).toBeUndefined();
    answer({ outline: { maxMetrics: 7 } });
    const read = await reading;
    expect(read.outline.maxMetrics).toBe(7);
    expect(store.settled('file:///r/2024-W10.md')).toBe(read);
    expect(store.settled('file:///r/other.md')).toBeUndefined();
  });

  it('forgets on clear, and a read that finishes after the clear is not taken', async () => {
    const { store, answer } = slowClient();
    const stale = store.get('file:///r/2024-W10.md');
    store.clear();
    const fresh = store.get('file:///r/2024-W10.md');
    answer({ outline: { maxMetrics: 7 } });
    await stale;
    expect(store.settled('file:///r/2024-W10.md')).toBeUndefined();
    answer({ outline: { maxMetrics: 9 } });
    await fresh;
    expect(store.settled('file:///r/2024-W10.md')?.outline.maxMetrics).toBe(9);
    store.clear();
    expect(store.settled('file:///r/2024-W10.md')).toBeUndefined();
  });
});
