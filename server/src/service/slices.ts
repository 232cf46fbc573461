// Running the core's long passes (parsing a changed document, reading its metrics, the comparison,
// the rules) in slices of about SLICE_MS, yielding to the event loop in between so that other
// documents' requests are answered while a huge one is checked; and cancellation, checked between
// slices: a run whose request was cancelled, or whose document changed, stops there.
import type { Steps } from '../report/base/steps';

/** Longest stretch of work before other requests get their turn. */
export const SLICE_MS = 15;

/** What vscode-languageserver passes a handler as its second argument (and what the service's callers may pass). */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = Object.freeze({ isCancellationRequested: false });

/** Thrown out of a sliced run that was cancelled: callers answer null or [] instead. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function isCancelled(error: unknown): error is Cancelled {
  return error instanceof Cancelled;
}

/** Cancelled as soon as either is. */
export function eitherCancelled(a: CancellationToken, b: CancellationToken): CancellationToken {
  return {
    get isCancellationRequested() {
      return a.isCancellationRequested || b.isCancellationRequested;
    },
  };
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new Cancelled();
}

/**
 * Lets the event loop read and answer what arrived (other documents' requests) before going on:
 * a resolved promise would not, its continuation runs before any I/O.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Between two slices: two turns, not one. A request read from the wire during the first turn is
 * handed to its handler by vscode-jsonrpc in an immediate of its own, queued behind ours: only a
 * second turn lets it run before the next slice.
 */
export async function letOthersIn(): Promise<void> {
  await nextTurn();
  await nextTurn();
}

/**
 * Requests being answered: while one is, a long pass waits between its slices (a few turns at most,
 * since a request may itself be waiting for that pass). An answer still needs turns after it
 * settles — vscode-jsonrpc writes the reply from an immediate of its own — so a request counts as
 * active for two turns more.
 */
export class RequestActivity {
  private active = 0;

  async track<T>(answer: Promise<T>): Promise<T> {
    this.active++;
    try {
      return await answer;
    } finally {
      void letOthersIn().then(() => this.active--);
    }
  }

  /** What a long pass awaits between slices. */
  async pause(): Promise<void> {
    await letOthersIn();
    for (let turns = 0; this.active > 0 && turns < MAX_TURNS_WAITING; turns++) await nextTurn();
  }
}

/** How long a pass waits for requests in turns of the event loop (each costs microseconds when idle). */
const MAX_TURNS_WAITING = 20;

/**
 * Runs the steps to the end, yielding (`pause`) whenever SLICE_MS have passed; between slices a
 * cancelled token stops the run (`Cancelled` is thrown, the generator is closed).
 */
export async function inSlices<T>(
  steps: Iterator<void, T>,
  token: CancellationToken = neverCancelled,
  pause: () => Promise<void> = letOthersIn,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await pause();
    if (token.isCancellationRequested) {
      steps.return?.(undefined as T);
      throw new Cancelled();
    }
    sliceStart = performance.now();
  }
}

/** A driver for the core's `Steps`: what `compareInSeries` and `runRules` accept to run in slices. */
export function sliced(token: CancellationToken, pause?: () => Promise<void>): <T>(steps: Steps<T>) => Promise<T> {
  return (steps) => inSlices(steps, token, pause);
}
