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
