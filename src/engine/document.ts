// The article as the analysers see it: paragraphs, each with its sentences and tokens.
// Each paragraph is laid out on its own text and cached by it, so that re-analysing an edited article only
// tokenises the paragraphs that changed; the rest are shifted to their new offsets.
import type { Span } from './types';
import { ParagraphCache, type KnownParagraph, type ParagraphMemo } from './cache';
import { paragraphs as spans, sentences, tokenize, type Token } from './text';

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
  /** How the text differs from the last one analysed with this cache, if there was one. */
  edit?: TextEdit;
}

/** Two versions of a text, equal but for what lies between `prefix` characters from the start and `suffix`
 *  characters from the end of each. */
export interface TextEdit {
  from: string;
  text: string;
  prefix: number;
  suffix: number;
}

interface Layout {
  sentences: Span[];
  tokens: Token[];
}

export function buildDocument(text: string, cache = new ParagraphCache()): ArticleDoc {
  const edit = cache.lastDocument && textEdit(cache.lastDocument.text, text);
  const same = unchangedFrom(cache.lastDocument, edit);
  const paragraphs = spans(text).map((p, index): Paragraph => {
    // A paragraph the edit did not reach has the text, and so the memo, of one in the last document: found by
    // position, which spares slicing and looking up its text.
    const old = same(p);
    const body = old ? old.body : text.slice(p.start, p.end);
    const memo = old ? cache.reuse(old.memo) : cache.paragraph(body);
    // Laid out at offset 0 once per text, then shifted once per position it is seen at.
    const laid = laidOut(memo, body);
    let at = laid.at.get(p.start);
    if (!at) {
      if (laid.at.size > 4) laid.at.clear();
      laid.at.set(p.start, (at = shift(laid.layout, p.start)));
    }
    return { start: p.start, end: p.end, index, sentences: at.sentences, tokens: at.tokens, body, memo };
  });
  cache.lastDocument = { text, paragraphs };
  return { text, cache, paragraphs, edit };
}

/** Where `text` differs from `old`: the longest common start, then the longest common end of what is left. */
function textEdit(old: string, text: string): TextEdit {
  const max = Math.min(old.length, text.length);
  // Compared a block at a time (substrings are compared natively), then character by character in the block
  // that differs: a loop over every character took longer than the paragraph look-ups it saves.
  const B = 512;
  let prefix = 0;
  while (prefix + B <= max && old.slice(prefix, prefix + B) === text.slice(prefix, prefix + B)) prefix += B;
  while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + B <= max - prefix && old.slice(old.length - suffix - B, old.length - suffix) === text.slice(text.length - suffix - B, text.length - suffix)) suffix += B;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { from: old, text, prefix, suffix };
}

/** For each paragraph span of the new text (asked in order), the paragraph of the last document with the same text,
 *  when the span lies wholly in the text before or after what changed and that document had a paragraph there. */
function unchangedFrom(last: ParagraphCache['lastDocument'], edit: TextEdit | undefined): (p: Span) => KnownParagraph | undefined {
  if (!last || !edit) return () => undefined;
  const { text, prefix, suffix } = edit;
  const delta = text.length - last.text.length;
  const olds = last.paragraphs;
  let k = 0;
  return (p) => {
    // Where the paragraph was in the old text, if it is in the unchanged head or tail.
    const shift = p.end <= prefix ? 0 : p.start >= text.length - suffix ? delta : undefined;
    if (shift === undefined) return undefined;
    const start = p.start - shift;
    while (k < olds.length && olds[k].start < start) k++;
    const o = olds[k];
    return o && o.start === start && o.end === p.end - shift ? o : undefined;
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
