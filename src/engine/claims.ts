// Claims a copy editor should verify before publication.
import type { ArticleDoc } from './document';
import type { Claim, Person, Quote } from './types';

export function findClaims(_doc: ArticleDoc, _quotes: Quote[], _people: Person[]): Claim[] {
  return [];
}
