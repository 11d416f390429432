// analyze(text): the whole analysis of one article, as plain data.
import type { Analysis } from './types';
import { buildDocument } from './document';
import { scanQuotes } from './quotes';
import { findPeople } from './people';
import { attributeQuotes } from './attribution';
import { findClaims } from './claims';
import { findDebris } from './debris';

export function analyze(text: string): Analysis {
  const doc = buildDocument(text);
  const scan = scanQuotes(text, doc.paragraphs);
  const debris = findDebris(doc);
  const people = findPeople(doc, scan.quotes);
  const { quotes, problems: quoteProblems } = attributeQuotes(doc, scan.quotes, people);
  const claims = findClaims(doc, quotes, people.people);
  const problems = [...scan.problems, ...quoteProblems, ...debris].sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, people: people.people, claims, problems };
}
