// Diagnostics after didOpen/didChange. Changes arriving together are coalesced, and the wait
// before a run is half the last run's own duration (capped): a small report is checked at once,
// a huge one leaves the server room for other requests while the user is typing.
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

export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastDuration = new Map<string, number>();
  /** What was last published per document: the same diagnostics for the same version are not sent again. */
  private readonly published = new Map<string, string>();

  constructor(private readonly host: ValidationHost) {}

  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const delay = Math.min((this.lastDuration.get(uri) ?? 0) / 2, MAX_DELAY_MS);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastDuration.delete(uri);
    this.published.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const started = performance.now();
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
      this.lastDuration.set(uri, performance.now() - started);
    }
  }
}
