// The article as the analysers see it: paragraphs, each with its sentences and tokens.
// Each paragraph is laid out on its own text and cached by it, so that re-analysing an edited article only
// tokenises the paragraphs that changed; the rest are shifted to their new offsets.
import type { Span } from './types';
import { ParagraphCache, type ParagraphMemo } from './cache';
import { paragraphs, sentences, tokenize, type Token } from './text';

export interface Paragraph extends Span {
  index: number;
  sentences: Span[];
  /** Every token of the paragraph, words and marks, in order. */
  tokens: Token[];
  /** The paragraph's text. */
  body: string;
  /** What is kept for this paragraph's text across analyses: results that depend on the text alone, in
   *  paragraph-relative offsets or token indices (see cache.ts). */
  memo: ParagraphMemo;
}

export interface ArticleDoc {
  text: string;
  paragraphs: Paragraph[];
  /** Per-paragraph results shared by the analysers (see cache.ts). */
  cache: ParagraphCache;
}

interface Layout {
  sentences: Span[];
  tokens: Token[];
}

export function buildDocument(text: string, cache = new ParagraphCache()): ArticleDoc {
  return {
    text,
    cache,
    paragraphs: paragraphs(text).map((p, index) => {
      const body = text.slice(p.start, p.end);
      const memo = cache.paragraph(body);
      // Laid out at offset 0 once per text, then shifted once per position it is seen at.
      const laid = laidOut(memo, body);
      let at = laid.at.get(p.start);
      if (!at) {
        if (laid.at.size > 4) laid.at.clear();
        laid.at.set(p.start, (at = shift(laid.layout, p.start)));
      }
      return { start: p.start, end: p.end, index, sentences: at.sentences, tokens: at.tokens, body, memo };
    }),
  };
}

/** A paragraph's text laid out on its own, at offset 0 (what caches key their per-paragraph results on). */
export function relativeParagraph(para: Paragraph): Paragraph {
  const l = laidOut(para.memo, para.body).layout;
  return { start: 0, end: para.body.length, index: 0, sentences: l.sentences, tokens: l.tokens, body: para.body, memo: para.memo };
}

function laidOut(memo: ParagraphMemo, body: string): { layout: Layout; at: Map<number, Layout> } {
  return memo.get('layout', () => ({ layout: layout(body), at: new Map<number, Layout>() }));
}

function layout(body: string): Layout {
  const whole = { start: 0, end: body.length };
  return { sentences: sentences(body, whole), tokens: tokenize(body, 0, body.length) };
}

function shift(l: Layout, by: number): Layout {
  if (by === 0) return l;
  return {
    sentences: l.sentences.map((s) => ({ start: s.start + by, end: s.end + by })),
    // Written out in tokenize's field order, so that every token has one shape and reads of them stay fast.
    tokens: l.tokens.map((t) => ({ text: t.text, start: t.start + by, end: t.end + by, norm: t.norm, word: t.word, cap: t.cap, possessive: t.possessive })),
  };
}

/** Index of the last paragraph that starts at or before `offset` (binary search; 0 for an empty document). */
export function paragraphIndexAt(doc: ArticleDoc, offset: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The paragraph holding `offset`, or undefined between paragraphs. */
export function paragraphAt(doc: ArticleDoc, offset: number): Paragraph | undefined {
  const p = doc.paragraphs[paragraphIndexAt(doc, offset)];
  return p && p.start <= offset && offset < p.end ? p : undefined;
}
