// Hover cards: who a person is and what they said, who said a quotation. Markdown built from the analysis with
// every piece of article text escaped (`markdownText`); the only links are the jumps the caller makes.
import type { Analysis, Person, Quote, QuoteKind } from '../../engine';
import { formatDate, hasEnded, type DirectoryEntry, type RolesDate } from '../../directory';
import { count, markdownText as t, shorten } from './text';

export interface CardContext {
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
  /** A Markdown link, labelled `label`, that jumps to the span. */
  jump(label: string, start: number, end: number): string;
  /** The person's people-directory entry: null when a directory is read but the person is not in it;
   *  undefined (or no function) when there is no directory. */
  entryOf?(person: Person): DirectoryEntry | null | undefined;
  /** The date roles are judged at and where it comes from: the article's own date, or today (default: today,
   *  the system date). */
  rolesAt?: Pick<RolesDate, 'date' | 'source'> & { yearInferred?: boolean };
  /** A link that adds the person to the people directory (or updates their entry): given only where Copydesk
   *  may write the directory (not in Restricted Mode). */
  addLink?(person: Person, entry: DirectoryEntry | null | undefined): string;
}

export interface HoverCards {
  start: number;
  end: number;
  /** One Markdown string per card: the person first, then the quotation. */
  cards: string[];
}

/** How many of a person's quotations the card lists. */
export const QUOTES_ON_CARD = 3;

const inside = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset < s.end;

/** The cards for the word under the cursor: a person named or speaking there, a quotation there; or nothing. */
export function cardsAt(analysis: Analysis, offset: number, ctx: CardContext): HoverCards | undefined {
  const { quotes, people } = analysis;
  const quoteIndex = quotes.findIndex((q) => inside(offset, q) || (q.cue !== null && inside(offset, q.cue)));
  const spoken = quotes.findIndex((q) => q.speaker !== null && inside(offset, q.speaker));
  const speaker = spoken >= 0 ? quotes[spoken].speaker : null;

  let person: Person | undefined;
  let span: { start: number; end: number; text: string } | undefined;
  if (speaker?.personId) {
    person = people.find((p) => p.id === speaker.personId);
    span = speaker;
  }
  if (!person) {
    for (const p of people) {
      const m = p.mentions.find((x) => inside(offset, x));
      if (m) {
        person = p;
        span = m;
        break;
      }
    }
  }

  const cards: string[] = [];
  let range: { start: number; end: number } | undefined;
  if (person && span) {
    cards.push(personCard(analysis, person, ctx, span.text, ctx.entryOf?.(person)));
    range = span;
  }
  // A quotation's card: in it, on its cue, or on a speaker who is not a person (an organisation, a group).
  const q = quoteIndex >= 0 ? quoteIndex : !person && spoken >= 0 ? spoken : -1;
  if (q >= 0) {
    cards.push(quoteCard(analysis, q, ctx));
    range ??= quoteIndex >= 0 ? (inside(offset, quotes[q]) ? quotes[q] : quotes[q].cue!) : speaker!;
  }
  return range ? { start: range.start, end: range.end, cards } : undefined;
}

/** Name, role and age, other names, how often and where named, and the first few quotations. */
export function personCard(analysis: Analysis, person: Person, ctx: CardContext, asWritten?: string, entry?: DirectoryEntry | null): string {
  const out = personFacts(analysis, person, ctx, asWritten);
  if (entry) out.push(directorySection(person, entry, ctx.rolesAt ?? { date: new Date().toISOString().slice(0, 10), source: 'today' }));
  else if (entry === null) out.push('*Not in the people directory.*');
  if (ctx.addLink) out.push(ctx.addLink(person, entry));
  return out.join('\n\n');
}

/** The label of the card's Add to People Directory link. */
export function addLinkLabel(entry: DirectoryEntry | null | undefined): string {
  return entry ? 'Update in People Directory' : 'Add to People Directory';
}

/** The card's link that runs `command` with `{ uri, name }` (the article and the person's name in it). The
 *  arguments are percent-encoded all through, brackets and quotes included, so no name can end the link early. */
export function addLink(command: string, uri: string, person: Person, entry: DirectoryEntry | null | undefined): string {
  const args = encodeURIComponent(JSON.stringify([{ uri, name: person.name }])).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${t(addLinkLabel(entry))}](command:${command}?${args})`;
}

/** CardContext.rolesAt from src/directory's rolesDate. */
export function rolesAtOf({ date, source, found }: RolesDate): NonNullable<CardContext['rolesAt']> {
  return { date, source, yearInferred: found?.yearInferred ?? false };
}

/** "as of the article's date, 13 September 2023", "as of today, 28 November 2026". */
export function rolesAtText(at: NonNullable<CardContext['rolesAt']>): string {
  const day = formatDate(at.date);
  if (at.source === 'article') return `as of the article's date, ${day}${at.yearInferred ? ' (its dateline gives no year: this year assumed)' : ''}`;
  if (at.source === 'today') return `as of today, ${day}`;
  return `as of ${day}`;
}

/** Each fact with where it comes from: what this article says beside what the directory says, and the date
 *  the directory entry was last checked. */
export function directorySection(person: Person, entry: DirectoryEntry, rolesAt: NonNullable<CardContext['rolesAt']>): string {
  const today = rolesAt.date;
  const rows: string[] = [];
  const article = '*this article*';
  const directory = '*directory*';
  rows.push(`- Name: ${t(person.name)} — ${article}${entry.name !== person.name ? `; house style “${t(entry.name)}” — ${directory}` : `; house style — ${directory}`}`);
  if (person.role) rows.push(`- Role: ${t(person.role)} — ${article}`);
  if (person.age !== null) rows.push(`- Age: ${person.age} — ${article}`);
  for (const role of entry.roles) {
    const ended = hasEnded(role.to, today);
    const when = role.from && role.to ? `${formatDate(role.from)} – ${formatDate(role.to)}` : role.to ? `until ${formatDate(role.to)}` : role.from ? `since ${formatDate(role.from)}` : '';
    rows.push(`- Role: ${t(role.title)}${when ? ` (${when})` : ''}${ended ? ' — **ended**' : ''} — ${directory}`);
  }
  if (entry.roles.some((r) => r.from || r.to)) rows.push(`- Roles ${t(rolesAtText(rolesAt))}`);
  if (entry.description) rows.push(`- ${t(entry.description)} — ${directory}`);
  if (entry.notes) rows.push(`- Notes: ${t(entry.notes)} — ${directory}`);
  const checked = entry.lastChecked ? `last checked ${formatDate(entry.lastChecked)}` : 'no last-checked date';
  return `**People directory** (${checked}):\n\n${rows.join('\n')}`;
}

function personFacts(analysis: Analysis, person: Person, ctx: CardContext, asWritten?: string): string[] {
  const out: string[] = [];
  const facts = [person.role, person.age !== null ? `${person.age}` : null].filter((x): x is string => !!x);
  out.push(`**${t(person.name)}**${facts.length ? ` — ${facts.map(t).join(', ')}` : ''}`);
  const named = [person.name, ...person.aliases];
  if (asWritten && !named.includes(asWritten)) out.push(`Here as “${t(asWritten)}”.`);
  if (person.aliases.length) out.push(`Also named: ${person.aliases.map(t).join(' · ')}`);

  const first = person.mentions.length ? [...person.mentions].sort((a, b) => a.start - b.start)[0] : undefined;
  if (first) {
    const line = ctx.lineOf(first.start);
    out.push(`Named ${count(person.mentions.length, 'time')}, first on ${ctx.jump(`line ${line}`, first.start, first.end)}.`);
  }

  const theirs = quotesOf(analysis, person);
  if (!theirs.length) out.push('Not quoted.');
  else {
    const shown = theirs.slice(0, QUOTES_ON_CARD).map((q) => `- ${t(shorten(q.text, 120))} ${ctx.jump(`line ${ctx.lineOf(q.start)}`, q.start, q.end)}`);
    const more = theirs.length > QUOTES_ON_CARD ? `\n- and ${theirs.length - QUOTES_ON_CARD} more` : '';
    out.push(`Quoted ${count(theirs.length, 'time')}:\n\n${shown.join('\n')}${more}`);
  }
  return out;
}

/** Every quotation attributed to the person, in text order. */
export function quotesOf(analysis: Analysis, person: Person): Quote[] {
  const indices = new Set(person.quotes);
  analysis.quotes.forEach((q, i) => {
    if (q.speaker?.personId === person.id) indices.add(i);
  });
  return [...indices]
    .map((i) => analysis.quotes[i])
    .filter((q): q is Quote => q !== undefined)
    .sort((a, b) => a.start - b.start);
}

const KIND_LABEL: Record<QuoteKind, string> = {
  speech: 'Speech',
  partial: 'Partial quotation',
  scare: 'Scare quote',
  title: 'Title',
};

const KIND_NOTE: Record<QuoteKind, string> = {
  speech: 'someone’s words',
  partial: 'a few words quoted inside the writer’s sentence',
  scare: 'a term held at arm’s length',
  title: 'the name of a work or programme',
};

const SPEAKER_TYPE: Record<string, string> = { organisation: 'organisation', group: 'unnamed group' };

/** Who said it (as written, and who that is), the cue, the kind, where. */
export function quoteCard(analysis: Analysis, index: number, ctx: CardContext): string {
  const q = analysis.quotes[index];
  const out: string[] = [];
  const line = ctx.jump(`line ${ctx.lineOf(q.start)}`, q.start, q.end);
  out.push(`**${KIND_LABEL[q.kind]}** (${KIND_NOTE[q.kind]}), ${line}`);
  if (q.speaker) {
    const s = q.speaker;
    const person = s.personId ? analysis.people.find((p) => p.id === s.personId) : undefined;
    const what = [SPEAKER_TYPE[s.type], person?.role].filter((x): x is string => !!x).map(t);
    const asWritten = s.text !== s.name ? ` — written “${t(s.text)}”` : '';
    out.push(`Said by **${t(s.name)}**${what.length ? ` (${what.join(', ')})` : ''}${asWritten}`);
  } else if (q.kind === 'speech') {
    out.push('No speaker found: say who said it.');
  }
  if (q.cue) out.push(`Cue: “${t(q.cue.text)}”`);
  out.push(t(shorten(q.text, 300)));
  return out.join('\n\n');
}
