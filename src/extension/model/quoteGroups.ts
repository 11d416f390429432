// Quotations grouped by who said them, in order of first appearance: for the Quotes view and List Quotes.
import type { Analysis, Quote } from '../../engine';

export interface QuoteGroup {
  /** Stable within one analysis: the speaker's name, or one of the two groups without a speaker. */
  id: string;
  label: string;
  /** person, organisation, group; 'none' for the quotations with no speaker. */
  type: 'person' | 'organisation' | 'group' | 'none';
  quotes: { quote: Quote; index: number }[];
}

export const NO_SPEAKER = 'No speaker found';
export const NOT_ATTRIBUTED = 'Scare quotes, titles and other words not attributed';

export function quoteGroups(analysis: Analysis): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  analysis.quotes.forEach((quote, index) => {
    let id: string;
    let label: string;
    let type: QuoteGroup['type'];
    if (quote.speaker) {
      id = `speaker:${quote.speaker.personId ?? quote.speaker.name}`;
      const person = quote.speaker.personId ? analysis.people.find((p) => p.id === quote.speaker!.personId) : undefined;
      label = person?.name ?? quote.speaker.name;
      type = quote.speaker.type;
    } else if (quote.kind === 'speech') {
      [id, label, type] = ['none:speech', NO_SPEAKER, 'none'];
    } else {
      [id, label, type] = ['none:other', NOT_ATTRIBUTED, 'none'];
    }
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, label, type, quotes: [] }));
    g.quotes.push({ quote, index });
  });
  // Speakers first, in order of their first quotation; then speech with no speaker; then the rest.
  const rank = (g: QuoteGroup) => (g.id === 'none:speech' ? 1 : g.id === 'none:other' ? 2 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.quotes[0].quote.start - b.quotes[0].quote.start);
}
