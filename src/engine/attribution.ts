// Who said it: each quotation tied to its cue ("said", "told", "according to") and speaker, read from the words
// around it — after it (“…,” KCNA said / said Anatoly Antonov), before it (Mr Putin said: “…”), further back in
// the sentence for a partial quote, or carried over from the previous quote when a paragraph is quotation alone.
// Pronouns and descriptions ("he", "the spokeswoman", "the newspaper") resolve to the person or organisation meant.
import { paragraphIndexAt, type ArticleDoc, type Paragraph } from './document';
import type { NameMention, PeopleResult, PersonInfo } from './people';
import type { QuoteSpan } from './quotes';
import type { Token } from './text';
import type { Problem, Quote, QuoteKind, Speaker, SpeakerType, TextSpan } from './types';
import { CUE_LEMMAS, CUE_VERBS, GROUPS, ORG_NOUNS, PRONOUNS, hasTag, isPlaceWord, isRoleWord, roleGender, tagsOf } from './lexicon';
import { classifyQuote } from './quoteKind';
import { labelOf } from './debris';
import { isTitleCase } from './names';
import { PeopleLookup, firstStartingAt, spanAt } from './peopleLookup';

/** Where, relative to the quote, the attribution was found. */
export type CuePlace = 'after' | 'before' | 'sentence' | 'continued' | 'none';

export interface Attribution {
  speaker: Speaker | null;
  cue: TextSpan | null;
  place: CuePlace;
}

/** A token of a paragraph with its index, seen from outside the quotations. */
interface Ctx {
  doc: ArticleDoc;
  para: Paragraph;
  people: PeopleResult;
  /** Name mentions of this paragraph by the token index of their last word. */
  nameByLast: Map<number, NameMention>;
  /** Name mentions of this paragraph, in text order. */
  names: NameMention[];
  /** People indexed for the look-ups made for each quotation. */
  lookup: PeopleLookup;
  /** For each token, whether it lies inside a quotation. */
  quoted: boolean[];
  /** For each token, the index of its sentence in the paragraph. */
  sentenceOf: Int32Array;
  /** People by id. */
  byId: Map<string, PersonInfo>;
  /** For each token, whether it is a reporting verb here. */
  cue: boolean[];
}

const isCue = (ctx: Ctx, i: number) => ctx.cue[i] === true;

/** The subject pronoun of a word, contracted with its auxiliary or not: "he" for "he", "He’s", "he'd". */
function subjectPronoun(norm: string): string | null {
  const base = norm.replace(/'(?:s|re|ve|d|ll|m)$/, '');
  return /^(?:he|she|they|it|we|i)$/.test(base) ? base : null;
}

// Words between a subject and its reporting verb: "Russia on Thursday said", "he has said", "she later told".
const SKIP_BEFORE_CUE = new Set(['also', 'later', 'then', 'previously', 'again', 'further', 'recently', 'once', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'had', 'did', 'does', 'do', 'earlier', 'quickly', 'simply', 'repeatedly', 'publicly', 'privately', 'separately', 'reportedly', 'previously', 'subsequently', 'recently', 'angrily', 'proudly', 'flatly', 'firmly', 'bluntly', 'not', 'never', 'still', 'even', 'often']);
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|time)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other']);
// Verbs whose object is the person spoken to, never the speaker: "told The Huffington Post".
const ADDRESSEE_VERBS = /^(?:tell|told|tells|telling|ask|asked|asks|asking|inform|informed|informs|assure|assured|assures|remind|reminded|reminds|thank|thanked|thanks|urge|urged|urges|warn|warned|warns)$/;
const BARE_VERB_AFTER = /^(?:i|we|you|they|to|will|would|can|could|may|might|must|shall|should|do|does|did|not|never|also|often|always|people|officials|police|critics|experts|sources|analysts|residents|supporters|opponents)$/;
const TITLE_CUES = new Set(['named', 'titled', 'entitled', 'dubbed', 'headlined', 'nicknamed', 'christened', 'hashtag']);

const NONE: never[] = [];

export function attributeQuotes(doc: ArticleDoc, spans: QuoteSpan[], people: PeopleResult): { quotes: Quote[]; problems: Problem[] } {
  const byId = new Map(people.people.map((p) => [p.id, p]));
  const lookup = new PeopleLookup(people.people, people.names);
  // Names and top-level quotes by paragraph, gathered once.
  // Lists only for the paragraphs that have some: most have no quotation (fewer objects made per analysis).
  const namesOf: NameMention[][] = [];
  for (const n of people.names) if (n.paragraph < doc.paragraphs.length) (namesOf[n.paragraph] ??= []).push(n);
  const spansOf: QuoteSpan[][] = [];
  for (const s of spans) {
    if (s.depth !== 0) continue;
    for (let p = paragraphIndexAt(doc, s.start); p < doc.paragraphs.length && doc.paragraphs[p].start < s.end; p++) (spansOf[p] ??= []).push(s);
  }
  // Built only for paragraphs a quote needs (its own, and the one before for a continued speaker).
  const built: (Ctx | undefined)[] = [];
  const contextOf = (i: number) => (built[i] ??= context(doc, doc.paragraphs[i], spansOf[i] ?? NONE, namesOf[i] ?? NONE, people, byId, lookup));
  const quotes: Quote[] = [];
  const problems: Problem[] = [];
  const places = new Map<Quote, CuePlace>();
  const inner = new Set<Quote>();
  let previous: { quote: Quote; paragraph: number } | null = null;
  for (const span of spans) {
    const pIndex = paragraphIndexAt(doc, span.start);
    const ctx = contextOf(pIndex);
    const text = doc.text.slice(span.start, span.end);
    if (span.depth > 0 || !ctx) {
      const kind = classifyQuote(doc, span, null, false);
      // Speech quoted inside a quotation: its speaker is the subject of the verb before it, "I" being the outer speaker.
      const outer = span.depth > 0 && kind === 'speech' && ctx ? enclosing(quotes, span) : null;
      const att = outer ? innerAttribution(ctx!, span, outer) : null;
      const quote: Quote = { start: span.start, end: span.end, text, kind, speaker: att?.speaker ?? null, cue: att?.cue ?? null };
      quotes.push(quote);
      if (span.depth > 0) inner.add(quote);
      continue;
    }
    let att = attribute(ctx, span, previous?.quote ?? null);
    const titled = titleCue(ctx, span);
    const kind: QuoteKind = classifyQuote(doc, span, att, titled);
    if (kind === 'speech' && !att.speaker) {
      // A quotation opening its sentence with no cue of its own: the speaker of the sentence before
      // ("Heald noted the findings show … . “An air-quality cleanup …”"), else the previous quote's.
      const prior = priorSentence(pIndex > 0 ? contextOf(pIndex - 1) : null, ctx, span, previous?.quote ?? null);
      if (prior) att = prior;
      else if (previous && continues(doc, ctx, span, previous)) att = { speaker: previous.quote.speaker, cue: null, place: 'continued' };
    }
    const keep = kind === 'speech' || kind === 'partial';
    const quote: Quote = { start: span.start, end: span.end, text, kind, speaker: keep ? att.speaker : null, cue: keep ? att.cue : null };
    quotes.push(quote);
    places.set(quote, keep ? att.place : 'none');
    if (keep && quote.speaker) previous = { quote, paragraph: pIndex };
  }
  attributeForward(doc, quotes, places);
  attributeCoordinated(doc, quotes);
  for (const q of quotes) {
    // A quotation inside another is the outer speaker's report of someone's words: not flagged.
    if (q.kind === 'speech' && !q.speaker && !inner.has(q)) {
      problems.push({ start: q.start, end: q.end, code: 'unattributed-quote', message: 'Direct quotation with no speaker: say who said it.', severity: 'info' });
    }
  }
  return { quotes, problems };
}

/** “a human leech” and a “spoiled brat”, “false” or “pants on fire”: a term coordinated with a partial quotation
 *  just before it is the same speaker's words, not a term the writer holds at arm's length; one coordinated with a
 *  title is another name of the work. */
function attributeCoordinated(doc: ArticleDoc, quotes: Quote[]): void {
  let last: Quote | null = null;
  for (const q of quotes) {
    const joined = !!last && q.start >= last.end && /^\s*(?:,\s*(?:and|or)?|and|or)\s*(?:a|an|the)?\s*$/.test(doc.text.slice(last.end, q.start));
    // A partial quotation whose cue is before the one it is joined to shares that one's speaker: “arrogant”,
    // “inexperienced” and a “really bad politician” are all the words of whoever said the first.
    const sameList = joined && last!.kind === 'partial' && q.kind === 'partial' && !!last!.cue && !!q.cue && q.cue.start < last!.start && last!.cue.start !== q.cue.start;
    if (sameList) {
      q.speaker = last!.speaker;
      q.cue = last!.cue;
    } else if (joined && last!.kind === 'partial' && last!.speaker && q.kind === 'scare') {
      q.kind = 'partial';
      q.speaker = last!.speaker;
      q.cue = last!.cue;
    } else if (joined && last!.kind === 'title' && q.kind !== 'title') {
      // “Los Hijos de Trump,” or “Sons of Trump,”: another name of the same work.
      q.kind = 'title';
      q.speaker = null;
      q.cue = null;
    }
    if (q.start >= (last?.end ?? 0)) last = q;
  }
}

/** “Not only can he win.” “He may be the only one,” Viguerie notes. / “the ultimate crisis” and “a disgrace,” Dean
 *  said: a quotation with no cue of its own, followed at once (or after "and", "or" or a comma) by another that has
 *  one, is the same speaker's. Taken back to front, so a run of quotes shares the attribution after its last. */
function attributeForward(doc: ArticleDoc, quotes: Quote[], places: Map<Quote, CuePlace>): void {
  for (let k = quotes.length - 2; k >= 0; k--) {
    const q = quotes[k];
    // Only a quote left with no speaker: one continuing a speaker before it (“…,” he said. “…”) keeps that.
    if ((q.kind !== 'speech' && q.kind !== 'partial') || q.speaker) continue;
    let n = k + 1;
    while (n < quotes.length && quotes[n].start < q.end) n++;
    const next = quotes[n];
    if (!next?.speaker || (next.kind !== 'speech' && next.kind !== 'partial') || places.get(next) === 'continued' || places.get(next) === 'none') continue;
    if (!/^\s*(?:,|and|or)?\s*$/.test(doc.text.slice(q.end, next.start))) continue;
    q.speaker = next.speaker;
    q.cue = next.cue;
    places.set(q, places.get(next)!);
  }
}

function context(doc: ArticleDoc, para: Paragraph, inside: QuoteSpan[], names: NameMention[], people: PeopleResult, byId: Map<string, PersonInfo>, lookup: PeopleLookup): Ctx {
  const nameByLast = new Map<number, NameMention>();
  for (const n of names) nameByLast.set(n.last - 1, n);
  const quoted = quotedTokens(para, inside);
  const { sentenceOf, cue } = para.memo.get('attributionTokens', () => tokenFacts(para));
  return { doc, para, people, nameByLast, names, lookup, quoted, sentenceOf, byId, cue };
}

/** For each token of the paragraph, whether it lies inside one of the top-level quotations `inside` (sorted). That
 *  depends on the paragraph's text and where the quotations are relative to it, so the answer is kept per text for
 *  the last few placings of its quotations: an edit elsewhere leaves both as they were. */
function quotedTokens(para: Paragraph, inside: QuoteSpan[]): boolean[] {
  const key: number[] = [];
  for (const s of inside) key.push(s.start - para.start, s.end - para.start);
  const known = para.memo.get('quotedTokens', () => [] as { key: number[]; quoted: boolean[] }[]);
  for (const k of known) if (k.key.length === key.length && k.key.every((x, i) => x === key[i])) return k.quoted;
  // One sweep over tokens and quotes.
  const tokens = para.tokens;
  const quoted: boolean[] = new Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < inside.length && inside[q].end < t.end) q++;
    quoted[i] = q < inside.length && t.start >= inside[q].start && t.end <= inside[q].end;
  }
  if (known.length > 3) known.length = 0;
  known.push({ key, quoted });
  return quoted;
}

/** For each token of a paragraph, its sentence and whether it is a reporting verb: the paragraph's text alone
 *  decides both, so they are found once per text (offsets compared are all within the paragraph). */
function tokenFacts(para: Paragraph): { sentenceOf: Int32Array; cue: boolean[] } {
  const sentenceOf = new Int32Array(para.tokens.length);
  let s = 0;
  para.tokens.forEach((t, i) => {
    while (s < para.sentences.length - 1 && para.sentences[s].end <= t.start) s++;
    sentenceOf[i] = s;
  });
  const headline = isTitleCase(para.tokens);
  const cue = para.tokens.map((_, i) => isCueAt(para.tokens, i, headline));
  return { sentenceOf, cue };
}

/** Index of the first token at or after `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOT_BEFORE_VERB = new Set(['both', 'much', 'more', 'most', 'less', 'every', 'each', 'own', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'no', 'any', 'some', 'such', 'first', 'second', 'new', 'latest', 'recent']);

/** Is token `i` a reporting verb here? "States" in "the United States", "claims" in "those claims" are nouns. */
function isCueAt(t: Token[], i: number, headline: boolean): boolean {
  const tok = t[i];
  // "as one journalist put it": "put" reports words only with "it" after it.
  if (tok?.word && (tok.norm === 'put' || tok.norm === 'puts')) return t[i + 1]?.norm === 'it';
  // The spoken quotative "I was like, “…”", "she's like: “…”".
  if (tok?.word && tok.norm === 'like') return /^(?:was|were|is|am|are|'m|'s|'re)$/.test(t[i - 1]?.norm.replace(/^.*(?='[msr]e?$)/, '') ?? '') && /^[,:]$/.test(t[i + 1]?.text ?? '');
  if (!tok || !tok.word || !CUE_VERBS.has(tok.norm)) return false;
  // Mid-sentence capitals are names ("the United States"), except in a headline set in title case ("… Calls …").
  if (tok.cap && i > 0 && t[i - 1].word && !headline) return false;
  if (/ed$/.test(tok.norm) && participleOfObject(t, i)) return false;
  if (/(?:ed|id|ld|ote|aid|old)$/.test(tok.norm) && !hasTag(tok.norm, 'Noun', 'Singular', 'Plural')) return true;
  const prev = t[i - 1];
  if (prev && prev.word && (NOT_BEFORE_VERB.has(prev.norm) || prev.possessive)) return false;
  // "the three blasts", "two claims", "20 reports": after a number the word is a noun.
  if (prev && (/^\d/.test(prev.text) || /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many)$/.test(prev.norm))) return false;
  const next = t[i + 1];
  const nounToo = hasTag(tok.norm, 'Noun', 'Singular', 'Plural', 'Uncountable') || /s$/.test(tok.norm);
  // "the claims of", but "says of Clinton, “…”" and "spoke of" are verbs.
  if (next && next.word && next.norm === 'of' && nounToo && !/^(?:says|said|speaks|spoke|writes|wrote)$/.test(tok.norm)) return false;
  // "claim", "report", "praise" are nouns as often as verbs: as a verb they follow a subject — a name, a pronoun,
  // a group ("officials claim") — or an adverb, and do not follow an adjective or another noun ("asylum claim").
  // "the letter reads", "the Home Office letter reads": a described subject before an inflected verb (a bare
  // form after a noun is a compound: "a blog post").
  const inflected = /(?:s|ed)$/.test(tok.norm) || !/^[a-z]+$/.test(tok.norm) || ['said', 'told', 'wrote', 'read'].includes(tok.norm);
  let d = i - 2;
  while (d > i - 5 && d >= 0 && t[d].word && !DETERMINERS.has(t[d].norm) && (t[d].cap || isNounLike(t[d].norm))) d--;
  const described = inflected && d >= 0 && t[d]?.word && DETERMINERS.has(t[d].norm) && t[d].norm !== 'that';
  // After a capitalised modifier that a partitive "of" or (for a bare form) an article opens, the word is a noun:
  // "32% of Republican claims", "most of Democratic claims", "in a Facebook message".
  const partitive = /s$/.test(tok.norm) && t[d]?.norm === 'of' && !!t[d - 1] && (/^(?:\d.*|%|percent|per|most|many|some|all|none|half|share|number|majority|few|several)$/.test(t[d - 1].norm));
  if (prev?.cap && d >= 0 && d === i - 2 && t[d].word && (partitive || (!inflected && DETERMINERS.has(t[d].norm)))) return false;
  // A bare form ("say", "message", "text") is a verb after I/we/you/they, a plural or named subject, a modal, "to"
  // or "do"; after any other word it is a noun ("a text message", "the press release").
  if (!inflected && CUE_LEMMAS.has(tok.norm) && prev?.word && !prev.cap && !BARE_VERB_AFTER.test(prev.norm) && !/s$/.test(prev.norm) && !/ly$/.test(prev.norm)) return false;
  if (nounToo && prev && prev.word && !prev.cap && !PRONOUNS.has(prev.norm) && !GROUPS.has(prev.norm) && !/ly$/.test(prev.norm) && !SKIP_BEFORE_CUE.has(prev.norm) && !isRoleWord(prev.norm) && !described) return false;
  return true;
}
/** "In a Facebook message posted Friday": after a noun phrase that a preposition governs, an -ed form is a
 *  participle describing it, not a verb with that phrase as subject. */
function participleOfObject(t: Token[], i: number): boolean {
  let d = i - 1;
  while (d > i - 5 && d >= 0 && t[d].word && !DETERMINERS.has(t[d].norm) && (t[d].cap || isNounLike(t[d].norm))) d--;
  // Only an opening phrase ("In a message posted Friday, …", "…, in a box labeled …"): in "Protesters marching
  // through the streets chanted" the verb follows a phrase inside the subject.
  if (d >= i - 1 || d < 1 || t[i - 1].cap) return false;
  const opening = d - 2 < 0 || !t[d - 2].word;
  return opening && t[d].word && DETERMINERS.has(t[d].norm) && /^(?:in|on|at|of|for|from|with|to|into|through|via|after|before|under|during)$/.test(t[d - 1].norm);
}

/** A full stop that ends its sentence (not the one in "(D-Wis.)"), or a semicolon: only closing marks follow it
 *  before the sentence ends. */
function isStopIn(ctx: Ctx, i: number): boolean {
  const t = ctx.para.tokens;
  if (t[i].word) return false;
  if (t[i].text === ';') return true;
  if (!/^[.!?]$/.test(t[i].text)) return false;
  for (let k = i + 1; k < t.length && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k++) if (!/^["”’')\]]$/.test(t[k].text)) return false;
  return true;
}

/** The sentence of the paragraph that holds token `i`. */
function sentenceOfToken(ctx: Ctx, i: number): { start: number; end: number } {
  return ctx.para.sentences[ctx.sentenceOf[i]] ?? ctx.para;
}

function after(ctx: Ctx, span: QuoteSpan): number[] {
  const out: number[] = [];
  const t = ctx.para.tokens;
  const first = tokenAt(t, span.end);
  // The sentence the quote ends in: "… two years ago.” She continued" stops before "She". A quote ending in
  // a question or exclamation is followed by its attribution ("…?” Trump said"), split off or not.
  const closing = Math.min(tokenAt(t, span.end - 1), t.length - 1);
  const asks = /[?!…]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd));
  const limit = first < t.length && closing >= 0 ? sentenceOfToken(ctx, asks ? first : closing).end : 0;
  for (let i = first; i < t.length && out.length < 40 && t[i].start < limit; i++) {
    if (ctx.quoted[i]) break;
    if (isStopIn(ctx, i)) break;
    out.push(i);
  }
  return out;
}

function before(ctx: Ctx, span: QuoteSpan): number[] {
  const out: number[] = [];
  const t = ctx.para.tokens;
  const last = tokenAt(t, span.start) - 1;
  const floor = last >= 0 ? sentenceOfToken(ctx, last).start : 0;
  // Bounded in tokens looked at, not just kept: a paragraph of a thousand short quotes must stay linear.
  for (let i = last; i >= 0 && out.length < 60 && last - i < 200 && t[i].start >= floor; i--) {
    if (ctx.quoted[i]) {
      // Another quote of the same sentence ("“…,” he said, “…”") is skipped over; a closed sentence stops.
      if (/^["”’']$/.test(t[i].text) && /[.!?]$/.test(ctx.doc.text.slice(Math.max(0, t[i].start - 1), t[i].start))) break;
      continue;
    }
    if (isStopIn(ctx, i)) break;
    out.unshift(i);
  }
  return out;
}

function attribute(ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution {
  const t = ctx.para.tokens;
  const a = after(ctx, span);
  const b = before(ctx, span);
  // 0. A verb right before the quote (“he said, “…”", "X told reporters: “…”") wins over one further on,
  //    unless the quote is set off for an attribution that follows it (“…,” she said).
  const lastCue = [...b].reverse().find((i) => isCue(ctx, i));
  const closesForAttribution = /[,?!]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd));
  // "According to Trump, the media would call him a “chicken”": the sentence's source governs a verb inside it.
  const opensWithSource = b.some((i, n) => n + 1 < b.length && t[i].norm === 'according' && t[b[n + 1]].norm === 'to' && i < (lastCue ?? -1));
  if (lastCue !== undefined && b.length - 1 - b.indexOf(lastCue) <= 2 && !closesForAttribution && !opensWithSource) {
    const s = cueSubject(ctx, b, b.indexOf(lastCue), previous);
    if (s) return { speaker: s, cue: cueSpan(ctx, lastCue), place: 'before' };
  }
  // 1. Right after the quote: “…,” said X / “…,” X said / “…,” X, the ambassador, said / “…,” according to X.
  const acc = accordingTo(ctx, a, 0, 3);
  if (acc) return acc;
  // “…” ― Pamela Padilla: a dash and a name right after the quote sign it, whatever the sentence breaks.
  const dash = tokenAt(t, span.end);
  if (dash + 1 < t.length && /^[—―–-]$/.test(t[dash].text) && !ctx.quoted[dash + 1]) {
    const n = ctx.nameByLast.get(lastOfName(ctx, dash + 1));
    if (n && n.kind === 'person') return { speaker: nameSpeaker(ctx, n), cue: { start: t[dash].start, end: t[dash].end, text: t[dash].text }, place: 'after' };
  }
  // Transcripts: “PENCE: Well, …” names its speaker at the start.
  const label = /^\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s/.exec(ctx.doc.text.slice(span.contentStart, span.contentStart + 40));
  if (label) {
    const who = label[1].toLowerCase();
    const person = ctx.lookup.labelled(squashWord(who), who);
    const start = span.contentStart + label.index + label[0].indexOf(label[1]);
    const base = { start, end: start + label[1].length, text: label[1] };
    return { speaker: { ...base, name: person ? person.name : label[1], type: 'person', personId: person?.id ?? null }, cue: { start: base.end, end: base.end + 1, text: ':' }, place: 'after' };
  }
  if (a.length) {
    let k = 0;
    while (k < a.length && !t[a[k]].word) k++;
    const first = a[k];
    if (isCue(ctx, first) && k + 1 < a.length) {
      const s = speakerAfter(ctx, a[k + 1], previous);
      if (s) return { speaker: s, cue: cueSpan(ctx, first), place: 'after' };
    }
    const cueAt = a.findIndex((i, n) => n < 24 && isCue(ctx, i) && !/ing$/.test(t[i].norm));
    // "“…” in the 2008 primary, said Ohio State University professor Paul Beck": after a comma the verb comes
    // first and the speaker after it.
    if (cueAt > 0 && t[a[cueAt] - 1]?.text === ',' && cueAt + 1 < a.length && !ADDRESSEE_VERBS.test(t[a[cueAt]].norm)) {
      const s = speakerAfter(ctx, a[cueAt + 1], previous, 6);
      if (s) return { speaker: s, cue: cueSpan(ctx, a[cueAt]), place: 'after' };
    }
    // “…,” X said: the quote is set off by its own comma (or a dash). A quote inside the writer's sentence looks
    // to a verb before it first ("Flynn said Trump was “absolutely right” when he said …"); see step 3.
    const setOff = /[,!?…—–-]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd)) || /^[,—–]$/.test(t[a[0]].text);
    // "“…,” but he said that …", "“…,” when Clinton blasted him": a new clause after the quote has its own verb;
    // a reporting verb before the quote is the quote's.
    const newClause = t[a[0]].word ? /^(?:but|and|or|while|although|though|when|because|after|before|as|if|since|until|whereas)$/.test(t[a[0]].norm) : /^(?:but|and|or|while|although|though|when|because|after|before|as|if|since|until|whereas)$/.test(t[a[1]]?.norm ?? '');
    if (cueAt > 0 && (setOff || !b.some((i) => isCue(ctx, i))) && !(newClause && b.some((i) => isCue(ctx, i)))) {
      const s = speakerBefore(ctx, a[cueAt] - 1, a[0], previous);
      if (s) return { speaker: s, cue: cueSpan(ctx, a[cueAt]), place: setOff ? 'after' : 'sentence' };
    }
  }
  // “This is fantastic!” beamed Donald Hartley / “…,” Bennett shot back: a quotation closed by a comma, ? or ! and
  // followed at once by a name and a verb (or a verb and a name) is attributed by them, whatever the verb.
  const closing = /[,!?]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd));
  if (closing && a.length >= 2 && !b.some((i) => isCue(ctx, i))) {
    const s = mannerAttribution(ctx, a, previous);
    if (s) return { speaker: s.speaker, cue: cueSpan(ctx, s.verb), place: 'after' };
  }
  // “… that are missing.” Trump said. — a full stop where the comma belongs: a short sentence of a name (or he/she)
  // and a reporting verb right after the quote is its attribution.
  if (!a.length) {
    const s = splitOffAttribution(ctx, span, previous);
    if (s) return s;
  }
  // 2. Before the quote: X said: “…” / X told reporters that “…” / According to X, “…”
  // "Carl Bialik, of FiveThirtyEight: “…”": a name and a colon introduce the quote.
  if (b.length >= 2 && t[b[b.length - 1]].text === ':') {
    for (let n = b.length - 2; n >= Math.max(0, b.length - 9); n--) {
      const i = b[n];
      if (isCue(ctx, i)) break;
      const name = ctx.nameByLast.get(i);
      if (name && (name.kind === 'person' || name.kind === 'organisation') && (n === 0 || !t[b[0]].word || b.slice(0, n).every((k) => !isCue(ctx, k)))) {
        if (n === b.length - 2 || t[i + 1]?.text === ',') {
          const colon = t[b[b.length - 1]];
          return { speaker: nameSpeaker(ctx, name), cue: { start: colon.start, end: colon.end, text: ':' }, place: 'before' };
        }
      }
    }
  }
  // "Sanders made the following comment: “…”", "The president is rolling out a new message: “…”": a clause
  // with no reporting verb introduces the quote with a colon; its subject speaks.
  if (b.length >= 3 && t[b[b.length - 1]].text === ':' && !b.some((i) => isCue(ctx, i))) {
    const subject = openingSubject(ctx, b.slice(0, -1), previous, false);
    if (subject) return { speaker: subject.speaker, cue: cueSpan(ctx, b[b.length - 1]), place: 'before' };
  }
  const accB = accordingTo(ctx, b, 0, b.length);
  if (accB) return { ...accB, place: 'before' };
  // The verb right before the quote ("X said: “…”") wins; otherwise the main clause's verb, the nearest one not in a
  // subordinate clause: in "Trump said … that Clinton described the deal as “the gold standard”" Trump is the source,
  // in "X said …, but he said that …“…”" the second clause's "he".
  const cues = b.filter((i) => isCue(ctx, i));
  const last = cues[cues.length - 1];
  const order = last !== undefined && b.length - 1 - b.indexOf(last) <= 2 ? [last, ...cues.slice(0, -1)] : cues.filter((i) => !subordinate(ctx, b, i)).reverse().concat(cues.filter((i) => subordinate(ctx, b, i)).reverse());
  for (const i of order) {
    const n = b.indexOf(i);
    const s = cueSubject(ctx, b, n, previous);
    if (s) return { speaker: s, cue: cueSpan(ctx, i), place: n >= b.length - 4 ? 'before' : 'sentence' };
  }
  // 3. A speech act elsewhere in the sentence ("Mr Kim toasted to … “great Russia”, predicting …"): its subject,
  //    taken as the sentence's first person or organisation named outside the quotes.
  const around = [...b, ...a];
  const verb = around.find((i) => isCue(ctx, i) || (t[i].word && /ing$/.test(t[i].norm) && CUE_VERBS.has(t[i].norm)));
  if (verb !== undefined) {
      const s = firstNamed(ctx, isCue(ctx, verb) ? around.filter((i) => i < verb) : around);
    if (s) return { speaker: s, cue: cueSpan(ctx, verb), place: 'sentence' };
  }
  // "Donald Trump’s claim that there have been “thousands of shootings”": a named owner of words.
  const owner = ownerOfWords(ctx, b);
  if (owner) return { speaker: owner.speaker, cue: cueSpan(ctx, owner.noun), place: 'sentence' };
  // 4. A few words quoted inside a sentence with no speech verb ("Trump attacked “the hateful ideology …”",
  //    "Reid has gone after Trump as a “human leech”"): the sentence's subject, when it is named.
  // Lower-case words only: capitalised ones name a programme or a work ("appeared on the show “Morning Edition”").
  const content = ctx.doc.text.slice(span.contentStart, span.contentEnd).trim();
  if (/^\p{Ll}/u.test(content) && content.split(/\s+/).length >= 2 && b.length && t[b[b.length - 1]].word) {
    const subject = openingSubject(ctx, b, previous, false);
    if (subject) return { speaker: subject.speaker, cue: cueSpan(ctx, subject.verb), place: 'sentence' };
  }
  return { speaker: null, cue: null, place: 'none' };
}

// Nouns for what someone said: "Trump’s claim that …", "her description of …".
const WORDS_NOUNS = /^(?:claim|claims|statement|statements|words|remark|remarks|comment|comments|assertion|description|promise|pledge|warning|argument|suggestion|insistence|prediction|allegation|accusation|charge|view|phrase|slogan|catchphrase|vow|boast|complaint|denial|contention|message|question|answer|reply|response|call|demand|plea|tweet|tweets|post|speech|letter|memo|report|verdict|ruling)$/;

/** The person or organisation whose words the sentence names before the quotation — "NAME’s claim that …",
 *  "NAME’s words: …" — within the last dozen tokens before it. */
function ownerOfWords(ctx: Ctx, b: number[]): { speaker: Speaker; noun: number } | null {
  const t = ctx.para.tokens;
  for (let n = b.length - 1; n >= Math.max(1, b.length - 12); n--) {
    const i = b[n];
    // The words' content follows ("claim that …", "words: …"), not a verdict on them ("statement was “true”").
    if (!t[i].word || !WORDS_NOUNS.test(t[i].norm) || !/^(?:that|:)$/.test(t[i + 1]?.norm ?? '')) continue;
    const owner = t[i - 1];
    if (owner?.possessive) {
      const name = ctx.nameByLast.get(i - 1);
      if (name && (name.kind === 'person' || name.kind === 'organisation')) return { speaker: nameSpeaker(ctx, name), noun: i };
    }
  }
  return null;
}

/** "Trump said." as a sentence of its own right after a quotation ending in a full stop. */
function splitOffAttribution(ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution | null {
  const t = ctx.para.tokens;
  const first = tokenAt(t, span.end);
  if (first >= t.length || ctx.quoted[first] || !t[first].word) return null;
  // The sentence: up to its full stop, at most six tokens, nothing quoted.
  let stop = first;
  while (stop < t.length && stop - first < 7 && t[stop].word && !ctx.quoted[stop]) stop++;
  if (stop >= t.length || t[stop].text !== '.') return null;
  const subject = subjectAt(ctx, first, previous);
  if (!subject || subject.end + 1 >= stop || !isCue(ctx, subject.end + 1)) return null;
  // Only time words may follow the verb: "Trump said Tuesday."
  for (let k = subject.end + 2; k < stop; k++) if (!TIME_WORD.test(t[k].norm) && !/^(?:on|last|this|late|early|later|then)$/.test(t[k].norm)) return null;
  return { speaker: subject.speaker, cue: cueSpan(ctx, subject.end + 1), place: 'after' };
}

/** The speaker a possessive name describes: "Tom Jones’ manager, Gordon Mills" → Gordon Mills; "the mayor’s
 *  spokeswoman" with no name → the description. */
function possessedSpeaker(ctx: Ctx, owner: NameMention, j: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let head = j + 1;
  while (head + 1 < t.length && head - j < 3 && t[head + 1].word && !t[head + 1].cap && isNounLike(t[head + 1].norm)) head++;
  if (!t[head]?.word || t[head].cap) return nameSpeaker(ctx, owner);
  if (t[head + 1]?.text === ',') {
    const end = lastOfName(ctx, head + 2);
    const named = end >= 0 ? ctx.nameByLast.get(end) : undefined;
    if (named && named.kind === 'person' && tokenAt(t, named.start) === head + 2) return nameSpeaker(ctx, named);
  }
  const role = t[head].norm;
  const person = isRoleWord(role) ? ctx.lookup.latestWithRole(role, owner.start) : null;
  const span = { start: owner.start, end: t[head].end, text: ctx.doc.text.slice(owner.start, t[head].end) };
  if (person && previous?.speaker?.personId === person.id) return { ...span, name: person.name, type: 'person', personId: person.id };
  return { ...span, name: span.text, type: ORG_NOUNS.has(role) ? 'organisation' : 'person', personId: null };
}

// Offices held by one person at a time, so that "the German chancellor" can only be someone just named.
const SINGLE_OFFICES = /^(?:chancellor|president|premier|minister|leader|king|queen|pope|governor|mayor|ambassador|chairman|chairwoman|ceo|monarch|emperor|sheikh|emir)$/;

/** "Angela Merkel met Emmanuel Macron, the French president. The German chancellor said …": the only person named in
 *  the sentence before with no other role can be the office holder the description names; for a description that
 *  is no single office ("Leon Bailey scored. “…,” the Jamaica international said") that person must be its subject. */
function officeHolder(ctx: Ctx, head: string, before: number): PersonInfo | null {
  const single = SINGLE_OFFICES.test(head);
  const at = ctx.sentenceOf[tokenAt(ctx.para.tokens, before)] ?? 0;
  const prior = at > 0 ? ctx.para.sentences[at - 1] : ctx.para.index > 0 ? ctx.doc.paragraphs[ctx.para.index - 1] : null;
  if (!prior) return null;
  const candidates = new Set<PersonInfo>();
  const names = ctx.people.names;
  let subject: NameMention | null = null;
  // Only the sentence before: a person named in the description's own sentence is someone else.
  for (let k = firstStartingAt(names, prior.start); k < names.length && names[k].start < Math.min(before, prior.end); k++) {
    const n = names[k];
    const p = n.personId ? ctx.byId.get(n.personId) : undefined;
    const possessive = ctx.doc.paragraphs[n.paragraph]?.tokens[n.last - 1]?.possessive;
    if (!subject && !possessive && (n.kind === 'person' || n.kind === 'organisation')) subject = n;
    if (p && !possessive && (!p.role || p.roleWords.includes(head))) candidates.add(p);
    else if (p && !possessive) candidates.delete(p);
  }
  if (candidates.size !== 1) return null;
  const only = [...candidates][0];
  const g = roleGender(head);
  if (g && only.gender && g !== only.gender) return null;
  // Any other description ("the Jamaica international") is the subject of the sentence before, named alone there.
  return single || subject?.personId === only.id ? only : null;
}

/** The speech quotation (found so far) that holds `span`. */
function enclosing(quotes: Quote[], span: QuoteSpan): Quote | null {
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k];
    if (q.start <= span.start && q.end >= span.end && q.kind === 'speech') return q;
  }
  return null;
}

/** Who speaks a quotation inside another: "I said, ‘What are you doing?’" (I: the outer quote's speaker),
 *  "They'd say, ‘…’" (they), "Smith told me: ‘…’" (Smith). */
function innerAttribution(ctx: Ctx, span: QuoteSpan, outer: Quote): { speaker: Speaker | null; cue: TextSpan } | null {
  const t = ctx.para.tokens;
  let v = tokenAt(t, span.start) - 1;
  while (v >= 0 && !t[v].word) v--;
  if (v < 0 || !CUE_VERBS.has(t[v].norm)) return null;
  let s = v - 1;
  while (s >= 0 && t[s].word && (SKIP_BEFORE_CUE.has(t[s].norm) || isAdverb(t[s].norm))) s--;
  if (s < 0 || !t[s].word || t[s].start < outer.start) return { speaker: null, cue: cueSpan(ctx, v) };
  const pronoun = subjectPronoun(t[s].norm);
  // A contracted pronoun ("They’d") is spoken for by the pronoun alone.
  const length = pronoun ? pronoun.length : t[s].text.length;
  const base = { start: t[s].start, end: t[s].start + length, text: t[s].text.slice(0, length) };
  if (pronoun === 'i' || pronoun === 'we') return { speaker: outer.speaker ? { ...outer.speaker, ...base } : null, cue: cueSpan(ctx, v) };
  if (pronoun) return { speaker: { ...base, name: base.text, type: pronoun === 'they' ? 'group' : 'person', personId: null }, cue: cueSpan(ctx, v) };
  const name = ctx.nameByLast.get(s);
  return { speaker: name && name.kind !== 'other' ? nameSpeaker(ctx, name) : null, cue: cueSpan(ctx, v) };
}

/** "one" as a speaker: one of the group last named in this paragraph or the one before ("one of Hunt’s allies"). */
function oneOfGroup(ctx: Ctx, i: number): Speaker {
  const tok = ctx.para.tokens[i];
  const base = { start: tok.start, end: tok.end, text: tok.text, type: 'person' as SpeakerType, personId: null };
  const paragraphs = [ctx.para, ctx.doc.paragraphs[ctx.para.index - 1]].filter((p): p is Paragraph => !!p);
  for (const para of paragraphs) {
    const t = para.tokens;
    for (let k = (para === ctx.para ? i : t.length) - 1; k >= 0; k--) {
      if (!t[k].word || !GROUPS.has(t[k].norm)) continue;
      // The group with what qualifies it: "Hunt’s allies", "senior officials", "the protesters".
      let from = k;
      while (from > 0 && k - from < 3 && t[from - 1].word && !DETERMINERS.has(t[from - 1].norm) && (t[from - 1].possessive || t[from - 1].cap || hasTag(t[from - 1].norm, 'Adjective'))) from--;
      return { ...base, name: `one of ${ctx.doc.text.slice(t[from].start, t[k].end)}` };
    }
  }
  return { ...base, name: tok.text };
}

/** An adverb in -ly: by compromise's lexicon, or any -ly word it does not know as something else ("forcefully"). */
function isAdverb(norm: string): boolean {
  return /ly$/.test(norm) && (hasTag(norm, 'Adverb') || (norm.length > 5 && !hasTag(norm, 'Noun', 'Adjective', 'Verb', 'Singular', 'Plural')));
}

/** A verb in the past tense, by compromise's lexicon or its -ed ending ("beamed", "shot", "went"). */
function isPastVerb(tok: Token): boolean {
  return tok.word && !tok.cap && (hasTag(tok.norm, 'PastTense') || (/ed$/.test(tok.norm) && !hasTag(tok.norm, 'Noun', 'Adjective')));
}

/** A subject starting at token `i`: "he"/"she", "it"/"they" standing for an organisation, or a person or
 *  organisation named there — after up to `titled` capitalised title words ("President Obama"). `end`: its last token. */
function subjectAt(ctx: Ctx, i: number, previous: Quote | null, titled = 0): { speaker: Speaker; end: number } | null {
  const t = ctx.para.tokens;
  const pronoun = subjectPronoun(t[i].norm);
  if (pronoun === 'he' || pronoun === 'she') {
    const speaker = pronounSpeaker(ctx, i, previous);
    return speaker ? { speaker, end: i } : null;
  }
  if (pronoun === 'it' || pronoun === 'they') {
    const speaker = pronounSpeaker(ctx, i, previous);
    return speaker && speaker.type === 'organisation' ? { speaker, end: i } : null;
  }
  for (let j = i; j < i + 8 && j < t.length; j++) {
    const name = ctx.nameByLast.get(j);
    if (name && (name.kind === 'person' || name.kind === 'organisation') && tokenAt(t, name.start) <= i + titled) return { speaker: nameSpeaker(ctx, name), end: j };
    if (!t[j].word || !t[j].cap) break;
  }
  return null;
}

/** "Bennett shot back", "beamed Donald Hartley", "he went on" right after a quotation: the speaker and the verb. */
function mannerAttribution(ctx: Ctx, a: number[], previous: Quote | null): { speaker: Speaker; verb: number } | null {
  const t = ctx.para.tokens;
  const first = a[0];
  if (!t[first].word) return null;
  if (isPastVerb(t[first])) {
    // Inverted: a name must start right after the verb.
    const end = lastOfName(ctx, first + 1);
    const name = end >= 0 ? ctx.nameByLast.get(end) : undefined;
    return name && name.kind === 'person' && a.includes(end) ? { speaker: nameSpeaker(ctx, name), verb: first } : null;
  }
  const subject = subjectAt(ctx, first, previous);
  const verb = subject ? subject.end + 1 : -1;
  if (!subject || !a.includes(verb) || !isPastVerb(t[verb])) return null;
  // "“…!” It had an energy", "He had the fireworks": an auxiliary or "it" starts a new sentence, not an attribution.
  if (/^(?:had|was|were|did|could|would|should|might|must|got)$/.test(t[verb].norm) || /^(?:it|they)$/.test(subjectPronoun(t[first].norm) ?? '')) return null;
  return { speaker: subject.speaker, verb };
}

/** The subject that opens the clause of `range` — a person or organisation named at its start or right after an
 *  opening phrase and its comma ("In an August speech, Trump …"), "he"/"she", or "it"/"they" standing for an
 *  organisation — and the verb after it. `strict`: no later clause may follow ("… so upset that I had to …"). */
function openingSubject(ctx: Ctx, range: number[], previous: Quote | null, strict = true): { speaker: Speaker; verb: number } | null {
  const t = ctx.para.tokens;
  for (let n = 0; n < range.length - 1; n++) {
    if (n > 0 && t[range[n - 1]].text !== ',') continue;
    const i = range[n];
    if (!t[i].word) continue;
    // A name may follow its title: "President Obama", "Gov. Earl Ray Tomblin of West Virginia".
    const subject = subjectAt(ctx, i, previous, 4);
    if (!subject) continue;
    const { speaker, end } = subject;
    if (t[end].possessive) return null;
    let v = end + 1;
    // "Gov. Earl Ray Tomblin of West Virginia lauded …": past "of" and a place.
    if (t[v]?.norm === 'of' && t[v + 1]?.cap) {
      v += 1;
      while (t[v]?.word && t[v].cap) v++;
    }
    // Past a parenthesis and a comma-enclosed apposition or adverb: "Harry Reid (D-Nev.), in particular, has …",
    // "Jane Smith, director of debate at the university, compared …".
    if (t[v]?.text === '(') {
      const close = t.findIndex((x, k) => k > v && k < v + 8 && x.text === ')');
      if (close > 0) v = close + 1;
    }
    if (t[v]?.text === ',') {
      const close = t.findIndex((x, k) => k > v && k < v + 12 && x.text === ',');
      if (close < 0 || t.slice(v + 1, close).some((x) => !x.word && x.text !== '.' && x.text !== '-')) return null;
      v = close + 1;
    }
    // The verb: the next word, past auxiliaries and adverbs ("has gone", "is rolling out", "also noted").
    while (v < t.length && t[v].word && (SKIP_BEFORE_CUE.has(t[v].norm) || /ly$/.test(t[v].norm) || /^(?:been|being)$/.test(t[v].norm))) v++;
    const verb = t[v];
    if (!verb?.word || ctx.quoted[v] || verb.cap || !range.includes(v)) return null;
    if (!hasTag(verb.norm, 'Verb', 'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Participle') && !/(?:ed|s)$/.test(verb.norm)) return null;
    if (/^(?:and|or|but|of|in|on|at|to|for|with|from|by|as|who|which|that)$/.test(verb.norm)) return null;
    // "She became so upset that I had to change my answer: “…”": a later clause has a subject of its own. Inside
    // the writer's sentence "as a “strong leader”" and "a coach who is “working the referees”" stay the subject's.
    const later = strict ? (k: number) => t[k].norm === 'that' || SUBORDINATORS.has(t[k].norm) : (k: number) => t[k].norm === 'that' && !!t[k + 1] && !!subjectPronoun(t[k + 1].norm);
    if (range.some((k) => k > v && t[k].word && later(k))) return null;
    return { speaker, verb: v };
  }
  return null;
}

// Words that open an apposition giving a role: "director of …", "deputy director …", "former head …".
const OFFICE_WORDS_BEFORE = /^(?:deputy|former|senior|chief|executive|assistant|acting|interim|vice)$/;

const SUBORDINATORS = new Set(['after', 'when', 'as', 'because', 'while', 'although', 'though', 'if', 'since', 'before', 'until', 'once', 'whereas', 'unless', 'which', 'who', 'where', 'what']);

/** Is the verb at `i` inside a subordinate clause ("after Trump said …", "what she calls …")? */
function subordinate(ctx: Ctx, range: number[], i: number): boolean {
  const t = ctx.para.tokens;
  for (let n = range.indexOf(i) - 1; n >= 0; n--) {
    const tok = t[range[n]];
    if (!tok.word) return false;
    if (SUBORDINATORS.has(tok.norm)) return true;
    // "…, but he said that …": a coordinated main clause with its own subject.
    if (/^(?:but|and|yet)$/.test(tok.norm) && n + 1 < range.indexOf(i) && subjectPronoun(t[range[n + 1]].norm)) return false;
    if (isCue(ctx, range[n])) return true;
  }
  return false;
}

const squashWord = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Token index of the last word of the name starting at token `i`, or -1. */
function lastOfName(ctx: Ctx, i: number): number {
  for (let j = i; j < Math.min(ctx.para.tokens.length, i + 6); j++) {
    const n = ctx.nameByLast.get(j);
    if (n && n.first <= i + 2) return j;
  }
  return -1;
}

/** Who does the reporting verb at b[n]: its subject before it; after it when inverted ("said Mr Smith: “…”");
 *  for a participle after a comma, the clause's subject ("He issued a statement, saying …", "Mr Kim toasted …,
 *  predicting …"). */
function cueSubject(ctx: Ctx, b: number[], n: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  const i = b[n];
  const gerund = /ing$/.test(t[i].norm);
  if (gerund && t[i - 1]?.text === ',') return clauseSubject(ctx, b.slice(0, n), previous);
  // "… and began by saying he would “never” …": a gerund after a preposition has the clause's subject.
  if (gerund && /^(?:by|after|before|while|in|for|without|when)$/.test(t[i - 1]?.norm ?? '')) {
    const subject = clauseSubject(ctx, b.slice(0, Math.max(0, n - 1)), previous);
    if (subject) return subject;
  }
  // "Trump took to Twitter to accuse …": an infinitive's subject is the clause's.
  if (t[i - 1]?.norm === 'to' && n >= 2 && t[b[n - 2]]?.word) {
    const subject = clauseSubject(ctx, b.slice(0, n - 1), previous);
    if (subject) return subject;
  }
  let s = speakerBefore(ctx, i - 1, b[0], previous);
  // Inverted ("said Mr Smith: “…”") only at the clause's start or right after a quotation, not after an apposition's
  // comma ("The report, published on Tuesday, described a culture …").
  const afterQuote = n > 0 && !t[b[n - 1]].word && !!ctx.quoted[b[n] - 2];
  if (!s && !gerund && n + 1 < b.length && (n === 0 || afterQuote)) s = speakerAfter(ctx, b[n + 1], previous, 5);
  // A participle, or a second verb of the same subject ("She then urges her husband … and repeatedly says").
  let k = n - 1;
  while (k >= 0 && t[b[k]].word && (SKIP_BEFORE_CUE.has(t[b[k]].norm) || /ly$/.test(t[b[k]].norm))) k--;
  const coordinated = k >= 0 && /^(?:and|but|or|then)$/.test(t[b[k]].norm);
  if (!s && (gerund || coordinated)) s = clauseSubject(ctx, b.slice(0, n), previous);
  // "Trump issued a statement saying …": the statement is the object; the clause's subject speaks.
  if (s && gerund && /^(?:a|an)\s/i.test(s.text) && s.personId === null) {
    const subject = clauseSubject(ctx, b.slice(0, n), previous);
    if (subject && subject.start < s.start && subject.type !== 'group') return subject;
  }
  return s;
}

/** The subject of the clause the tokens open: a pronoun or name near its start, else a described subject. */
function clauseSubject(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  // A dateline opens the first sentence: "WASHINGTON (AP) — President Joe Biden …", "LONDON, March 3 (Reuters) - …".
  const dateline = range.slice(0, 12).findIndex((i, n) => n > 0 && /^[—–-]$/.test(t[i].text) && t[range[n - 1]].text === ')');
  if (dateline > 0 && dateline + 1 < range.length) return clauseSubject(ctx, range.slice(dateline + 1), previous);
  // An opening phrase or subordinate clause ("If he wins the presidency, Trump …", "Appearing at NLD headquarters,
  // Suu Kyi …", "In an interview with Matei Rosca, Lazar …") is not where the subject is: start after its comma.
  const opener = range.length && t[range[0]].word && (SUBORDINATORS.has(t[range[0]].norm) || /^(?:in|on|at|during|with|for|from|by|under|despite|following|amid|over|to|during)$/.test(t[range[0]].norm) || /(?:ing|ed)$/.test(t[range[0]].norm));
  const comma = opener ? range.findIndex((i) => t[i].text === ',') : -1;
  if (comma > 0 && comma + 1 < range.length) {
    const subject = clauseSubject(ctx, range.slice(comma + 1), previous);
    if (subject) return subject;
  }
  // A pronoun among the first words, unless a name comes before it ("Marcel Lazar said he …").
  const named = firstNamed(ctx, range);
  for (const i of range.slice(0, 4)) {
    if (named && named.start < t[i].start) break;
    if (t[i].word && /^(?:he|she|they|we|i)$/.test(t[i].norm)) return pronounSpeaker(ctx, i, previous);
  }
  // "The company initially declined to comment on the Mail on Sunday report, but later issued a statement": a
  // described subject at the start wins over a name further on, in an object.
  const described = openingDescription(ctx, range, previous);
  if (described && (!named || named.start > described.end)) return described;
  return named ?? described;
}

/** A description opening the clause ("One poster admitted …, writing …"): the subject of a participle. */
function openingDescription(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let k = 0;
  while (k < range.length && t[range[k]].word && /^(?:with|and|but|as|while|after)$/.test(t[range[k]].norm)) k++;
  if (k >= range.length || !DETERMINERS.has(t[range[k]].norm)) return null;
  let end = k + 1;
  while (end < range.length && t[range[end]].word && isNounLike(t[range[end]].norm) && !SKIP_BEFORE_CUE.has(t[range[end]].norm) && !isAdverb(t[range[end]].norm) && !isPastVerb(t[range[end]]) && !isCue(ctx, range[end]) && end - k < 5) end++;
  return end - 1 > k ? descriptionSpeaker(ctx, range[end - 1], 'backward', previous, range[k]) : null;
}

/** The first person or organisation named among the tokens: a rough sentence subject. */
function firstNamed(ctx: Ctx, range: number[]): Speaker | null {
  for (const i of range) {
    const n = ctx.nameByLast.get(i);
    if (n && (n.kind === 'person' || n.kind === 'organisation')) return nameSpeaker(ctx, n);
  }
  return null;
}

function cueSpan(ctx: Ctx, i: number): TextSpan {
  const t = ctx.para.tokens[i];
  return { start: t.start, end: t.end, text: t.text };
}

/** "according to X" within the first `limit` tokens of `range`. */
function accordingTo(ctx: Ctx, range: number[], from: number, limit: number): Attribution | null {
  const t = ctx.para.tokens;
  for (let n = from; n < Math.min(range.length - 2, limit); n++) {
    const i = range[n];
    if (t[i].norm === 'according' && t[i + 1]?.norm === 'to') {
      const s = speakerAfter(ctx, i + 2, null);
      if (s) return { speaker: s, cue: { start: t[i].start, end: t[i + 1].end, text: ctx.doc.text.slice(t[i].start, t[i + 1].end) }, place: 'after' };
    }
  }
  return null;
}

/** The speaker named after a reporting verb, starting at token `i`: "said Anatoly Antonov", "said the spokeswoman". */
function speakerAfter(ctx: Ctx, i: number, previous: Quote | null, reach = 8): Speaker | null {
  const t = ctx.para.tokens;
  if (i >= t.length || ctx.quoted[i]) return null;
  const tok = t[i];
  // "said on Twitter", "said in a statement": a place or medium, not the speaker.
  if (tok.word && /^(?:on|in|at|to|during|after|before|via|through|from|about|of|with|for|by|that|when|while|as)$/.test(tok.norm)) return null;
  // "said he." is old-fashioned but seen; "said it was …" is not an attribution to "it".
  if (/^(?:he|she)$/.test(tok.norm) && (!t[i + 1] || !t[i + 1].word)) return pronounSpeaker(ctx, i, previous);
  if (PRONOUNS.has(tok.norm)) return null;
  // A name starting here, possibly after its title ("said Russian ambassador Anatoly Antonov").
  for (let j = i; j < Math.min(t.length, i + reach); j++) {
    // "said Thursday morning on Fox News": a time or a place phrase ends the search.
    if (t[j].word && (TIME_WORD.test(t[j].norm) || /^(?:on|in|at|to|during|after|before|via|from|with|for|by|of)$/.test(t[j].norm))) break;
    const name = ctx.nameByLast.get(j);
    // "said the New Zealand boss": a place before a noun describes the speaker.
    const modifier = name?.kind === 'place' && !!t[j + 1]?.word && !t[j + 1].cap;
    if (name && name.start >= tok.start && name.kind !== 'other' && !modifier) {
      // "said Tom Jones’ manager, Gordon Mills": a possessive name describes the speaker.
      if (t[j].possessive) return possessedSpeaker(ctx, name, j, previous);
      // Prefer the longest name ending further on ("said Mr Smith" → "Mr Smith").
      return nameSpeaker(ctx, name);
    }
    // A mark inside a word ("9/11 widow Terry Strada", "U.S.-born") does not end the phrase.
    const glued = !t[j].word && j > i && t[j + 1]?.word && t[j - 1].end === t[j].start && t[j].end === t[j + 1].start;
    if ((!t[j].word && !glued) || isCue(ctx, j)) break;
  }
  const described = descriptionSpeaker(ctx, i, 'forward', previous);
  // "says Eskom spokesperson, Khulu Phasiwe": the name in apposition to the description is the speaker.
  if (described) {
    const after = tokenAt(t, described.end);
    if (t[after]?.text === ',') {
      const end = lastOfName(ctx, after + 1);
      const name = end >= 0 ? ctx.nameByLast.get(end) : undefined;
      if (name && name.kind === 'person' && tokenAt(t, name.start) <= after + 2) return nameSpeaker(ctx, name);
    }
  }
  return described;
}

/** The speaker ending at token `end` (just before a reporting verb), not before token `floor`. */
function speakerBefore(ctx: Ctx, end: number, floor: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let i: number = end;
  // Skip adverbs, auxiliaries and time phrases: "Russia on Thursday said", "he has also said".
  // "Tory MPs said to have called …": the subject stands before "said to (have)".
  if (t[i]?.norm === 'have' && t[i - 1]?.norm === 'to' && /^(?:said|reported|alleged|believed|thought|understood|known|claimed)$/.test(t[i - 2]?.norm ?? '') && i - 3 >= floor) i -= 3;
  while (i >= floor && i >= 0 && t[i].word && (SKIP_BEFORE_CUE.has(t[i].norm) || TIME_WORD.test(t[i].norm) || isAdverb(t[i].norm))) {
    if (TIME_WORD.test(t[i].norm) && t[i - 1] && /^(?:on|last|this|late|early|in|the)$/.test(t[i - 1].norm)) i -= 2;
    else i--;
    while (i >= floor && t[i]?.word && /^(?:on|last|this|late|early)$/.test(t[i].norm)) i--;
  }
  if (i < floor || i < 0) return null;
  // "Katherine Wells, director of public health for the city -- which is in western Texas -- told": step over the
  // dashes' aside to what comes before it.
  if (/^[—–-]$/.test(t[i].text) && i > floor) {
    let j = i - 1;
    while (j > floor && /^[—–-]$/.test(t[j].text)) j--;
    while (j > floor && !/^[—–-]$/.test(t[j].text) && i - j < 30) j--;
    while (j > floor && /^[—–-]$/.test(t[j - 1].text)) j--;
    if (/^[—–-]$/.test(t[j]?.text ?? '') && j - 1 >= floor) {
      // The aside may sit inside an apposition: "Wells, director of … Lubbock -- which … -- told".
      let c = j - 1;
      while (c > floor && j - c < 16 && t[c].text !== ',') c--;
      const opener = t[c + 1];
      const name = t[c]?.text === ',' ? ctx.nameByLast.get(c - 1) : undefined;
      if (name && name.kind === 'person' && opener?.word && (isRoleWord(opener.norm) || DETERMINERS.has(opener.norm) || OFFICE_WORDS_BEFORE.test(opener.norm))) return nameSpeaker(ctx, name);
      return speakerBefore(ctx, j - 1, floor, previous);
    }
  }
  if (t[i].text === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": step over the parenthesis to the name before it.
    let j = i - 1;
    while (j > floor && t[j].text !== '(') j--;
    if (t[j]?.text === '(' && j - 1 >= floor) {
      const n = ctx.nameByLast.get(j - 1);
      if (n && n.kind !== 'other') return nameSpeaker(ctx, n);
      i = j - 1;
    }
  }
  if (t[i].text === ',' || t[i].text === ')') {
    // Appositions, possibly several: "Russia’s ambassador to the United States, Anatoly Antonov, said",
    // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said".
    let segEnd = i;
    // The last segment that opened with an article ("the prime minister"), in case it is the subject itself.
    let described: { end: number; start: number } | null = null;
    for (let hop = 0; hop < 3; hop++) {
      let j = segEnd - 1;
      while (j >= floor && t[j].text !== ',' && t[j].text !== '(') j--;
      // "Speaking in Darlington, the prime minister, 44, said": an opening phrase before the described subject.
      const openingPhrase = !(j >= floor && t[j].text === ',') && !!t[j + 1]?.word && (/ing$/.test(t[j + 1].norm) || /^(?:in|on|at|after|before|during|asked|speaking|writing)$/.test(t[j + 1].norm));
      if (openingPhrase && described) return descriptionSpeaker(ctx, described.end, 'backward', previous, described.start);
      // A segment that opens with a preposition, article, relative pronoun, participle or sentence adverb
      // describes the name before it: "Mu Li, of the University of NSW, said", "Smith, a spokesman, said",
      // "Jones, who …, said", "Eastland, wearing a cowboy hat, said", "Hunter, meanwhile, told".
      const opener = t[j + 1];
      // A participle phrase ("published on Tuesday", "wearing a cowboy hat") describes too.
      const participle = !!opener?.word && !opener.cap && (/ing$/.test(opener.norm) || (/(?:ed|en)$/.test(opener.norm) && /^(?:on|in|at|by|last|this|earlier|late|early|in)$/.test(t[j + 2]?.norm ?? '')));
      // An age ("…, 44, said") describes as well.
      const age = !!opener && /^\d{1,3}$/.test(opener.text) && j + 2 === segEnd;
      const modifier = age || (!!opener?.word && (/^(?:of|from|at|with|for|in|a|an|the|one|who|whose|which|now|then|formerly|herself|himself|its|his|her|their|meanwhile|however|though|too|also|instead|moreover|furthermore|nevertheless|indeed|speaking|writing)$/.test(opener.norm) || participle));
      described = DETERMINERS.has(opener?.norm ?? '') ? { end: segEnd - 1, start: j + 1 } : described;
      // The segment is itself the name ("…, Anatoly Antonov, said"), not a phrase that mentions one.
      const named = modifier ? null : firstNameIn(ctx, j + 1, segEnd - 1);
      // Only title words may stand before it in the segment ("…, Russian ambassador Anatoly Antonov, said"), not a role
      // phrase ("…, chief executive of BHP, said").
      const inner = named && named.first - (j + 1) <= 3 && t.slice(j + 1, tokenAt(t, named.start)).every((x) => x.word && (x.cap || isRoleWord(x.norm) || OFFICE_WORDS_BEFORE.test(x.norm)) && !/^(?:of|for|at|to|in)$/.test(x.norm)) ? named : null;
      if (inner) return nameSpeaker(ctx, inner);
      if (!(j >= floor && t[j].text === ',')) {
        // The clause's head noun phrase: "The report, published on Tuesday, …".
        return hop === 0 || DETERMINERS.has(opener?.norm ?? '') ? descriptionSpeaker(ctx, segEnd - 1, 'backward', previous, j + 1) : null;
      }
      const outer = findName(ctx, Math.max(floor, j - 8), j - 1, true);
      if (outer) return nameSpeaker(ctx, outer);
      const pron = t[j - 1];
      if (pron?.word && /^(?:he|she)$/.test(pron.norm)) return pronounSpeaker(ctx, j - 1, previous);
      if (!modifier) return hop === 0 ? descriptionSpeaker(ctx, segEnd - 1, 'backward', previous, j + 1) : null;
      segEnd = j;
    }
    return null;
  }
  if (!t[i].word || ctx.quoted[i]) return null;
  const name = ctx.nameByLast.get(i);
  if (name && name.kind !== 'other') {
    // "Darlington Tuagben, managing director of Liberia's Forestry Development Authority told …": an apposition
    // left open — the name closing it belongs to the role, the speaker is before the comma.
    const opened = unclosedApposition(ctx, tokenAt(t, name.start), floor);
    if (opened) return nameSpeaker(ctx, opened);
    // "A leaked letter seen by Sky News says": the name is the agent of a participle; the subject is before it.
    const by = tokenAt(t, name.start) - 1;
    if (t[by]?.norm === 'by' && t[by - 1]?.word && /(?:ed|en|seen)$/.test(t[by - 1].norm) && !CUE_VERBS.has(t[by - 1].norm)) {
      const subject = descriptionSpeaker(ctx, by - 2, 'backward', previous, floor);
      if (subject) return subject;
    }
    return nameSpeaker(ctx, name);
  }
  if (subjectPronoun(t[i].norm)) return pronounSpeaker(ctx, i, previous);
  // "“It’s not over till it’s over,” one said.": one of the group named last ("Hunt’s allies").
  if (t[i].norm === 'one' && (i === 0 || !t[i - 1].word)) return oneOfGroup(ctx, i);
  if (t[i].norm === 'who' || t[i].norm === 'which') {
    // "Smith, who chairs the committee, said" is handled above; "X who said" → X.
    const n = ctx.nameByLast.get(i - 1) ?? (t[i - 1]?.text === ',' ? ctx.nameByLast.get(i - 2) : undefined);
    if (n) return nameSpeaker(ctx, n);
  }
  // "one journalist covering the research put it": the head before a participle phrase is the subject.
  for (let w = i - 1; w > floor && w >= i - 5; w--) {
    if (!t[w].word || ctx.quoted[w]) break;
    if (/ing$/.test(t[w].norm) && !t[w].cap && t[w - 1]?.word && isNounLike(t[w - 1].norm) && !DETERMINERS.has(t[w - 1].norm)) {
      const head = descriptionSpeaker(ctx, w - 1, 'backward', previous, floor);
      if (head) return head;
    }
  }
  const described = descriptionSpeaker(ctx, i, 'backward', previous, floor);
  if (described) return described;
  // "the groups who wrote to her on Thursday say": a subject with a relative clause, "who" within a few words back.
  for (let w = i - 1; w > floor && w >= i - 8; w--) {
    if (!t[w].word || ctx.quoted[w]) break;
    if (t[w].norm !== 'who' && t[w].norm !== 'that') continue;
    const n = ctx.nameByLast.get(w - 1);
    if (n && n.kind !== 'other') return nameSpeaker(ctx, n);
    return t[w - 1]?.word && isNounLike(t[w - 1].norm) ? descriptionSpeaker(ctx, w - 1, 'backward', previous, floor) : null;
  }
  return null;
}

/** The person before "NAME, role of …" when the words from `start` back to that comma are a role phrase with no
 *  comma of its own: "Doug Andres, a spokesman for House Speaker Paul Ryan told", where Ryan is not the speaker. */
function unclosedApposition(ctx: Ctx, start: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let c = start - 1;
  while (c > floor && start - c <= 12 && t[c].text !== ',' && (t[c].word || t[c].text === '’' || t[c].text === "'")) c--;
  if (t[c]?.text !== ',' || c <= floor) return null;
  const opener = t[c + 1];
  const role = opener?.word && (isRoleWord(opener.norm) || /^(?:a|an|the)$/.test(opener.norm) || OFFICE_WORDS_BEFORE.test(opener.norm) || /ing$/.test(opener.norm));
  const linked = t.slice(c + 1, start).some((x) => x.word && /^(?:of|for|at|to|with)$/.test(x.norm));
  const before = ctx.nameByLast.get(c - 1);
  return role && linked && before?.kind === 'person' ? before : null;
}

/** The first person or organisation named inside tokens [from, to]. */
function firstNameIn(ctx: Ctx, from: number, to: number): NameMention | null {
  for (let k = from; k <= to; k++) {
    const n = ctx.nameByLast.get(k);
    if (n && n.first >= from && (n.kind === 'person' || n.kind === 'organisation')) return n;
  }
  return null;
}

/** The last name mention wholly inside tokens [from, to]; with `endAt`, only one ending at `to`. */
function findName(ctx: Ctx, from: number, to: number, endAt = false): NameMention | null {
  for (let k = to; k >= from; k--) {
    const n = ctx.nameByLast.get(k);
    if (n && n.first >= from && (n.kind === 'person' || n.kind === 'organisation')) return n;
    if (endAt) break;
  }
  return null;
}

function nameSpeaker(ctx: Ctx, n: NameMention): Speaker {
  const person = n.personId ? ctx.byId.get(n.personId) : undefined;
  const type: SpeakerType = person ? 'person' : n.kind === 'person' ? 'person' : 'organisation';
  return { start: n.start, end: n.end, text: n.text, name: person ? person.name : n.text, type, personId: person?.id ?? null };
}

/** "he" or "she": the person meant, by gender, salience and recency; "they"/"it": the organisation or group. */
function pronounSpeaker(ctx: Ctx, i: number, previous: Quote | null): Speaker | null {
  const tok = ctx.para.tokens[i];
  const norm = subjectPronoun(tok.norm) ?? tok.norm;
  const g = PRONOUNS.get(norm)!;
  // A contraction ("He’s") is spoken for by its pronoun alone.
  const base = { start: tok.start, end: tok.start + norm.length, text: tok.text.slice(0, norm.length) };
  if (g === 'm' || g === 'f') {
    // "Mrs May's spokesman also made clear … . “…,” he said.": an unnamed subject just before is who "he" is.
    const described = describedSubject(ctx, tok.start, g);
    if (described) return { ...base, ...described };
    const person = resolvePerson(ctx, tok.start, g, previous);
    if (person) return { ...base, name: person.name, type: 'person', personId: person.id };
    // Nobody named fits: the pronoun itself is still the speaker, unresolved.
    return { ...base, name: base.text, type: 'person', personId: null };
  }
  // "I" and "we" outside a quotation are the writer's own voice: the pronoun itself is the speaker.
  if (norm === 'i' || norm === 'we') return { ...base, name: base.text, type: norm === 'i' ? 'person' : 'group', personId: null };
  if (previous?.speaker && previous.speaker.type !== 'person') {
    return { ...base, name: previous.speaker.name, type: previous.speaker.type, personId: null };
  }
  const org = lastName(ctx, tok.start, ctx.lookup.namesOf('organisation'));
  if (org && (norm === 'it' || norm === 'they' || norm === 'we')) return { ...base, name: org.text, type: 'organisation', personId: null };
  // "They explained: “…”" with no organisation in reach: someone unnamed, still the speaker.
  if (norm === 'they') return { ...base, name: base.text, type: 'group', personId: null };
  return null;
}

/** The subject of the sentence before the pronoun's, in its paragraph, when it is a role with no name — "Mrs May's
 *  spokesman", "the judge" — and of a compatible gender: the name to give "he"/"she". */
function describedSubject(ctx: Ctx, offset: number, g: 'm' | 'f'): { name: string; type: SpeakerType; personId: string | null } | null {
  const at = ctx.sentenceOf[tokenAt(ctx.para.tokens, offset)] ?? 0;
  // The sentence before: in this paragraph, or the last of the paragraph before.
  const para = at > 0 ? ctx.para : ctx.doc.paragraphs[ctx.para.index - 1];
  const sentence = at > 0 ? para?.sentences[at - 1] : para?.sentences[para.sentences.length - 1];
  if (!para || !sentence) return null;
  const t = para.tokens;
  let k = tokenAt(t, sentence.start);
  if (!t[k]?.word) return null;
  const names = para === ctx.para ? ctx.nameByLast : new Map(ctx.people.names.filter((n) => n.paragraph === para.index).map((n) => [n.last - 1, n]));
  // "Mrs May's spokesman": a possessive name and a role; "The spokeswoman": an article and a role.
  let owner: NameMention | undefined;
  for (let j = k; j < k + 5 && j < t.length; j++) {
    const n = names.get(j);
    if (n && t[j].possessive) {
      owner = n;
      k = j + 1;
      break;
    }
    if (!t[j].word || !t[j].cap) break;
  }
  if (!owner && !/^(?:the|a|an|his|her|their|its)$/.test(t[k]?.norm ?? '')) return null;
  if (!owner) k++;
  let head = k;
  while (head < t.length && head - k < 3 && t[head].word && !isRoleWord(t[head].norm)) head++;
  if (!t[head]?.word || !isRoleWord(t[head].norm)) return null;
  // Named in apposition ("Merkel's spokesman, Steffen Seibert, said"): the name is resolved as a person instead.
  if (t[head + 1]?.text === ',' && [...names.values()].some((n) => n.paragraph === para.index && tokenAt(t, n.start) === head + 2)) return null;
  const rg = roleGender(t[head].norm);
  if (rg && rg !== g) return null;
  if (!owner) {
    // "The CEO admitted …": the person with that role, if the article has one.
    const person = ctx.lookup.latestWithRole(t[head].norm, t[head].start);
    if (person) return { name: person.name, type: 'person', personId: person.id };
  }
  const ownerName = owner?.personId ? ctx.byId.get(owner.personId)?.name ?? owner.text : owner?.text;
  const role = ctx.doc.text.slice(t[k].start, t[head].end);
  // The possessive as the article writes it: "May’s", "Jones’".
  const mark = t[k - 1]?.text.match(/[’']s?$/)?.[0] ?? "'s";
  return { name: ownerName ? `${ownerName}${mark} ${role}` : role, type: 'person', personId: null };
}

/** The last of `names` (in text order; of one kind, see PeopleLookup.namesOf) ending before `before`, within three
 *  paragraphs, for which `ok` holds. Scanning all the document's names for a kind was quadratic in a paragraph of
 *  thousands of names of other kinds. */
function lastName(ctx: Ctx, before: number, names: NameMention[], ok: (n: NameMention) => boolean = () => true): NameMention | null {
  // Names are in text order: start from the last one ending before `before`.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].end <= before) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const n = names[k];
    if (n.end > before) continue;
    if (ctx.para.index - n.paragraph > 3) break;
    if (ok(n)) return n;
  }
  return null;
}

/** The person a "he"/"she" at `offset` refers to. */
function resolvePerson(ctx: Ctx, offset: number, g: 'm' | 'f', previous: Quote | null): PersonInfo | null {
  const compatible = (p: PersonInfo) => p.gender === g || p.gender === null;
  // Someone named earlier in the same sentence is the likeliest antecedent: "Clinton says … what she calls …".
  const sentence = spanAt(ctx.para.sentences, offset);
  if (sentence) {
    // The paragraph's names from the sentence's start to the pronoun, in order.
    for (let k = firstStartingAt(ctx.names, sentence.start); k < ctx.names.length && ctx.names[k].start < offset; k++) {
      const n = ctx.names[k];
      if (n.end <= offset && !!n.personId && compatible(ctx.byId.get(n.personId!)!) && !ctx.quoted[tokenAt(ctx.para.tokens, n.start)]) return ctx.byId.get(n.personId!)!;
    }
  }
  const prevPerson = previous?.speaker?.personId ? ctx.byId.get(previous.speaker!.personId!) : undefined;
  const ofGender = lastName(ctx, offset, ctx.lookup.namesOf(g));
  const unknown = lastName(ctx, offset, ctx.lookup.namesOf(null));
  const recent = ofGender && unknown ? (ofGender.start > unknown.start ? ofGender : unknown) : (ofGender ?? unknown);
  const recentPerson = recent ? ctx.byId.get(recent.personId!) ?? null : null;
  if (prevPerson && compatible(prevPerson) && previous && ctx.para.index - paragraphIndexAt(ctx.doc, previous.start) <= 2) {
    // The previous speaker stays the topic unless someone of the right gender was named since in subject position.
    if (!recentPerson || recentPerson === prevPerson) return prevPerson;
    // Someone introduced as the subject in this paragraph since that quote is the topic now: "Merkel's spokesman,
    // Steffen Seibert, said … . “…,” he said."
    if (recent && recent.paragraph === ctx.para.index && recent.start > previous.end && isSubject(ctx, recent)) return recentPerson;
    if (prevPerson.gender === g && recentPerson.gender !== g) return prevPerson;
    if (recent && !isSubject(ctx, recent)) return prevPerson;
  }
  if (recentPerson) {
    // Prefer a person of known matching gender over one of unknown gender named more recently — unless that one is
    // the subject just before, in this paragraph ("Guardiola, 52, admitted … . “…,” he told BBC Sport").
    const topic = recent!.paragraph === ctx.para.index && isSubject(ctx, recent!);
    if (recentPerson.gender === null && !topic) {
      const knownPerson = ofGender ? ctx.byId.get(ofGender.personId!) : undefined;
      if (knownPerson) return knownPerson;
    }
    return recentPerson;
  }
  // Nobody named within reach: the previous speaker, else the person the article is about (named most, and at
  // least twice as often as anyone else of that gender).
  if (prevPerson && compatible(prevPerson)) return prevPerson;
  const ranked = ctx.people.people.filter(compatible).sort((x, y) => y.mentions.length - x.mentions.length);
  if (ranked[0] && ranked[0].mentions.length >= 2 * (ranked[1]?.mentions.length ?? 0) && ranked[0].mentions[0].start < offset) return ranked[0];
  return null;
}

/** Is the name the first noun phrase of its sentence (a rough subject test)? */
function isSubject(ctx: Ctx, n: NameMention): boolean {
  const para = ctx.doc.paragraphs[n.paragraph];
  const s = spanAt(para.sentences, n.start);
  if (!s) return false;
  // Names are in text order: only those from the sentence's start to this one can come before it.
  const names = ctx.people.names;
  for (let k = firstStartingAt(names, s.start); k < names.length && names[k].start < n.start; k++) {
    const o = names[k];
    // A possessive before it qualifies the subject ("Merkel's spokesman, Steffen Seibert"), it is not one.
    const possessive = para.tokens[o.last - 1]?.possessive;
    if (o !== n && o.paragraph === n.paragraph && (o.kind === 'person' || o.kind === 'organisation') && !possessive) return false;
  }
  return true;
}

/** A description as speaker: "the spokeswoman", "officials", "the newspaper", "a spokesman for the ministry". */
function descriptionSpeaker(ctx: Ctx, i: number, dir: 'forward' | 'backward', previous: Quote | null, floor = 0): Speaker | null {
  const t = ctx.para.tokens;
  let from = i;
  let to = i;
  if (dir === 'forward') {
    if (!t[i]?.word) return null;
    // "said the Russian ambassador", "said officials", "said a spokesman for the ministry"
    let j = i;
    while (j < t.length && t[j].word && !ctx.quoted[j] && j - i < 6 && !isCue(ctx, j) && !/^(?:in|on|at|after|before|during|when|while|that|who|which|and|but|to|as|of|for|with|from|by)$/.test(t[j].norm) && !(j > i + 1 && /(?:ed|ing)$/.test(t[j].norm))) j++;
    to = j - 1;
    from = i;
  } else {
    if (!t[i]?.word) return null;
    // "the 34-year-old mother of three": the head stands before "of".
    const of = [i - 1, i - 2, i - 3].find((k) => k > floor && t[k]?.norm === 'of');
    if (of !== undefined && t[of - 1]?.word) {
      const head = descriptionSpeaker(ctx, of - 1, 'backward', previous, floor);
      if (head) return { ...head, end: t[i].end, text: ctx.doc.text.slice(head.start, t[i].end) };
    }
    let j = i;
    while (j - 1 >= floor && t[j - 1].word && !ctx.quoted[j - 1] && i - j < 6 && !DETERMINERS.has(t[j].norm) && !/^(?:and|but|that|as|said|says|because|while|when|which)$/.test(t[j - 1].norm)) j--;
    from = j;
    to = i;
  }
  if (from > to) return null;
  let words = t.slice(from, to + 1).filter((w) => w.word);
  // Forward, the head is the last noun before trailing modifiers: "a source close (to the campaign)".
  if (dir === 'forward') {
    while (words.length > 2 && !isNounLike(words[words.length - 1].norm)) words = words.slice(0, -1);
    to = t.indexOf(words[words.length - 1], from);
  }
  const head = words[words.length - 1];
  if (!head) return null;
  const span = { start: t[from].start, end: t[to].end, text: ctx.doc.text.slice(t[from].start, t[to].end) };
  const headNorm = head.norm;
  if (GROUPS.has(headNorm) || (hasTag(headNorm, 'Plural') && isRoleWord(headNorm.replace(/s$/, '')))) {
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'group', personId: null };
  }
  if (isRoleWord(headNorm)) {
    // "the spokeswoman": the person with that role, else the description itself.
    const person = ctx.lookup.latestWithRole(headNorm, span.start) ?? (words[0]?.norm === 'the' ? officeHolder(ctx, headNorm, span.start) : null);
    if (person) return { ...span, name: person.name, type: 'person', personId: person.id };
    const g = roleGender(headNorm);
    if (previous?.speaker?.personId && !words.some((w) => w.norm === 'a' || w.norm === 'an')) {
      const prev = ctx.byId.get(previous.speaker!.personId!);
      if (prev && prev.roleWords.includes(headNorm) && (!g || !prev.gender || g === prev.gender)) return { ...span, name: prev.name, type: 'person', personId: prev.id };
    }
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'person', personId: null };
  }
  if (ORG_NOUNS.has(headNorm) || hasTag(headNorm, 'Organization')) {
    // "the newspaper wrote": the outlet named last; "the ministry said": an organisation whose name says
    // ministry; otherwise ("the government") the description is the speaker.
    const media = MEDIA_NOUNS.test(headNorm);
    const org = lastName(ctx, span.start, ctx.lookup.namesOf('organisation'), (n) => media || n.text.toLowerCase().includes(headNorm));
    if (org && words.some((w) => w.norm === 'the')) return { ...span, name: org.text, type: 'organisation', personId: null };
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'organisation', personId: null };
  }
  // Any other noun phrase with a determiner: "one poster", "a message", "the letter", "the city".
  if ((DETERMINERS.has(t[from].norm) || /^(?:his|her|their|its|our)$/.test(t[from].norm)) && words.length >= 2 && !head.cap && (isNounLike(headNorm) || (words.length === 2 && /ing$/.test(headNorm)))) {
    const plural = hasTag(headNorm, 'Plural') || (/s$/.test(headNorm) && !/ss$/.test(headNorm) && !tagsOf(headNorm).length);
    const type: SpeakerType = plural ? 'group' : SOURCE_NOUNS.test(headNorm) || isPlaceWord(headNorm) ? 'organisation' : 'person';
    const holder = type === 'person' && words[0].norm === 'the' && !SKIP_BEFORE_CUE.has(headNorm) && !isPastVerb(head) ? officeHolder(ctx, headNorm, span.start) : null;
    if (holder) return { ...span, name: holder.name, type: 'person', personId: holder.id };
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type, personId: null };
  }
  return null;
}

const MEDIA_NOUNS = /^(?:newspaper|paper|daily|weekly|tabloid|broadcaster|network|channel|station|magazine|website|outlet|agency|journal)$/;

// Documents and institutions that "say" things: "the letter reads", "a statement said", "the city reasoned".
const SOURCE_NOUNS = /^(?:letter|report|statement|study|survey|poll|message|document|memo|email|e-mail|post|tweet|filing|complaint|lawsuit|ad|advert|advertisement|clip|video|website|site|page|article|piece|editorial|release|notice|sign|banner|note|ruling|judgment|verdict|order|decision|resolution|analysis|review|paper|book|film|city|town|county|state|country|province|region|government|council|court|agency|ministry|department)$/;

/** A word that can head a noun phrase: a noun in compromise's lexicon, or a word it does not know. */
function isNounLike(norm: string): boolean {
  const tags = tagsOf(norm);
  if (!tags.length) return /^[a-z][a-z-]+$/.test(norm);
  // After a determiner a verb form is a noun too ("a message", "the report"); function words never are.
  return !tags.some((x) => /Pronoun|Preposition|Conjunction|Determiner|Adverb|Adjective|Modal|Copula|Auxiliary/.test(x));
}

/** A title's cue just before the quote: named “…”, titled “…”, the hashtag “…”. */
function titleCue(ctx: Ctx, span: QuoteSpan): boolean {
  const t = ctx.para.tokens;
  const i = tokenAt(t, span.start);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (!t[k].word) continue;
    return TITLE_CUES.has(t[k].norm);
  }
  return false;
}

/** The reporting verb and speaker of the sentence before a quote that opens its own sentence. */
function priorSentence(prevCtx: Ctx | null, ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution | null {
  const t = ctx.para.tokens;
  let at = tokenAt(t, span.start) - 1;
  let c = ctx;
  if (at >= 0 && !(isStopIn(ctx, at) || t[at].text === ':' || (ctx.quoted[at] && /[.!?]/.test(t[at].text)))) return null;
  if (at < 0) {
    // The quote opens its paragraph: look at the end of the paragraph before.
    if (!prevCtx) return null;
    c = prevCtx;
    at = c.para.tokens.length;
  }
  const tokens = c.para.tokens;
  // The sentence before: back from `at` to the previous stop outside quotations.
  let from = at - 1;
  if (from >= 0 && (isStopIn(c, from) || tokens[from].text === ':')) from--;
  const range: number[] = [];
  for (; from >= 0 && range.length < 60; from--) {
    if (isStopIn(c, from) && !c.quoted[from]) break;
    if (!c.quoted[from]) range.unshift(from);
  }
  for (const i of range) {
    if (!isCue(c, i) || /ing$/.test(tokens[i].norm)) continue;
    const s = speakerBefore(c, i - 1, range[0], previous);
    if (s) return { speaker: s, cue: cueSpan(c, i), place: 'continued' };
  }
  return null;
}

/** A speech quote with no cue continues the previous speaker: the next sentence of the same paragraph, or a
 *  paragraph that opens with a quotation right after a paragraph whose quote was attributed. */
/** A line that interrupts a story without being part of it: a crosshead ("GREATER SUCCESS"), pasted page furniture
 *  ("Read more: …"), or a photo caption or credit ("Hansen after the defeat. Andrew Cornaga / INPHO"). */
function isInterruption(doc: ArticleDoc, para: Paragraph): boolean {
  const line = doc.text.slice(para.start, para.end).trim();
  const words = para.tokens.filter((t) => t.word);
  if (!words.length || /["“”]/.test(line)) return false;
  const crosshead = words.length <= 6 && !/[.!?,;:’]$/.test(line) && (line === line.toUpperCase() || words.every((w) => w.cap));
  const credit = words.length <= 16 && /\s\/\s|\/\s*$|^(?:photo|picture|image)s?\b/i.test(line);
  return crosshead || credit || labelOf(line) !== null;
}

function continues(doc: ArticleDoc, ctx: Ctx, span: QuoteSpan, previous: { quote: Quote; paragraph: number }): boolean {
  const p = ctx.para.index;
  if (previous.paragraph === p) return true;
  // A crosshead, a "Read more:" link or photo captions between the paragraphs do not break the speaker's run.
  let between = p - 1;
  while (between > previous.paragraph && p - between <= 3 && isInterruption(doc, doc.paragraphs[between])) between--;
  if (between !== previous.paragraph) return false;
  const lead = doc.text.slice(ctx.para.start, span.start).trim();
  return lead === '';
}
