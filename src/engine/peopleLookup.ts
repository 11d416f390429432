// Look-ups that attribution makes for every quotation, answered from indexes rather than by scanning every
// sentence, name or person: a scan per quotation is quadratic in a long document (a transcript, a report naming
// thousands of people). Each gives exactly the answer of the scan it replaces.
import type { NameMention, PersonInfo } from './people';
import type { Span } from './types';

/** The span of `spans` (in text order, not overlapping) that holds `offset`: spans.find(s => s.start <= offset && offset < s.end). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s && offset < s.end ? s : undefined;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `offset`. */
export function firstStartingAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offices whose holder the copy calls "the judge". */
const JUDGES = /^(?:justice|recorder|magistrate)$/;

/** The people of one analysis, indexed on first use. */
export class PeopleLookup {
  private byWord?: Map<string, number>;
  private byName?: Map<string, number>;
  private byRole = new Map<string, { start: number; person: number }[]>();
  private byRoleWord?: Map<string, PersonInfo[]>;
  private lists?: Map<string | null, NameMention[]>;
  private main = new Map<'m' | 'f', PersonInfo | null>();

  /** `quoted`: the top-level quotations, in text order. A name inside one is no antecedent for the writer's "he" or
   *  "the company" outside it (“They see a Vikram Rao behind every tree,” he added). */
  constructor(
    private readonly people: readonly PersonInfo[],
    private readonly names: readonly NameMention[] = [],
    private readonly quoted: readonly Span[] = [],
  ) {}

  /** The last top-level quotation ending at or before `offset` (they are in text order and never overlap: the last
   *  starting before it, unless that one is still open there). */
  quotationBefore(offset: number): Span | undefined {
    const k = firstStartingAt(this.quoted, offset) - 1;
    return this.quoted[k]?.end > offset ? this.quoted[k - 1] : this.quoted[k];
  }

  /** The person the article is about, for a pronoun of gender `g`: of the people that gender fits, the one named
   *  most, at least twice as often as the next. Worked out once per analysis and gender. */
  mainPerson(g: 'm' | 'f'): PersonInfo | null {
    if (!this.main.has(g)) {
      const ranked = this.people.filter((p) => p.gender === g || p.gender === null).sort((x, y) => y.mentions.length - x.mentions.length);
      this.main.set(g, ranked[0] && ranked[0].mentions.length >= 2 * (ranked[1]?.mentions.length ?? 0) ? ranked[0] : null);
    }
    return this.main.get(g)!;
  }

  /** In text order, the names of organisations ('organisation'), or of people whose gender is 'm', 'f' or not
   *  known (null): what scanning every name for one of these kinds finds, without the names of other kinds. */
  namesOf(kind: 'organisation' | 'm' | 'f' | null): NameMention[] {
    if (!this.lists) {
      const lists = new Map<string | null, NameMention[]>([['organisation', []], ['m', []], ['f', []], [null, []]]);
      const byId = new Map(this.people.map((p) => [p.id, p]));
      let q = 0;
      for (const n of this.names) {
        // Both lists are in text order: walk the quotations along with the names.
        while (q < this.quoted.length && this.quoted[q].end <= n.start) q++;
        if (q < this.quoted.length && this.quoted[q].start < n.start && n.end <= this.quoted[q].end) continue;
        if (n.kind === 'organisation') lists.get('organisation')!.push(n);
        const person = n.personId ? byId.get(n.personId) : undefined;
        if (person) lists.get(person.gender)!.push(n);
      }
      this.lists = lists;
    }
    return this.lists.get(kind)!;
  }

  /** people.find(p => p.words.includes(word) || p.name.toLowerCase() === name): the first such person. */
  labelled(word: string, name: string): PersonInfo | undefined {
    if (!this.byWord || !this.byName) {
      this.byWord = new Map();
      this.byName = new Map();
      this.people.forEach((p, i) => {
        for (const w of p.words) if (!this.byWord!.has(w)) this.byWord!.set(w, i);
        const n = p.name.toLowerCase();
        if (!this.byName!.has(n)) this.byName!.set(n, i);
      });
    }
    const i = Math.min(this.byWord.get(word) ?? Infinity, this.byName.get(name) ?? Infinity);
    return this.people[i];
  }

  /** "The Sinn Fein TD said": the one person named before `before` whose role has every one of `words` (the
   *  description's capitalised modifiers, lower-cased) — "Sinn Fein health spokesperson David Cullinane". */
  affiliated(words: readonly string[], before: number): PersonInfo | undefined {
    if (!words.length) return undefined;
    if (!this.byRoleWord) {
      this.byRoleWord = new Map();
      for (const p of this.people) {
        for (const w of new Set(p.roleWords)) {
          const list = this.byRoleWord.get(w);
          if (list) list.push(p);
          else this.byRoleWord.set(w, [p]);
        }
      }
    }
    // The people holding the rarest of the words, then those with all of them: found by index, as a scan of every
    // person for every description was quadratic in a report naming thousands.
    const lists = words.map((w) => this.byRoleWord!.get(w) ?? []);
    const fewest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    let match: PersonInfo | undefined;
    for (const p of fewest) {
      if (p.mentions[0].start >= before || !words.every((w) => p.roleWords.includes(w))) continue;
      if (match) return undefined;
      match = p;
    }
    return match;
  }

  /** Of the people with `roleWord` among their role words, the one mentioned last before `before` (on a tie, the
   *  first of them): what filtering every person and sorting by their last mention gave. */
  latestWithRole(roleWord: string, before: number, ahead = 0): PersonInfo | undefined {
    let mentions = this.byRole.get(roleWord);
    if (!mentions) {
      mentions = [];
      this.people.forEach((p, i) => {
        // "the president" is not the vice president: a qualifier before the role word makes another office.
        // ("Mr Justice Humphreys", "Recorder Christopher Rose", "magistrate Michelle Ridley" are the judge: each
        // sits as one.)
        const k = roleWord === 'judge' && !p.roleWords.includes('judge') ? p.roleWords.findIndex((w) => JUDGES.test(w)) : p.roleWords.indexOf(roleWord);
        if (k >= 0 && !/^(?:vice|deputy|assistant|former|ex|acting|associate)$/.test(p.roleWords[k - 1] ?? '')) for (const m of p.mentions) mentions!.push({ start: m.start, person: i });
      });
      // By start; among mentions starting together, the earlier person last, so that it is the one picked.
      mentions.sort((a, b) => a.start - b.start || b.person - a.person);
      this.byRole.set(roleWord, mentions);
    }
    const lo = firstStartingAt(mentions, before);
    if (lo > 0) return this.people[mentions[lo - 1].person];
    // Nobody with that role named yet: the next one, if close ("“…,” FO spokesperson said. … FO spokesperson
    // Mumtaz Zehra Baloch said"). `ahead` characters at most.
    return mentions[lo] && mentions[lo].start - before <= ahead ? this.people[mentions[lo].person] : undefined;
  }
}
