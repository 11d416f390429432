// Word patterns over tokens, for the fixed expressions of news copy ("could not be independently verified",
// "accused … of"). A pattern is words separated by spaces:
//   a|b   either word          a?    optional          pre*   any word starting "pre"          …   up to four words
// Matching is on normalised word tokens (punctuation skipped), so "could not be verified" matches across
// line breaks and curly apostrophes alike. A gap (…) never crosses a full stop, colon or semicolon.
import type { Token } from './text';

type Element = { alts: ReadonlySet<string>; prefixes: string[]; optional: boolean } | { gap: number };

export interface Pattern {
  source: string;
  elements: Element[];
}

/** A match, as indices into the word array: [start, end), and the words the pattern named (not those a gap skipped). */
export interface WordRange {
  start: number;
  end: number;
  hits: number[];
}

const GAP = 4;

export function pattern(source: string): Pattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '…') return { gap: GAP };
      const optional = part.endsWith('?');
      const words = (optional ? part.slice(0, -1) : part).split('|');
      return {
        alts: new Set(words.filter((w) => !w.endsWith('*'))),
        prefixes: words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
        optional,
      };
    });
  return { source, elements };
}

const accepts = (e: Extract<Element, { alts: ReadonlySet<string> }>, norm: string) => e.alts.has(norm) || e.prefixes.some((p) => norm.startsWith(p));

/** Where `p` matches in `words` (non-overlapping, left to right). `stops[i]` says a hard break (. : ;) comes before word i. */
export function matchAll(words: readonly Token[], p: Pattern, stops?: readonly boolean[]): WordRange[] {
  const out: WordRange[] = [];
  const first = p.elements[0];
  // Most words cannot start a match: check the first element before setting up a full attempt.
  const mustStart = first && !('gap' in first) && !first.optional ? first : null;
  for (let i = 0; i < words.length; ) {
    if (mustStart && !accepts(mustStart, words[i].norm)) {
      i++;
      continue;
    }
    const hits: number[] = [];
    const end = matchAt(words, p.elements, 0, i, hits, stops);
    if (end !== null && end > i) {
      out.push({ start: i, end, hits });
      i = end;
    } else i++;
  }
  return out;
}

function matchAt(words: readonly Token[], els: Element[], e: number, i: number, hits: number[], stops?: readonly boolean[]): number | null {
  if (e === els.length) return i;
  const el = els[e];
  if ('gap' in el) {
    for (let k = 0; k <= el.gap && i + k <= words.length; k++) {
      if (k > 0 && (stops?.[i + k - 1] || stops?.[i + k])) break;
      const end = matchAt(words, els, e + 1, i + k, hits, stops);
      if (end !== null) return end;
    }
    return null;
  }
  if (i < words.length && accepts(el, words[i].norm)) {
    hits.push(i);
    const end = matchAt(words, els, e + 1, i + 1, hits, stops);
    if (end !== null) return end;
    hits.pop();
  }
  return el.optional ? matchAt(words, els, e + 1, i, hits, stops) : null;
}
