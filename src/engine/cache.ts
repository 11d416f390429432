// Results kept per paragraph, keyed by the paragraph's own text, across analyses of the same document: an edit
// then redoes only the paragraphs it touched. Entries not used by the last two analyses are dropped, so memory
// follows the document rather than its history.
export class ParagraphCache {
  private readonly kinds = new Map<string, Map<string, { used: number; value: unknown }>>();
  private generation = 0;

  /** Marks the start of one analysis. */
  begin(): void {
    this.generation++;
  }

  /** Marks the end of one analysis: forgets what it and the one before did not use. */
  end(): void {
    for (const entries of this.kinds.values()) {
      for (const [key, entry] of entries) if (entry.used < this.generation - 1) entries.delete(key);
    }
  }

  /** The value for (kind, key), computed once. Values must not be mutated by callers. */
  get<T>(kind: string, key: string, compute: () => T): T {
    let entries = this.kinds.get(kind);
    if (!entries) this.kinds.set(kind, (entries = new Map()));
    const hit = entries.get(key);
    if (hit) {
      hit.used = this.generation;
      return hit.value as T;
    }
    const value = compute();
    entries.set(key, { used: this.generation, value });
    return value;
  }

  /** How many results are kept, for measurement. */
  get size(): number {
    let n = 0;
    for (const entries of this.kinds.values()) n += entries.size;
    return n;
  }
}
