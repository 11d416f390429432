// One sentence as the claim rules read it: its words, which of them are quoted, where clauses break.
import type { Paragraph } from './document';
import type { WordRange } from './phrases';
import type { Token } from './text';
import type { Person, Quote, Span, Speaker, TextSpan } from './types';
import { firstStartingAt } from './peopleLookup';

export interface SentenceView extends Span {
  /** The whole article text (offsets are absolute). */
  text: string;
  words: Token[];
  /** Punctuation between word i-1 and word i ("" when none). */
  marksBefore: string[];
  /** A hard break (. : ; ! ?) comes before word i. */
  stops: boolean[];
  /** Word i lies inside a quotation. */
  quoted: boolean[];
  /** The share of the sentence's words that lie inside quotations. */
  quoteShare: number;
  /** Who is quoted, when most of the sentence is a quotation with a known speaker. */
  speaker: string | null;
  /** The speaker of that quotation as the article gives it ("a senior customs officer"), wherever it is mentioned. */
  speakerMention: Speaker | null;
  /** The speaker of the quotation most of the sentence's quoted words belong to, however few they are. */
  quotedBy: Speaker | null;
  /** The canonical name of the person mentioned at a span, if any. */
  personAt(span: Span): string | null;
  /** Whether an offset lies inside a quotation. */
  inQuote(pos: number): boolean;
}

export function buildSentence(text: string, para: Paragraph, span: Span, quotes: Quote[], people: Person[]): SentenceView {
  // The sentence's tokens, found by binary search: long paragraphs have many sentences.
  const tokens: Token[] = [];
  for (let k = firstStartingAt(para.tokens, span.start); k < para.tokens.length && para.tokens[k].end <= span.end; k++) tokens.push(para.tokens[k]);
  const words: Token[] = [];
  const marksBefore: string[] = [];
  let marks = '';
  for (const t of tokens) {
    if (t.word) {
      words.push(t);
      marksBefore.push(marks);
      marks = '';
    } else marks += t.text;
  }
  const near = quotes.filter((q) => q.start < span.end && q.end > span.start);
  const nearIndex = overlaps(near);
  const inQuote = (pos: number) => nearIndex.around(pos);
  const quoted = words.map((w) => inQuote(w.start));
  const share = words.length ? quoted.filter(Boolean).length / words.length : 0;
  const main = near.reduce<Quote | null>((best, q) => (!best || overlap(q, span) > overlap(best, span) ? q : best), null);
  const mentions = people.flatMap((p) => p.mentions.filter((m) => m.start < span.end && m.end > span.start).map((m) => ({ m, name: p.name })));
  const mentionIndex = overlaps(mentions.map(({ m }) => m));
  return {
    start: span.start,
    end: span.end,
    text,
    words,
    marksBefore,
    stops: marksBefore.map((m) => /[.:;!?]/.test(m)),
    quoted,
    quoteShare: share,
    speaker: share >= 0.5 ? (main?.speaker?.name ?? null) : null,
    speakerMention: share >= 0.5 ? (main?.speaker ?? null) : null,
    quotedBy: main?.speaker ?? null,
    personAt: (s) => {
      const k = mentionIndex.first(s);
      return k === undefined ? null : mentions[k].name;
    },
    inQuote,
  };
}

/** Overlap queries on spans in logarithmic time (checking every span for each word was quadratic in a sentence of
 *  thousands of quotations or mentions): the spans sorted by start, with the furthest end reached up to each. */
function overlaps(spans: readonly Span[]) {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const reach: number[] = [];
  order.forEach((i, k) => reach.push(Math.max(k > 0 ? reach[k - 1] : -Infinity, spans[i].end)));
  /** How many spans start before `pos`. */
  const startingBefore = (pos: number) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[order[mid]].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    /** Whether some span has start < pos < end: spans.some(s => pos > s.start && pos < s.end). */
    around: (pos: number) => {
      const k = startingBefore(pos) - 1;
      return k >= 0 && reach[k] > pos;
    },
    /** The index of the first span (in the given order) that overlaps `s`: spans.findIndex(x => x.start < s.end && x.end > s.start). */
    first: (s: Span): number | undefined => {
      let best: number | undefined;
      for (let k = startingBefore(s.end) - 1; k >= 0 && reach[k] > s.start; k--) {
        const i = order[k];
        if (spans[i].end > s.start && (best === undefined || i < best)) best = i;
      }
      return best;
    },
  };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The character span of words [from, to). */
export function wordSpan(s: SentenceView, from: number, to: number): TextSpan {
  const start = s.words[from].start;
  const end = s.words[to - 1].end;
  return { start, end, text: s.text.slice(start, end) };
}

/** The words a pattern named, as spans (adjacent words joined). */
export function hitSpans(s: SentenceView, r: WordRange): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = -1;
  r.hits.forEach((h, k) => {
    if (from < 0) from = h;
    if (r.hits[k + 1] !== h + 1) {
      spans.push(wordSpan(s, from, h + 1));
      from = -1;
    }
  });
  return spans;
}

/** A sentence is in the writer's own voice unless most of it is quoted. */
export const isQuoted = (s: SentenceView) => s.quoteShare >= 0.5;

/** `compute` run once per sentence and remembered with it: a rule that asks at each of a sentence's words (each
 *  "said", each figure) must not re-read the whole sentence each time, or a sentence of thousands of them goes
 *  quadratic. */
export function oncePerSentence<T>(compute: (s: SentenceView) => T): (s: SentenceView) => T {
  const memo = new WeakMap<SentenceView, T>();
  return (s) => {
    if (!memo.has(s)) memo.set(s, compute(s));
    return memo.get(s)!;
  };
}

/** A question ("Can a smarter phone help HTC …?", "Were you subject to … fraud?") asks; it asserts and charges nothing. */
export const isQuestion = (s: SentenceView) => /\?["”’']?\s*$/.test(s.text.slice(s.start, s.end));

/** Trigger words as a reason quotes them: “accused … of”. */
export const quote = (triggers: TextSpan[]) => `“${triggers.map((t) => t.text).join(' … ')}”`;
