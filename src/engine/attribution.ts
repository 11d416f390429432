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
  let previous: { quote: Quote; paragraph: number } | null = null;
  for (const span of spans) {
    const pIndex = paragraphIndexAt(doc, span.start);
    const ctx = contextOf(pIndex);
    const text = doc.text.slice(span.start, span.end);
    if (span.depth > 0 || !ctx) {
      quotes.push({ start: span.start, end: span.end, text, kind: classifyQuote(doc, span, null, false), speaker: null, cue: null });
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
    if (keep && quote.speaker) previous = { quote, paragraph: pIndex };
    if (kind === 'speech' && !quote.speaker) {
      problems.push({ start: span.start, end: span.end, code: 'unattributed-quote', message: 'Direct quotation with no speaker: say who said it.', severity: 'info' });
    }
  }
  return { quotes, problems };
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
  if (!tok || !tok.word || !CUE_VERBS.has(tok.norm)) return false;
  // Mid-sentence capitals are names ("the United States"), except in a headline set in title case ("… Calls …").
  if (tok.cap && i > 0 && t[i - 1].word && !headline) return false;
  if (/(?:ed|id|ld|ote|aid|old)$/.test(tok.norm) && !hasTag(tok.norm, 'Noun', 'Singular', 'Plural')) return true;
  const prev = t[i - 1];
  if (prev && prev.word && (NOT_BEFORE_VERB.has(prev.norm) || prev.possessive)) return false;
  const next = t[i + 1];
  const nounToo = hasTag(tok.norm, 'Noun', 'Singular', 'Plural', 'Uncountable') || /s$/.test(tok.norm);
  if (next && next.word && next.norm === 'of' && nounToo) return false;
  // "claim", "report", "praise" are nouns as often as verbs: as a verb they follow a subject — a name, a pronoun,
  // a group ("officials claim") — or an adverb, and do not follow an adjective or another noun ("asylum claim").
  // "the letter reads", "the Home Office letter reads": a described subject before an inflected verb (a bare
  // form after a noun is a compound: "a blog post").
  const inflected = /(?:s|ed)$/.test(tok.norm) || !/^[a-z]+$/.test(tok.norm) || ['said', 'told', 'wrote'].includes(tok.norm);
  let d = i - 2;
  while (d > i - 5 && d >= 0 && t[d].word && !DETERMINERS.has(t[d].norm) && (t[d].cap || isNounLike(t[d].norm))) d--;
  const described = inflected && d >= 0 && t[d]?.word && DETERMINERS.has(t[d].norm) && t[d].norm !== 'that';
  // A bare form ("say", "message", "text") is a verb after I/we/you/they, a plural or named subject, a modal, "to"
  // or "do"; after any other word it is a noun ("a text message", "the press release").
  if (!inflected && CUE_LEMMAS.has(tok.norm) && prev?.word && !prev.cap && !BARE_VERB_AFTER.test(prev.norm) && !/s$/.test(prev.norm) && !/ly$/.test(prev.norm)) return false;
  if (nounToo && prev && prev.word && !prev.cap && !PRONOUNS.has(prev.norm) && !GROUPS.has(prev.norm) && !/ly$/.test(prev.norm) && !isRoleWord(prev.norm) && !described) return false;
  return true;
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
  if (lastCue !== undefined && b.length - 1 - b.indexOf(lastCue) <= 2 && !closesForAttribution) {
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
    if (cueAt > 0 && (setOff || !b.some((i) => isCue(ctx, i)))) {
      const s = speakerBefore(ctx, a[cueAt] - 1, a[0], previous);
      if (s) return { speaker: s, cue: cueSpan(ctx, a[cueAt]), place: setOff ? 'after' : 'sentence' };
    }
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
  const accB = accordingTo(ctx, b, 0, b.length);
  if (accB) return { ...accB, place: 'before' };
  // The verb right before the quote ("X said: “…”") wins; otherwise the main clause's verb, the first one not in a
  // subordinate clause: in "Trump said … that Clinton described the deal as “the gold standard”" Trump is the source.
  const cues = b.filter((i) => isCue(ctx, i));
  const last = cues[cues.length - 1];
  const order = last !== undefined && b.length - 1 - b.indexOf(last) <= 2 ? [last, ...cues.slice(0, -1)] : cues.filter((i) => !subordinate(ctx, b, i)).concat(cues.filter((i) => subordinate(ctx, b, i)).reverse());
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
  return { speaker: null, cue: null, place: 'none' };
}

const SUBORDINATORS = new Set(['after', 'when', 'as', 'because', 'while', 'although', 'though', 'if', 'since', 'before', 'until', 'once', 'whereas', 'unless', 'which', 'who', 'where', 'what']);

/** Is the verb at `i` inside a subordinate clause ("after Trump said …", "what she calls …")? */
function subordinate(ctx: Ctx, range: number[], i: number): boolean {
  const t = ctx.para.tokens;
  for (let n = range.indexOf(i) - 1; n >= 0; n--) {
    const tok = t[range[n]];
    if (!tok.word) return false;
    if (SUBORDINATORS.has(tok.norm)) return true;
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
  let s = speakerBefore(ctx, i - 1, b[0], previous);
  if (!s && !gerund && n + 1 < b.length && (n === 0 || !t[b[n - 1]].word)) s = speakerAfter(ctx, b[n + 1], previous, 5);
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
  for (const i of range.slice(0, 4)) {
    if (t[i].word && /^(?:he|she|they|we|i)$/.test(t[i].norm)) return pronounSpeaker(ctx, i, previous);
  }
  return firstNamed(ctx, range) ?? openingDescription(ctx, range, previous);
}

/** A description opening the clause ("One poster admitted …, writing …"): the subject of a participle. */
function openingDescription(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let k = 0;
  while (k < range.length && t[range[k]].word && /^(?:with|and|but|as|while|after)$/.test(t[range[k]].norm)) k++;
  if (k >= range.length || !DETERMINERS.has(t[range[k]].norm)) return null;
  let end = k + 1;
  while (end < range.length && t[range[end]].word && isNounLike(t[range[end]].norm) && !isCue(ctx, range[end]) && end - k < 5) end++;
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
    if (name && name.start >= tok.start && name.kind !== 'other') {
      // Prefer the longest name ending further on ("said Mr Smith" → "Mr Smith").
      return nameSpeaker(ctx, name);
    }
    if (!t[j].word || isCue(ctx, j)) break;
  }
  return descriptionSpeaker(ctx, i, 'forward', previous);
}

/** The speaker ending at token `end` (just before a reporting verb), not before token `floor`. */
function speakerBefore(ctx: Ctx, end: number, floor: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let i: number = end;
  // Skip adverbs, auxiliaries and time phrases: "Russia on Thursday said", "he has also said".
  while (i >= floor && i >= 0 && t[i].word && (SKIP_BEFORE_CUE.has(t[i].norm) || TIME_WORD.test(t[i].norm) || (/ly$/.test(t[i].norm) && hasTag(t[i].norm, 'Adverb')))) {
    if (TIME_WORD.test(t[i].norm) && t[i - 1] && /^(?:on|last|this|late|early|in|the)$/.test(t[i - 1].norm)) i -= 2;
    else i--;
    while (i >= floor && t[i]?.word && /^(?:on|last|this|late|early)$/.test(t[i].norm)) i--;
  }
  if (i < floor || i < 0) return null;
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
    for (let hop = 0; hop < 3; hop++) {
      let j = segEnd - 1;
      while (j >= floor && t[j].text !== ',' && t[j].text !== '(') j--;
      // A segment that opens with a preposition, article, relative pronoun, participle or sentence adverb
      // describes the name before it: "Mu Li, of the University of NSW, said", "Smith, a spokesman, said",
      // "Jones, who …, said", "Eastland, wearing a cowboy hat, said", "Hunter, meanwhile, told".
      const opener = t[j + 1];
      const modifier = !!opener?.word && (/^(?:of|from|at|with|for|in|a|an|the|one|who|whose|which|now|then|formerly|herself|himself|its|his|her|their|meanwhile|however|though|too|also|instead|moreover|furthermore|nevertheless|indeed|speaking|writing)$/.test(opener.norm) || (/ing$/.test(opener.norm) && !opener.cap));
      // The segment is itself the name ("…, Anatoly Antonov, said"), not a phrase that mentions one.
      const named = modifier ? null : firstNameIn(ctx, j + 1, segEnd - 1);
      const inner = named && named.first - (j + 1) <= 3 ? named : null;
      if (inner) return nameSpeaker(ctx, inner);
      if (!(j >= floor && t[j].text === ',')) {
        return hop === 0 ? descriptionSpeaker(ctx, segEnd - 1, 'backward', previous, j + 1) : null;
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
    // "A leaked letter seen by Sky News says": the name is the agent of a participle; the subject is before it.
    const by = tokenAt(t, name.start) - 1;
    if (t[by]?.norm === 'by' && t[by - 1]?.word && /(?:ed|en|seen)$/.test(t[by - 1].norm) && !CUE_VERBS.has(t[by - 1].norm)) {
      const subject = descriptionSpeaker(ctx, by - 2, 'backward', previous, floor);
      if (subject) return subject;
    }
    return nameSpeaker(ctx, name);
  }
  if (PRONOUNS.has(t[i].norm) && /^(?:he|she|they|it|we|i)$/.test(t[i].norm)) return pronounSpeaker(ctx, i, previous);
  if (t[i].norm === 'who' || t[i].norm === 'which') {
    // "Smith, who chairs the committee, said" is handled above; "X who said" → X.
    const n = ctx.nameByLast.get(i - 1) ?? (t[i - 1]?.text === ',' ? ctx.nameByLast.get(i - 2) : undefined);
    if (n) return nameSpeaker(ctx, n);
  }
  return descriptionSpeaker(ctx, i, 'backward', previous, floor);
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
  const g = PRONOUNS.get(tok.norm)!;
  const base = { start: tok.start, end: tok.end, text: tok.text };
  if (g === 'm' || g === 'f') {
    const person = resolvePerson(ctx, tok.start, g, previous);
    if (person) return { ...base, name: person.name, type: 'person', personId: person.id };
    // Nobody named fits: the pronoun itself is still the speaker, unresolved.
    return { ...base, name: tok.text, type: 'person', personId: null };
  }
  // "I" and "we" outside a quotation are the writer's own voice: the pronoun itself is the speaker.
  if (tok.norm === 'i' || tok.norm === 'we') return { ...base, name: tok.text, type: tok.norm === 'i' ? 'person' : 'group', personId: null };
  if (previous?.speaker && previous.speaker.type !== 'person') {
    return { ...base, name: previous.speaker.name, type: previous.speaker.type, personId: null };
  }
  const org = lastName(ctx, tok.start, ctx.lookup.namesOf('organisation'));
  if (org && (tok.norm === 'it' || tok.norm === 'they' || tok.norm === 'we')) return { ...base, name: org.text, type: 'organisation', personId: null };
  return null;
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
    if (!recentPerson || recentPerson === prevPerson || prevPerson.gender === g && recentPerson.gender !== g) return prevPerson;
    if (recent && !isSubject(ctx, recent)) return prevPerson;
  }
  if (recentPerson) {
    // Prefer a person of known matching gender over one of unknown gender named more recently.
    if (recentPerson.gender === null) {
      const knownPerson = ofGender ? ctx.byId.get(ofGender.personId!) : undefined;
      if (knownPerson) return knownPerson;
    }
    return recentPerson;
  }
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
    if (o !== n && o.paragraph === n.paragraph && (o.kind === 'person' || o.kind === 'organisation')) return false;
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
    const person = ctx.lookup.latestWithRole(headNorm, span.start);
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
  if (DETERMINERS.has(t[from].norm) && words.length >= 2 && !head.cap && (isNounLike(headNorm) || (words.length === 2 && /ing$/.test(headNorm)))) {
    const plural = hasTag(headNorm, 'Plural') || (/s$/.test(headNorm) && !/ss$/.test(headNorm) && !tagsOf(headNorm).length);
    const type: SpeakerType = plural ? 'group' : SOURCE_NOUNS.test(headNorm) || isPlaceWord(headNorm) ? 'organisation' : 'person';
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
function continues(doc: ArticleDoc, ctx: Ctx, span: QuoteSpan, previous: { quote: Quote; paragraph: number }): boolean {
  const p = ctx.para.index;
  if (previous.paragraph === p) return true;
  if (previous.paragraph !== p - 1) return false;
  const lead = doc.text.slice(ctx.para.start, span.start).trim();
  return lead === '';
}
