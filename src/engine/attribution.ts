// Tying each quotation to its speaker and cue (in progress).
import type { ArticleDoc } from './document';
import type { PeopleResult } from './people';
import type { QuoteSpan } from './quotes';
import type { Problem, Quote } from './types';

export function attributeQuotes(doc: ArticleDoc, spans: QuoteSpan[], _people: PeopleResult): { quotes: Quote[]; problems: Problem[] } {
  return {
    quotes: spans.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), kind: 'speech', speaker: null, cue: null })),
    problems: [],
  };
}
