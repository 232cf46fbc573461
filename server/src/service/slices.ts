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
 * Runs the steps to the end, yielding to the event loop whenever SLICE_MS have passed; between
 * slices a cancelled token stops the run (`Cancelled` is thrown, the generator is closed).
 */
export async function inSlices<T>(steps: Iterator<void, T>, token: CancellationToken = neverCancelled): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await nextTurn();
    if (token.isCancellationRequested) {
      steps.return?.(undefined as T);
      throw new Cancelled();
    }
    sliceStart = performance.now();
  }
}

/** A driver for the core's `Steps`: what `compareInSeries` and `runRules` accept to run in slices. */
export function sliced(token: CancellationToken): <T>(steps: Steps<T>) => Promise<T> {
  return (steps) => inSlices(steps, token);
}
