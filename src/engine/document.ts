// The article as the analysers see it: paragraphs, each with its sentences and tokens.
// Built per paragraph, so that a later incremental pass can reuse unchanged paragraphs.
import type { Span } from './types';
import { paragraphs, sentences, tokenize, type Token } from './text';

export interface Paragraph extends Span {
  index: number;
  sentences: Span[];
  /** Every token of the paragraph, words and marks, in order. */
  tokens: Token[];
}

export interface ArticleDoc {
  text: string;
  paragraphs: Paragraph[];
}

export function buildDocument(text: string): ArticleDoc {
  return {
    text,
    paragraphs: paragraphs(text).map((p, index) => ({
      ...p,
      index,
      sentences: sentences(text, p),
      tokens: tokenize(text, p.start, p.end),
    })),
  };
}

/** Every sentence of the document, in order. */
export function allSentences(doc: ArticleDoc): Span[] {
  return doc.paragraphs.flatMap((p) => p.sentences);
}

/** The paragraph holding `offset` (binary search), or undefined between paragraphs. */
export function paragraphAt(doc: ArticleDoc, offset: number): Paragraph | undefined {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = ps[lo];
  return p && p.start <= offset && offset < p.end ? p : undefined;
}
