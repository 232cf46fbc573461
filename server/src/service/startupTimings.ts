// Where the first squiggle's time goes on the server's side: one line in the output channel when
// the first diagnostics of this process go out, with the times since the process started (the
// `initialize` request, the workspace indexing, the document's opening). The e2e suite's cold-window
// check reads it; a person whose first squiggle is slow can read it too.
import * as path from 'node:path';
import { uriToPath } from '../node/uris';

export interface StartupClock {
  /** Milliseconds since the process started. */
  now(): number;
  /** The process start as epoch milliseconds. */
  readonly origin: number;
}

const processClock: StartupClock = { now: () => performance.now(), origin: performance.timeOrigin };

export class StartupTimings {
  private initializeAt?: number;
  private indexingBegan?: number;
  private indexingEnded?: number;
  /** Documents opened before the first diagnostics went out, with when they opened. */
  private readonly openedAt = new Map<string, number>();
  private reported = false;

  constructor(private readonly clock: StartupClock = processClock) {}

  initializeReceived(): void {
    this.initializeAt ??= this.clock.now();
  }

  /** The first indexing pass only: later passes (a changed `files` setting) are not start-up. */
  indexingStarted(): void {
    this.indexingBegan ??= this.clock.now();
  }

  indexingFinished(): void {
    this.indexingEnded ??= this.clock.now();
  }

  documentOpened(uri: string): void {
    if (!this.reported && !this.openedAt.has(uri)) this.openedAt.set(uri, this.clock.now());
  }

  /** The line to log when `uri`'s diagnostics are published: the first time only, undefined after. */
  published(uri: string): string | undefined {
    if (this.reported) return undefined;
    this.reported = true;
    const at = this.clock.now();
    const opened = this.openedAt.get(uri);
    this.openedAt.clear();
    const ms = (value: number) => `${Math.round(value)} ms`;
    const indexing =
      this.indexingBegan === undefined
        ? 'workspace indexing had not begun'
        : `workspace indexing began at ${ms(this.indexingBegan)} and ${this.indexingEnded === undefined ? 'was still running' : `ended at ${ms(this.indexingEnded)}`}`;
    const filePath = uriToPath(uri);
    const name = filePath ? path.basename(filePath) : uri;
    return (
      `[${new Date(this.clock.origin + at).toISOString()}] Start-up: first diagnostics for ${name} published` +
      `${opened === undefined ? '' : ` ${ms(at - opened)} after it opened,`} ${ms(at)} after the server process started` +
      ` (initialize at ${this.initializeAt === undefined ? '?' : ms(this.initializeAt)}; ${indexing}).`
    );
  }
}
