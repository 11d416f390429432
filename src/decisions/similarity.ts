// How alike two sentences are, word for word: what lets a decision follow its sentence through light edits.
// Plain functions, no editor or Node imports.

/** The sentence's words, lower-cased and without punctuation or quotation marks. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * 2 × (longest common subsequence of words) / (total words): 1 for the same words in the same order, near 1
 * after a light edit, low for another sentence. Symmetric. Cheap bounds are tried first: the ratio can never
 * exceed the share of words the two have in common, so most unrelated pairs are ruled out without the table.
 */
export function similarity(a: readonly string[], b: readonly string[], atLeast = 0): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  if ((2 * Math.min(a.length, b.length)) / total < atLeast) return 0;
  const shared = sharedWords(a, b);
  if ((2 * shared) / total < atLeast) return 0;
  return (2 * lcs(a, b)) / total;
}

/** How many words the two have in common, counting repeats (an upper bound of the common subsequence). */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) space. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}
