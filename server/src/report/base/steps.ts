// Long passes over a whole report (the comparison, the rules) written as generators that yield
// between pieces of work. The CLI runs them to the end at once; the language server runs them in
// short slices and lets other requests in between (see service/slices.ts). Nothing here knows
// about time or the event loop: a yield only says "a piece is done, you may pause here".
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once: the synchronous answer, for the CLI and for tests. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many items of a per-item loop make one piece: small enough that a piece stays well under a slice. */
export const ITEMS_PER_STEP = 512;

/**
 * A check written as steps, in both forms: `check` runs it at once, `checkInSteps` hands the steps
 * to a caller that runs them in slices. Spread into a rule: `{ code, …, ...stepwise(function* (context) {…}) }`.
 */
export function stepwise<C, T>(steps: (context: C) => Steps<T>): { check(context: C): T; checkInSteps(context: C): Steps<T> } {
  return { check: (context) => runToEnd(steps(context)), checkInSteps: steps };
}
