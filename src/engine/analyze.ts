// analyze(text): the whole analysis of one article, as plain data. An ArticleSession analyses successive
// versions of the same article and reuses what did not change (see cache.ts); analyze() is a session used once,
// so both give the same answer by construction.
import type { Analysis, Person } from './types';
import type { PersonInfo } from './people';
import { ParagraphCache, type Work } from './cache';
import { buildDocument } from './document';
import { scanQuotes } from './quotes';
import { findPeople } from './people';
import { attributeQuotes } from './attribution';
import { findClaims } from './claims';
import { findDebris } from './debris';

export function analyze(text: string): Analysis {
  return new ArticleSession().analyze(text);
}

export class ArticleSession {
  private readonly cache = new ParagraphCache();

  /** What the last analysis computed rather than reused: counted, so that tests can check an edit costs work in
   *  proportion to what it touched. */
  get lastWork(): Work {
    return { ...this.cache.work };
  }

  analyze(text: string): Analysis {
    this.cache.begin();
    try {
      return run(text, this.cache);
    } finally {
      this.cache.end();
    }
  }
}

function run(text: string, cache: ParagraphCache): Analysis {
  const doc = buildDocument(text, cache);
  const scan = scanQuotes(text, doc.paragraphs);
  const debris = findDebris(doc);
  const found = findPeople(doc, scan.quotes);
  const { quotes, problems: quoteProblems } = attributeQuotes(doc, scan.quotes, found);
  const quotesOf = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const id = q.speaker?.personId;
    if (!id) return;
    const list = quotesOf.get(id);
    if (list) list.push(i);
    else quotesOf.set(id, [i]);
  });
  const people = found.people.map((p) => publicPerson(p, quotesOf.get(p.id) ?? []));
  const claims = findClaims(doc, quotes, people);
  const problems = [...scan.problems, ...quoteProblems, ...debris].sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, people, claims, problems };
}

/** The person as the analysis reports them: internal matching aids dropped, their quotes listed. */
function publicPerson(p: PersonInfo, quotes: number[]): Person {
  return { id: p.id, name: p.name, aliases: p.aliases, role: p.role, age: p.age, mentions: p.mentions, quotes };
}
