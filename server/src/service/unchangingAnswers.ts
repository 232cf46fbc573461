// Answers the service hands out again, unchanged, while their document stays at one version (the
// outline is memoised per version) and that nothing mutates. A transport may keep their serialised
// form: on an unchanged 670 KB report the outline's JSON costs more to make than everything else.

const unchanging = new WeakSet<object>();

/** Marks `answer` as one that is answered again as it is and never mutated; returns it. */
export function unchangingAnswer<T extends object>(answer: T): T {
  unchanging.add(answer);
  return answer;
}

export function isUnchangingAnswer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && unchanging.has(value);
}
