// Results kept per paragraph, keyed by the paragraph's own text, across analyses of the same document: an edit
// then redoes only the paragraphs it touched. Entries not used by the last two analyses are dropped, so memory
// follows the document rather than its history.
//
// Each paragraph text has one ParagraphMemo holding everything derived from that text alone (layout, names,
// reporting-verb flags, …), so a paragraph is looked up once per analysis rather than once per kind of result:
// looking a long text up hashes and compares all of it.
export class ParagraphMemo {
  private readonly values = new Map<string, unknown>();
  /** The generation of the last analysis that used this memo. */
  used = 0;

  constructor(private readonly work: Work) {}

  /** The value of `kind` for this paragraph text, computed once. Values must not be mutated by callers. */
  get<T>(kind: string, compute: () => T): T {
    let v = this.values.get(kind) as T | undefined;
    if (v === undefined && !this.values.has(kind)) {
      this.work.computed++;
      this.values.set(kind, (v = compute()));
    }
    return v as T;
  }
}

/** A paragraph as the cache knows it: where it was, its text and its memo. */
export interface KnownParagraph {
  start: number;
  end: number;
  body: string;
  memo: ParagraphMemo;
}

/** What the last analysis had to do itself, for tests that count work rather than time it. */
export interface Work {
  /** Results computed (not found in the cache). */
  computed: number;
  /** Paragraphs looked up by their text (not found by position in the last document). */
  lookedUp: number;
}

export class ParagraphCache {
  private readonly kinds = new Map<string, Map<string, { used: number; value: unknown }>>();
  private readonly paragraphs = new Map<string, ParagraphMemo>();
  private generation = 0;
  readonly work: Work = { computed: 0, lookedUp: 0 };

  /** Marks the start of one analysis. */
  begin(): void {
    this.generation++;
    this.work.computed = 0;
    this.work.lookedUp = 0;
  }

  /** Marks the end of one analysis: forgets what it and the one before did not use. */
  end(): void {
    for (const entries of this.kinds.values()) {
      for (const [key, entry] of entries) if (entry.used < this.generation - 1) entries.delete(key);
    }
    for (const [key, memo] of this.paragraphs) if (memo.used < this.generation - 1) this.paragraphs.delete(key);
  }

  /** The last document analysed, for the next one to find the paragraphs it shares by position (see document.ts). */
  lastDocument?: { text: string; paragraphs: readonly KnownParagraph[] };

  private readonly documentResults = new Map<string, unknown>();

  /** A whole-document result of `kind` that the last analysis kept, for this one to reuse if its inputs are the same
   *  (the result says what they were). */
  documentResult<T>(kind: string): T | undefined {
    return this.documentResults.get(kind) as T | undefined;
  }

  keepDocumentResult<T>(kind: string, value: T): void {
    this.documentResults.set(kind, value);
  }

  /** A memo found by other means than its text (the paragraph is unchanged since the last analysis). */
  reuse(memo: ParagraphMemo): ParagraphMemo {
    memo.used = this.generation;
    return memo;
  }

  /** The memo of a paragraph's text. */
  paragraph(body: string): ParagraphMemo {
    this.work.lookedUp++;
    let memo = this.paragraphs.get(body);
    if (!memo) this.paragraphs.set(body, (memo = new ParagraphMemo(this.work)));
    memo.used = this.generation;
    return memo;
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
    this.work.computed++;
    const value = compute();
    entries.set(key, { used: this.generation, value });
    return value;
  }

  /** How many results are kept, for measurement. */
  get size(): number {
    let n = this.paragraphs.size;
    for (const entries of this.kinds.values()) n += entries.size;
    return n;
  }
}
