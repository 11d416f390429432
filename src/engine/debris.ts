// Lines pasted from a web page along with the article: related headlines, link labels, share buttons.
import type { ArticleDoc } from './document';
import type { Problem } from './types';

export function findDebris(_doc: ArticleDoc): Problem[] {
  return [];
}
