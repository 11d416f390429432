// Next and previous: where the cursor goes from `offset` among spans in text order, wrapping round at the ends.

export interface Span {
  start: number;
  end: number;
}

/** The first span starting after the offset (or before it, going back), wrapping round; undefined for none. */
export function step<T extends Span>(spans: readonly T[], offset: number, direction: 1 | -1): T | undefined {
  if (!spans.length) return undefined;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  if (direction === 1) return sorted.find((s) => s.start > offset) ?? sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i].start < offset) return sorted[i];
  return sorted[sorted.length - 1];
}
