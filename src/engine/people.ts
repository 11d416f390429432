// People named in the article (in progress).
import type { ArticleDoc } from './document';
import type { QuoteSpan } from './quotes';
import type { Person, TextSpan } from './types';

export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

/** A capitalised name in the text, classified, and (for people) tied to the person it names. */
export interface NameMention extends TextSpan {
  kind: EntityKind;
  personId: string | null;
}

export interface PeopleResult {
  people: Person[];
  /** Every classified name, in text order. */
  names: NameMention[];
}

export function findPeople(_doc: ArticleDoc, _quotes: QuoteSpan[]): PeopleResult {
  return { people: [], names: [] };
}
