// A cache for one document's pieces across edits: it keeps exactly what the latest run used, so
// an edit recomputes only the pieces it changed and memory follows the document's size.
export class EditCache<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string, compute: () => V): V {
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = compute();
    this.current.set(key, value);
    return value;
  }

  /** Whether `get` would find the key without computing. */
  has(key: string): boolean {
    return this.current.has(key) || this.previous.has(key);
  }

  /** Ends a run: what it did not use is dropped. */
  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
