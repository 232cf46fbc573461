// Diagnostics after didOpen/didChange. Changes arriving together are coalesced. While changes come
// faster than the document is checked (the last change is more recent than the last run is long),
// the run waits half the last run's own duration (capped), so that a burst of keystrokes into a huge
// report makes one run, not one cancelled run each. Otherwise — a normal report, or a pause in the
// typing — nothing is gained by waiting: the run starts at once. A wait tied to the last run alone
// made one slow run (a GC pause, a busy machine) slow down the next keystroke's diagnostics too.
// "At once" is the next turn of the event loop, after the changes already read: a timer would wait at
// least a millisecond, a third of a small report's whole check.
import type { Diagnostic } from 'vscode-languageserver';
import type { CancellationToken } from './slices';

export interface ValidationHost {
  /**
   * Computes the diagnostics of the document's current version; undefined when it is gone or the
   * token was cancelled (the document changed again, or was closed).
   */
  compute(uri: string, token: CancellationToken): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined>;
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  currentVersion(uri: string): number | undefined;
  log(message: string): void;
}

const MAX_DELAY_MS = 50;
/** Below this wait, a timer's own granularity (1 ms) is the larger cost: the run starts on the next turn. */
const NEXT_TURN_BELOW_MS = 2;

export class ValidationScheduler {
  /** The pending run per document, as the function that cancels it. */
  private readonly pending = new Map<string, () => void>();
  private readonly lastDuration = new Map<string, number>();
  /** When each document last changed (was scheduled), on `now`'s clock. */
  private readonly lastChange = new Map<string, number>();
  /** What was last published per document: the same diagnostics for the same version are not sent again. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly host: ValidationHost,
    private readonly now: () => number = () => performance.now(),
  ) {}

  schedule(uri: string): void {
    this.pending.get(uri)?.();
    const now = this.now();
    const sincePreviousChange = now - (this.lastChange.get(uri) ?? Number.NEGATIVE_INFINITY);
    this.lastChange.set(uri, now);
    const lastDuration = this.lastDuration.get(uri) ?? 0;
    const typingFasterThanChecks = sincePreviousChange < lastDuration;
    const delay = typingFasterThanChecks ? Math.min(lastDuration / 2, MAX_DELAY_MS) : 0;
    const start = () => {
      this.pending.delete(uri);
      void this.run(uri);
    };
    if (delay < NEXT_TURN_BELOW_MS) {
      const immediate = setImmediate(start);
      this.pending.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(start, delay);
      this.pending.set(uri, () => clearTimeout(timer));
    }
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.lastDuration.delete(uri);
    this.lastChange.delete(uri);
    this.published.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const started = this.now();
    const version = this.host.currentVersion(uri);
    // A newer version (or closing) makes this run's work worthless: the service stops between slices.
    const host = this.host;
    const token = {
      get isCancellationRequested() {
        return host.currentVersion(uri) !== version;
      },
    };
    try {
      const result = await this.host.compute(uri, token);
      // A newer version arrived while computing: its own run will publish.
      if (!result || this.host.currentVersion(uri) !== result.version) return;
      const fingerprint = `${result.version}\u0000${JSON.stringify(result.diagnostics)}`;
      if (this.published.get(uri) === fingerprint) return;
      this.published.set(uri, fingerprint);
      this.host.publish(uri, result.version, result.diagnostics);
    } catch (e) {
      this.host.log(`Diagnostics failed for ${uri}: ${(e as Error).stack ?? e}`);
    } finally {
      this.lastDuration.set(uri, this.now() - started);
    }
  }
}
