// A cache for one document's pieces across edits: it keeps what the latest runs used, so an edit
// recomputes only the pieces it changed and memory follows the document's size. A folder's cache
// keeps a few runs: a week's report repeats blocks of the weeks before the last one too (a
// figure that goes back to an earlier value, a line that returns).
export class EditCache<V> {
  private readonly entries = new Map<string, { value: V; run: number }>();
  private run = 0;

  /** `keepRuns`: how many of the latest runs' keys survive a `settle`. */
  constructor(private readonly keepRuns = 1) {}

  get(key: string, compute: () => V): V {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.run = this.run;
      return entry.value;
    }
    const value = compute();
    this.entries.set(key, { value, run: this.run });
    return value;
  }

  /** Whether `get` would find the key without computing. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Ends a run. Every `keepRuns` runs, what none of the latest `keepRuns` runs used is dropped: a
   * document's cache (one run) keeps exactly what its latest parse used; a folder's holds its
   * reports' pieces of the last `keepRuns` to twice as many runs, swept once per `keepRuns`.
   */
  settle(): void {
    this.run++;
    if (this.run % this.keepRuns !== 0) return;
    const oldestKept = this.run - this.keepRuns;
    for (const [key, entry] of this.entries) if (entry.run < oldestKept) this.entries.delete(key);
  }
}
