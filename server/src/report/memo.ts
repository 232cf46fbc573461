// Labels repeat across lines, sections and weeks: remembering a pure function's answer per
// label makes a keystroke's comparison of thousands of metrics cheap. Bounded, so a stream of new
// labels cannot grow memory without limit.
export function memoByString<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key: string) => {
    let value = seen.get(key);
    if (value === undefined && !seen.has(key)) {
      if (seen.size >= limit) seen.clear();
      value = compute(key);
      seen.set(key, value);
    }
    return value as T;
  };
}
