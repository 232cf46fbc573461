// An open report's diagnostics before the rest of the workspace: the index reads files in short
// slices and, between them, waits while a diagnostics run is computing. A run waiting for the index
// itself (its folder, or the whole workspace for a `previous:` link) does not hold the index back —
// the index must go on for it to settle — and no wait lasts longer than MAX_GIVE_WAY_MS, so a
// stream of runs (someone typing in a huge report) slows indexing down but never stops it.

/** Longest the index waits between two slices of reading. */
export const MAX_GIVE_WAY_MS = 250;

export class IndexPriority {
  /** Diagnostics runs in progress. */
  private computing = 0;
  /** Awaits of the index in progress (diagnostics runs' and requests' alike). */
  private waitingForIndex = 0;
  private wakers: Array<() => void> = [];

  /** Runs a diagnostics computation, which the index gives way to while it runs. */
  async diagnosticsRun<T>(run: () => Promise<T>): Promise<T> {
    this.computing++;
    try {
      return await run();
    } finally {
      this.computing--;
      this.wakeIfFree();
    }
  }

  /** Awaits `indexed` (a folder or the whole index) without holding the index back meanwhile. */
  async indexWait<T>(indexed: Promise<T>): Promise<T> {
    this.waitingForIndex++;
    this.wakeIfFree();
    try {
      return await indexed;
    } finally {
      this.waitingForIndex--;
    }
  }

  /** What the index awaits between slices: settles at once when no run computes. */
  giveWay(): Promise<void> {
    if (!this.holding) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, MAX_GIVE_WAY_MS);
      this.wakers.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /**
   * Some run computes rather than waits for the index. (Requests waiting for the index count too,
   * without a run of their own: the index then goes on sooner, never later.)
   */
  private get holding(): boolean {
    return this.computing > this.waitingForIndex;
  }

  private wakeIfFree(): void {
    if (this.holding) return;
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}
