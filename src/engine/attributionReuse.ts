// Attributions kept from the last analysis of a session, for quotations the edit did not reach. Attributing a
// quotation reads its paragraph and the four before it, text, names and quotations up to 1,500 characters either side
// (a role holder named just after, the words before a quote; names inside quotations are no antecedents) and the
// previous quote's speaker; beyond that, only the people found and the order in which they are named. So a quotation
// whose surroundings lie wholly in the text before or after what changed, with the same names and quotations there,
// in an analysis whose people are the same as the last one's and named in the same order, is attributed as it was
// then, moved by the edit's length. (The passes that join quotes and sign-offs run on every analysis.)
import { paragraphIndexAt, type ArticleDoc, type Paragraph, type TextEdit } from './document';
import type { NameMention, PeopleResult } from './people';
import type { QuoteSpan } from './quotes';
import { firstStartingAt } from './peopleLookup';
import type { Quote, QuoteKind, Span, TextSpan } from './types';
import type { CuePlace } from './attribution';

/** How far attribution reads past a quote, in characters (the farthest is 1,500: a role holder named after it). */
const REACH = 2000;
/** How many paragraphs before its own attribution reads (pronouns look three back; a continued speaker, two). */
const PARAGRAPHS_BACK = 4;

/** The previous quote as a quotation's attribution saw it: where it was, its speaker, and how many paragraphs back
 *  (counted up to 5: attribution compares that with at most 3). */
interface Previous {
  quote: Quote;
  paragraph: number;
}

/** One top-level quotation as the main pass attributed it (before the passes that join quotes), with what it read. */
interface Attributed {
  span: QuoteSpan;
  /** How many names of people come before the paragraphs it reads (see reach). */
  peopleNamedBefore: number;
  previous: { start: number; end: number; speaker: Quote['speaker']; gap: number } | null;
  kind: QuoteKind;
  speaker: Quote['speaker'];
  cue: TextSpan | null;
  place: CuePlace;
}

interface Kept {
  /** The text attributed, and what it found of people and names (see PeopleResult.signature). */
  text: string;
  signature: readonly unknown[];
  paragraphs: readonly Paragraph[];
  namesOf: readonly (NameMention[] | undefined)[];
  spansOf: readonly (QuoteSpan[] | undefined)[];
  /** By quotation start. */
  quotes: Map<number, Attributed>;
}

const KEPT = 'attribution';

export class AttributionReuse {
  private readonly last: Kept | undefined;
  private readonly now: Kept;
  /** For each k, how many of the first k names are names of people (made on first use). */
  private peopleNamed?: Int32Array;
  /** For each k, how many of the first k paragraphs have names or quotations other than the last analysis had there
   *  (made on first use). */
  private changed?: Int32Array;

  constructor(
    private readonly doc: ArticleDoc,
    private readonly people: PeopleResult,
    /** The names and the top-level quotations of each paragraph. */
    private readonly namesOf: readonly (NameMention[] | undefined)[],
    private readonly spansOf: readonly (QuoteSpan[] | undefined)[],
  ) {
    // No signature: a new object, equal to no other, so nothing is reused.
    const signature = people.signature ?? [{}];
    const last = doc.cache.documentResult<Kept>(KEPT);
    const edit = doc.edit;
    const same = !!last && !!edit && last.text === edit.from && last.signature.length === signature.length && last.signature.every((x, i) => x === signature[i]);
    this.last = same ? last : undefined;
    this.now = { text: doc.text, signature, paragraphs: doc.paragraphs, namesOf, spansOf, quotes: new Map() };
    doc.cache.keepDocumentResult(KEPT, this.now);
  }

  /** The top-level quotation `span` of paragraph `p` as attributed last time, if nothing it reads has changed. */
  take(span: QuoteSpan, p: number, previous: Previous | null): { quote: Quote; place: CuePlace } | null {
    const edit = this.doc.edit;
    const shift = edit && this.last ? this.shiftAround(span, p, edit) : undefined;
    if (shift === undefined) return null;
    const was = this.last!.quotes.get(span.start - shift);
    if (!was || !sameSpan(was.span, span, shift)) return null;
    const [from, to] = this.reach(span, p);
    if (was.peopleNamedBefore !== this.peopleNamedBefore(from) || this.changedIn(from, to, edit!)) return null;
    if (!samePrevious(was.previous, previous, p, edit!)) return null;
    const speaker = was.speaker && moved(was.speaker, toNew(was.speaker, edit!));
    const cue = was.cue && moved(was.cue, toNew(was.cue, edit!));
    if (speaker === undefined || cue === undefined) return null;
    const quote: Quote = { start: span.start, end: span.end, text: this.doc.text.slice(span.start, span.end), kind: was.kind, speaker, cue };
    return { quote, place: was.place };
  }

  /** Keeps what the main pass gave a top-level quotation (before later passes change it), for the next analysis. */
  keep(span: QuoteSpan, p: number, previous: Previous | null, quote: Quote, place: CuePlace): void {
    const before = previous && { start: previous.quote.start, end: previous.quote.end, speaker: previous.quote.speaker, gap: Math.min(p - previous.paragraph, 5) };
    const peopleNamedBefore = this.peopleNamedBefore(this.reach(span, p)[0]);
    this.now.quotes.set(span.start, { span, peopleNamedBefore, previous: before, kind: quote.kind, speaker: quote.speaker, cue: quote.cue, place });
  }

  /** The paragraphs whose names and quotations attributing `span` reads: four before its own, and those starting
   *  within REACH of its end. */
  private reach(span: QuoteSpan, p: number): [number, number] {
    const end = Math.max(span.end, this.doc.paragraphs[p].end) + REACH;
    return [Math.max(0, p - PARAGRAPHS_BACK), paragraphIndexAt(this.doc, end - 1)];
  }

  /** Do any of paragraphs from..to have names or quotations other than the last analysis had there (moved by the
   *  edit)? */
  private changedIn(from: number, to: number, edit: TextEdit): boolean {
    if (!this.changed) {
      const ps = this.doc.paragraphs;
      const counts = (this.changed = new Int32Array(ps.length + 1));
      ps.forEach((para, q) => (counts[q + 1] = counts[q] + (this.sameAt(para, edit) ? 0 : 1)));
    }
    return this.changed[to + 1] - this.changed[from] > 0;
  }

  /** Has the paragraph the names and quotations the last analysis found in it, where it was then? */
  private sameAt(para: Paragraph, edit: TextEdit): boolean {
    const last = this.last!;
    const by = toOld(para, edit);
    if (by === undefined) return false;
    const q = by === 0 ? para.index : para.index - (this.doc.paragraphs.length - last.paragraphs.length);
    if (last.paragraphs[q]?.start !== para.start - by) return false;
    return sameList(last.namesOf[q], this.namesOf[para.index], by, sameName) && sameList(last.spansOf[q], this.spansOf[para.index], by, sameSpan);
  }

  /** How many names of people come before paragraph `p`. */
  private peopleNamedBefore(p: number): number {
    const names = this.people.names;
    if (!this.peopleNamed) {
      const counts = (this.peopleNamed = new Int32Array(names.length + 1));
      names.forEach((n, k) => (counts[k + 1] = counts[k] + (n.personId ? 1 : 0)));
    }
    return this.peopleNamed[firstStartingAt(names, this.doc.paragraphs[p].start)];
  }



  /** How far the edit moved everything that attributing `span` reads: 0 when that all lies before the edit, the
   *  edit's length when it all lies after (with a character to spare, so that the line break before is the same). */
  private shiftAround(span: QuoteSpan, p: number, edit: TextEdit): number | undefined {
    const ps = this.doc.paragraphs;
    const to = Math.max(span.end, ps[p].end) + REACH;
    if (to <= edit.prefix) return 0;
    const from = Math.min(p >= PARAGRAPHS_BACK ? ps[p - PARAGRAPHS_BACK].start : -Infinity, span.start - REACH);
    const text = this.doc.text;
    return from > text.length - edit.suffix ? text.length - edit.from.length : undefined;
  }
}

/** Where a span of the last text is in this one, if it is in the text the edit did not touch. */
function toNew(s: Span, edit: TextEdit): number | undefined {
  if (s.end <= edit.prefix) return 0;
  return s.start >= edit.from.length - edit.suffix ? edit.text.length - edit.from.length : undefined;
}

/** Where a span of this text was in the last one, likewise. */
function toOld(s: Span, edit: TextEdit): number | undefined {
  if (s.end <= edit.prefix) return 0;
  return s.start >= edit.text.length - edit.suffix ? edit.text.length - edit.from.length : undefined;
}

/** The span moved by `by`, undefined when it cannot be placed. */
function moved<T extends Span>(s: T, by: number | undefined): T | undefined {
  return by === undefined ? undefined : by === 0 ? s : { ...s, start: s.start + by, end: s.end + by };
}

/** Are the lists (absent for none) the same, item by item, moved by `shift`? */
function sameList<T>(was: T[] | undefined, now: T[] | undefined, shift: number, same: (a: T, b: T, shift: number) => boolean): boolean {
  if (!was?.length || !now?.length) return !was?.length && !now?.length;
  return was.length === now.length && was.every((x, i) => same(x, now[i], shift));
}

/** The same name, moved by `shift` (its paragraph is the one whose list it is in). */
function sameName(was: NameMention, now: NameMention, shift: number): boolean {
  return was.start + shift === now.start && was.end + shift === now.end && was.first === now.first && was.last === now.last && was.kind === now.kind && was.personId === now.personId && was.text === now.text;
}

function sameSpan(was: QuoteSpan, now: QuoteSpan, shift: number): boolean {
  return (
    was.start + shift === now.start &&
    was.end + shift === now.end &&
    was.contentStart + shift === now.contentStart &&
    was.contentEnd + shift === now.contentEnd &&
    was.depth === now.depth &&
    was.closed === now.closed &&
    was.continued === now.continued
  );
}

/** Is the previous quote now the one it was, where it was, with the same speaker? */
function samePrevious(was: Attributed['previous'], now: Previous | null, p: number, edit: TextEdit): boolean {
  if (!was || !now) return !was && !now;
  const q = now.quote;
  const by = toOld(q, edit);
  if (by === undefined || q.start - by !== was.start || q.end - by !== was.end || Math.min(p - now.paragraph, 5) !== was.gap) return false;
  return sameSpeaker(was.speaker, q.speaker, edit);
}

function sameSpeaker(was: Quote['speaker'], now: Quote['speaker'], edit: TextEdit): boolean {
  if (!was || !now) return !was && !now;
  const by = toOld(now, edit);
  if (by === undefined || now.start - by !== was.start || now.end - by !== was.end) return false;
  const keys = Object.keys(now) as (keyof typeof now)[];
  return keys.length === Object.keys(was).length && keys.every((k) => k === 'start' || k === 'end' || now[k] === was[k]);
}
