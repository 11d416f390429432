// Which directory entry each person of an article is, and how each of their mentions compares with the house
// style. The engine has already grouped the mentions ("Mr Kim", "Kim", "Kim Jong Un" are one person), so a
// person is matched by the names the article uses for them, and every mention follows.
import type { Analysis, Person, Span } from '../engine/types';
import { formsOf, houseSpelling, nameKey, type Form } from './names';
import type { DirectoryEntry, MatchedBy, MentionMatch, PeopleDirectory, PersonMatch } from './types';

interface Index {
  /** Folded name → entries with that name, alias or spelling, and how. */
  byKey: Map<string, Map<number, MatchedBy>>;
  /** Folded first or last word of a name or spelling → entries, for a person the article names only by surname. */
  byWord: Map<string, Set<number>>;
  forms: Form[][];
}

const indexes = new WeakMap<PeopleDirectory, Index>();

/** The directory's names, indexed once per directory object. */
function indexOf(directory: PeopleDirectory): Index {
  let index = indexes.get(directory);
  if (index) return index;
  index = { byKey: new Map(), byWord: new Map(), forms: [] };
  const rank: Record<MatchedBy, number> = { name: 0, alias: 1, spelling: 2, surname: 3 };
  directory.entries.forEach((e, i) => {
    index!.forms.push(formsOf(e.name, e.aliases, e.spellings));
    const add = (text: string, how: MatchedBy) => {
      const key = nameKey(text);
      if (!key) return;
      const hits = index!.byKey.get(key) ?? new Map<number, MatchedBy>();
      const had = hits.get(i);
      if (had === undefined || rank[how] < rank[had]) hits.set(i, how);
      index!.byKey.set(key, hits);
    };
    add(e.name, 'name');
    e.aliases.forEach((a) => add(a, 'alias'));
    for (const f of index!.forms[i]) if (!f.accepted) add(f.text, 'spelling');
    // The house name and the spellings (a one-word spelling as the full name it stands for).
    for (const text of [e.name, ...index!.forms[i].filter((f) => !f.accepted).map((f) => f.text)]) {
      const words = nameKey(text).split(' ');
      if (words.length < 2) continue;
      for (const w of [words[0], words[words.length - 1]]) index!.byWord.set(w, (index!.byWord.get(w) ?? new Set()).add(i));
    }
  });
  indexes.set(directory, index);
  return index;
}

/** The entry a person is, by the names the article gives them (see `matchPeople`). */
function matchPerson(person: Person, index: Index): { entry: number | null; how: MatchedBy | null; candidates: number[] } {
  const none = { entry: null, how: null, candidates: [] };
  const names = [person.name, ...person.aliases.filter((a) => a !== person.name)];
  const full = names.filter((n) => nameKey(n).includes(' '));
  // The article's fullest name first, then its other full names, then any single name listed as an alias.
  for (const n of [person.name, ...full, ...names]) {
    const hits = index.byKey.get(nameKey(n));
    if (!hits) continue;
    if (nameKey(n).includes(' ') || [...hits.values()].some((h) => h !== 'spelling')) {
      const ids = [...hits.keys()];
      if (ids.length === 1) return { entry: ids[0], how: hits.get(ids[0])!, candidates: [] };
      return { ...none, candidates: ids };
    }
  }
  // Named only by surname (or "Mr Shoigu"): the one entry with that first or last word, if only one has it.
  if (!full.length) {
    for (const n of names) {
      const word = nameKey(n);
      const hits = word && !word.includes(' ') ? index.byWord.get(word) : undefined;
      if (!hits) continue;
      const ids = [...hits];
      if (ids.length === 1) return { entry: ids[0], how: 'surname', candidates: [] };
      return { ...none, candidates: ids };
    }
  }
  return none;
}

/** Quotation spans, asked whether a mention lies inside one. Every kind counts: speech, partial and scare quotes
 *  are someone else's words, a title is a work's name as published. */
export class QuoteSpans {
  private readonly spans: Span[];
  /** The furthest end among spans[0..i], so a look-back can stop early however many quotes there are. */
  private readonly reach: number[];

  constructor(quotes: readonly Span[]) {
    this.spans = quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
    let far = -1;
    this.reach = this.spans.map((s) => (far = Math.max(far, s.end)));
  }

  contains(span: Span): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.spans[mid].start <= span.start) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i >= 0 && this.reach[i] >= span.end; i--) {
      if (this.spans[i].start <= span.start && span.end <= this.spans[i].end) return true;
    }
    return false;
  }
}

/**
 * One match per person of the analysis, in its order: the directory entry (by the article's full name, its
 * other full names, an alias, a listed spelling — case, accents, hyphens and dots ignored — or, for a person
 * named only by surname, the one entry with that surname), and each mention's house spelling.
 */
export function matchPeople(analysis: Analysis, directory: PeopleDirectory): PersonMatch[] {
  const index = indexOf(directory);
  const quotes = new QuoteSpans(analysis.quotes);
  return analysis.people.map((person) => {
    const m = matchPerson(person, index);
    const entry: DirectoryEntry | null = m.entry === null ? null : directory.entries[m.entry];
    const mentions: MentionMatch[] =
      m.entry === null
        ? []
        : person.mentions.map((x) => {
            const house = houseSpelling(x.text, index.forms[m.entry!]);
            return { start: x.start, end: x.end, text: x.text, quoted: quotes.contains(x), houseText: house.lined && house.text !== x.text ? house.text : null };
          });
    return {
      personId: person.id,
      entryId: entry?.id ?? null,
      matchedBy: m.how,
      candidates: m.candidates.map((i) => directory.entries[i].id),
      mentions,
    };
  });
}

/** The entry of a directory with that id. */
export function entryById(directory: PeopleDirectory, id: string | null): DirectoryEntry | null {
  return id === null ? null : (directory.entries.find((e) => e.id === id) ?? null);
}

/** For a name typed or selected anywhere (a hover on a word the engine did not take for a person): the
 *  entry it names, by full name, alias or spelling. */
export function findEntry(directory: PeopleDirectory, name: string): DirectoryEntry | null {
  const hits = indexOf(directory).byKey.get(nameKey(name));
  if (!hits || hits.size !== 1) return null;
  return directory.entries[[...hits.keys()][0]];
}
