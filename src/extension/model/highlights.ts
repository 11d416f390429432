// What lights up when the cursor rests somewhere in an article: plain data, no editor types.
import type { Analysis, Person, Quote } from '../../engine';

/** text: the quotation itself; source: who said it or the person named; cue: the attribution verb. */
export type HighlightRole = 'text' | 'source' | 'cue';

export interface Highlight {
  start: number;
  end: number;
  role: HighlightRole;
}

const inside = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

/**
 * - In a quotation (marks included) or on its cue: the quotation, its speaker and its cue.
 * - On a speaker or a person's mention: every mention of that person, every speaker span that stands for them
 *   ("he", "the minister") and every quotation of theirs. Organisations and groups, which are not people,
 *   are matched by the speaker's name.
 */
export function highlightsAt(analysis: Analysis, offset: number): Highlight[] {
  const quotes = analysis.quotes;
  const hit = quotes.findIndex((q) => inside(offset, q) || (q.cue !== null && inside(offset, q.cue)));
  if (hit >= 0) return dedupe(quoteWithAttribution(quotes[hit]));

  const speakerHit = quotes.find((q) => q.speaker !== null && inside(offset, q.speaker));
  const person =
    (speakerHit?.speaker?.personId && analysis.people.find((p) => p.id === speakerHit.speaker!.personId)) ||
    analysis.people.find((p) => p.mentions.some((m) => inside(offset, m)));
  if (person) return dedupe(everythingOf(analysis, person));
  if (speakerHit?.speaker) {
    const name = speakerHit.speaker.name;
    const theirs = quotes.filter((q) => q.speaker !== null && q.speaker.personId === null && q.speaker.name === name);
    return dedupe(theirs.flatMap((q) => quoteWithAttribution(q).filter((h) => h.role !== 'cue')));
  }
  return [];
}

function quoteWithAttribution(q: Quote): Highlight[] {
  const out: Highlight[] = [{ start: q.start, end: q.end, role: 'text' }];
  if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, role: 'source' });
  if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, role: 'cue' });
  return out;
}

function everythingOf(analysis: Analysis, person: Person): Highlight[] {
  const out: Highlight[] = person.mentions.map((m) => ({ start: m.start, end: m.end, role: 'source' as const }));
  const quoteIndices = new Set(person.quotes);
  analysis.quotes.forEach((q, i) => {
    if (q.speaker?.personId === person.id) quoteIndices.add(i);
  });
  for (const i of quoteIndices) {
    const q = analysis.quotes[i];
    if (!q) continue;
    out.push({ start: q.start, end: q.end, role: 'text' });
    if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, role: 'source' });
  }
  return out;
}

function dedupe(list: Highlight[]): Highlight[] {
  const seen = new Set<string>();
  return list
    .filter((h) => h.end > h.start)
    .filter((h) => {
      const key = `${h.start}:${h.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
