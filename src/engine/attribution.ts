// Who said it: each quotation tied to its cue ("said", "told", "according to") and speaker, read from the words
// around it — after it (“…,” KCNA said / said Anatoly Antonov), before it (Mr Putin said: “…”), further back in
// the sentence for a partial quote, or carried over from the previous quote when a paragraph is quotation alone.
// Pronouns and descriptions ("he", "the spokeswoman", "the newspaper") resolve to the person or organisation meant.
// This module orders the rules and runs the passes over all quotations; the rules live in speakers.ts (subjects of
// reporting verbs), references.ts (pronouns and descriptions), attributionCues.ts and attributionContext.ts.
import { paragraphIndexAt, type ArticleDoc, type Paragraph } from './document';
import { shapeOf } from './lineShape';
import type { Token } from './text';
import type { NameMention, PeopleResult, PersonInfo } from './people';
import type { QuoteSpan } from './quotes';
import type { Person, Problem, Quote, QuoteKind, Speaker, TextSpan } from './types';
import { CUE_VERBS, FINITE_AUX, OFFICE_WORDS, hasTag, isRoleWord } from './lexicon';
import { NAMING_VERBS, classifyQuote, inDisplayLine } from './quoteKind';
import { PeopleLookup, firstStartingAt } from './peopleLookup';
import { AttributionReuse } from './attributionReuse';
import { nameOrganisations } from './organisationNames';
import { NONE, after, before, context, cueSpan, firstNamed, isCue, isInterruption, isStopIn, lastOfName, nameSpeaker, sentenceOfToken, storyParagraphBefore, subordinate, tokenAt, type Ctx } from './attributionContext';
import { ADDRESSEE_VERBS, PASSIVE_AUX, SUBORDINATORS, isAdverb, isPassiveAddressee, isAdverbWord, isNounLike, isPastVerb, squashWord, subjectPronoun } from './attributionCues';
import { accordingTo, clauseSubject, cueSubject, describedAfter, headlineSpeaker, verdictAfter, innerAttribution, mannerAttribution, namesSomeone, openingSubject, ownedSubject, ownerOfWords, PAPER_HEADS, passedOn, passiveUnsaid, perceivedAt, quotedPerson, shownSaying, speakerAfter, speakerBefore, splitOffAttribution } from './speakers';
import { descriptionSpeaker, pronounSpeaker } from './references';

/** Where, relative to the quote, the attribution was found. */
export type CuePlace = 'after' | 'before' | 'sentence' | 'continued' | 'none';

export interface Attribution {
  speaker: Speaker | null;
  cue: TextSpan | null;
  place: CuePlace;
}

const TITLE_CUES = new Set(['named', 'titled', 'entitled', 'dubbed', 'headlined', 'nicknamed', 'christened', 'hashtag']);

export function attributeQuotes(doc: ArticleDoc, spans: QuoteSpan[], people: PeopleResult): { quotes: Quote[]; problems: Problem[] } {
  const byId = new Map(people.people.map((p) => [p.id, p]));
  const lookup = new PeopleLookup(people.people, people.names, spans.filter((s) => s.depth === 0));
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
  // The paragraph a quotation opening its own follows (see storyParagraphBefore).
  const paragraphBefore = (p: number): Ctx | null => {
    const k = storyParagraphBefore(doc, p);
    return k >= 0 ? contextOf(k) : null;
  };
  const quotes: Quote[] = [];
  const problems: Problem[] = [];
  const places = new Map<Quote, CuePlace>();
  const inner = new Set<Quote>();
  let previous: { quote: Quote; paragraph: number } | null = null;
  // The last top-level quotation: the one any quotation nested after it sits in.
  let top: Quote | null = null;
  const reuse = new AttributionReuse(doc, people, namesOf, spansOf);
  for (const span of spans) {
    const pIndex = paragraphIndexAt(doc, span.start);
    const kept: { quote: Quote; place: CuePlace } | null = span.depth === 0 ? reuse.take(span, pIndex, previous) : null;
    if (kept) {
      const quote: Quote = kept.quote;
      const place = kept.place;
      quotes.push(quote);
      top = quote;
      places.set(quote, place);
      reuse.keep(span, pIndex, previous, quote, place);
      if (quote.speaker && (quote.kind === 'speech' || quote.kind === 'partial')) previous = { quote, paragraph: pIndex };
      continue;
    }
    const ctx = contextOf(pIndex);
    const text = doc.text.slice(span.start, span.end);
    if (span.depth > 0 || !ctx) {
      const kind = classifyQuote(doc, span, null, false);
      // Speech quoted inside a quotation: its speaker is the subject of the verb before it, "I" being the outer speaker.
      const outer = span.depth > 0 && kind === 'speech' && ctx && top && top.start <= span.start && top.end >= span.end && top.kind === 'speech' ? top : null;
      const att = outer ? innerAttribution(ctx!, span, outer) : null;
      const quote: Quote = { start: span.start, end: span.end, text, kind, speaker: att?.speaker ?? null, cue: att?.cue ?? null };
      quotes.push(quote);
      if (span.depth > 0) inner.add(quote);
      continue;
    }
    let att = attribute(ctx, span, previous?.quote ?? null);
    // A quotation over several paragraphs may close on its attribution: "“… .\n“… ,” spokesperson Vishnu Prakash
    // said." — read in the paragraph where it ends.
    const endIndex = paragraphIndexAt(doc, span.end - 1);
    if (!att.speaker && endIndex > pIndex) {
      const closing = attribute(contextOf(endIndex), span, previous?.quote ?? null);
      if (closing.speaker && closing.place === 'after') att = closing;
    }
    const titled = titleCue(ctx, span);
    const kind: QuoteKind = classifyQuote(doc, span, att, titled);
    if (kind === 'speech' && !att.speaker) {
      // A quotation opening its sentence with no cue of its own: the speaker of the sentence before
      // ("Heald noted the findings show … . “An air-quality cleanup …”"), else the previous quote's.
      const prior = priorSentence(paragraphBefore(pIndex), ctx, span, previous?.quote ?? null);
      if (prior) att = prior;
      else if (previous && continues(doc, ctx, span, previous)) att = { speaker: previous.quote.speaker, cue: null, place: 'continued' };
    }
    // A headline's few quoted words with no verb to attribute them: the headline's own subject or tag.
    if (kind === 'partial' && !att.speaker && inDisplayLine(doc, span)) att = headlineSpeaker(ctx, span, previous?.quote ?? null) ?? att;
    // "… admitting the company had faced a “challenging” year. One filled with “valuable lessons …”": words quoted in
    // a fragment with no verb, right after the previous quotation's sentence, are that speaker's.
    else if (kind === 'partial' && !att.speaker && previous && (fragmentAfter(ctx, span, previous.quote) || carriesOn(ctx, span, previous, pIndex))) att = { speaker: previous.quote.speaker, cue: null, place: 'continued' };
    // "Dr Peter Brown said a team has been formed. It is helping where the “numbers are pretty high”.": words quoted
    // in a sentence with no verb of saying, after a sentence that reports a speaker, are that speaker's.
    if (kind === 'partial' && !att.speaker) att = reportedBefore(ctx, paragraphBefore(pIndex), span, previous?.quote ?? null) ?? att;
    const keep = kind === 'speech' || kind === 'partial';
    const quote: Quote = { start: span.start, end: span.end, text, kind, speaker: keep ? att.speaker : null, cue: keep ? att.cue : null };
    quotes.push(quote);
    top = quote;
    places.set(quote, keep ? att.place : 'none');
    if (span.depth === 0) reuse.keep(span, pIndex, previous, quote, keep ? att.place : 'none');
    if (keep && quote.speaker) previous = { quote, paragraph: pIndex };
  }
  attributeForward(doc, quotes, places);
  // Last, a quotation still without a speaker whose sentence before gives a named person's stance ("Hale was
  // unimpressed. “…”") — after any attribution the quotation has further on.
  // (Over every quotation, kept from the last analysis or not: the pass runs on every analysis.)
  // The quotations after one given its speaker only by now that carry on its run ("Magilton credited … . “…” / “…”")
  // are that speaker's too.
  const spanAt = new Map(spans.filter((x) => x.depth === 0).map((x) => [x.start, x]));
  // (With `prior`, a stance in the sentence before may give the speaker too; without, only a run carried on.)
  const carryRuns = (prior: boolean) => {
    let run: { quote: Quote; paragraph: number } | null = null;
    for (const q of quotes) {
      const span = spanAt.get(q.start);
      // (Any quotation given its speaker opens a run — those given one in the first pass were tried there already.)
      if (q.speaker && !inner.has(q)) run = { quote: q, paragraph: paragraphIndexAt(doc, q.start) };
      if (q.speaker || q.kind !== 'speech' || !span || inner.has(q)) continue;
      const pIndex = paragraphIndexAt(doc, span.start);
      const ctx = contextOf(pIndex);
      const att = (prior ? priorSentence(paragraphBefore(pIndex), ctx, span, null, true) : null) ?? (run && continues(doc, ctx, span, run) ? { speaker: run.quote.speaker, cue: null, place: 'continued' as const } : null);
      if (att) {
        q.speaker = att.speaker;
        q.cue = att.cue;
        places.set(q, att.place);
        run = { quote: q, paragraph: pIndex };
      }
    }
  };
  carryRuns(true);
  attributeSignOffs(doc, quotes, namesOf, contextOf);
  attributeHeadings(doc, quotes, namesOf, contextOf);
  attributeFromNextParagraph(doc, quotes, namesOf, contextOf);
  // …and the quotations after one given its speaker by the narrative before it carry on its run: "Mr Horne had a call
  // … ¶ “…” ¶ He had been brought in by a resident. ¶ “…”".
  if (attributeFromSubjectBefore(doc, quotes, namesOf, contextOf)) carryRuns(false);
  attributeCoordinated(doc, quotes);
  attributeLede(doc, quotes, spans, people);
  attributeEchoes(doc, quotes, inner);
  nameOrganisations(quotes, people.names.filter((n) => n.kind === 'organisation').map((n) => n.text));
  for (const q of quotes) {
    // A quotation inside another is the outer speaker's report of someone's words: not flagged.
    if (q.kind === 'speech' && !q.speaker && !inner.has(q)) {
      problems.push({ start: q.start, end: q.end, code: 'unattributed-quote', message: 'Direct quotation with no speaker: say who said it.', severity: 'info' });
    }
  }
  return { quotes, problems };
}

/** Words quoted with no one to say them — a headline's ‘Horrific’, a standfirst's “a complete mess”, a phrase the copy
 *  picks up again — that the story quotes with a speaker are that speaker's: the first quotation whose words hold them.
 *  (Only the first twenty such quotations, each compared with every other once: linear in a long document.) */
function attributeEchoes(doc: ArticleDoc, quotes: Quote[], inner: Set<Quote>): void {
  let looked = 0;
  // The attributed quotations' words, made once when first needed (most analyses need none).
  let said: { quote: Quote; words: string }[] | null = null;
  for (const q of quotes) {
    if (looked >= 20) break;
    if (inner.has(q) || (q.kind !== 'speech' && q.kind !== 'partial')) continue;
    // A quotation standing as a paragraph of its own with no cue in it (a crosshead or a pull quote: "‘Little things like
    // that just help massively’") echoes words quoted later, which say whose they are better than the paragraph before.
    const para = q.speaker ? doc.paragraphs[paragraphIndexAt(doc, q.start)] : null;
    const pulled = !!para && (!q.cue || q.cue.start < para.start) && para.body.trim() === q.text;
    if (q.speaker && !pulled) continue;
    const words = echoWords(q.text);
    if (words.replace(/ /g, '').length < 4) continue;
    looked++;
    said ??= quotes.filter((o) => !!o.speaker && !inner.has(o)).map((o) => ({ quote: o, words: ` ${echoWords(o.text)} ` }));
    const source = said.find((o) => o.quote !== q && (!pulled || o.quote.start > q.end) && o.words.includes(` ${words} `));
    if (source) q.speaker = source.quote.speaker;
  }
}
/** A quotation's words, lower-cased, without its marks and punctuation. */
const echoWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The heads of a lede's unnamed leader ("A council leader has warned …", "…, union leader warns"). */
const LEDE_LEADER = /^(?:leader|boss|chief|head|executive|director|manager|president|chairman|chairwoman|chair|campaigner|founder|owner)$/;

/** A news lede that holds back a leader's name ("A council leader has warned of “greater challenges ahead”") names
 *  them in the paragraphs after: the quotation is that person's — the first person named after it, within three
 *  paragraphs, who is quoted further on. (Run over every quotation on every analysis: it reads no earlier result.) */
function attributeLede(doc: ArticleDoc, quotes: Quote[], spans: QuoteSpan[], people: PeopleResult): void {
  // (A lede has a quotation or two: past the first few, looking through everyone for each would be quadratic.)
  let looked = 0;
  for (const [k, q] of quotes.entries()) {
    // Only the first paragraphs (the headline, standfirst and lede), and an indefinite leader ("A council leader"; in
    // the headline, bare: "…, union leader warns").
    const p = paragraphIndexAt(doc, q.start);
    if (p > 3 || looked >= 4) break;
    const s = q.speaker;
    // (In a headline's bare subject any role will do: "Councillor sounds the alarm over ‘unsafe’ hospital", "Former Mayor
    // laments …".)
    const head = s?.text.split(/\s+/).pop()!.toLowerCase() ?? '';
    // (Quotations are made one for each span, in order.)
    const headline = !!s && q.kind === 'partial' && !/^an?\s/i.test(s.text) && inDisplayLine(doc, spans[k]);
    // (An indefinite role opening the lede's sentence too: "A shopkeeper has been left stunned …", "A grieving mother
    // told …" — not one after the verb: "said a resident of …".)
    const opensLede = !!s && /^An?\s/.test(s.text) && isRoleWord(head);
    if (!s || s.personId || !(p === 0 || headline || /^an?\s/i.test(s.text)) || /^the\s/i.test(s.text) || !(LEDE_LEADER.test(head) || (headline && isRoleWord(head)) || opensLede)) continue;
    looked++;
    let first: PersonInfo | null = null;
    let firstAt = Infinity;
    // …or, if the first person named is not quoted (a byline), the first named after it with that role who is.
    let holder: PersonInfo | null = null;
    let holderAt = Infinity;
    const quotedLater = (person: Person) => quotes.some((o) => o.start > q.end && o.speaker?.personId === person.id);
    for (const person of people.people) {
      const m = person.mentions[0];
      if (!m || m.start < q.end || paragraphIndexAt(doc, m.start) - p > 3) continue;
      if (m.start < firstAt) {
        first = person;
        firstAt = m.start;
      }
      if (m.start < holderAt && person.roleWords.includes(head) && quotedLater(person)) {
        holder = person;
        holderAt = m.start;
      }
    }
    // (The person named first answers an indefinite role only if the copy gives them no other: "A senior official
    // said … . Jane Smith, a teacher, …" is not Jane Smith.)
    const otherRole = !!first && opensLede && !LEDE_LEADER.test(head) && first.roleWords.length > 0 && !first.roleWords.includes(head);
    const speaker = first && quotedLater(first) && !otherRole ? first : holder;
    if (speaker) q.speaker = { ...s, name: speaker.name, personId: speaker.id };
  }
}

/** “a human leech” and a “spoiled brat”, “false” or “pants on fire”: a term coordinated with a partial quotation
 *  just before it is the same speaker's words, not a term the writer holds at arm's length; one coordinated with a
 *  title is another name of the work. */
function attributeCoordinated(doc: ArticleDoc, quotes: Quote[]): void {
  let last: Quote | null = null;
  for (const q of quotes) {
    const gap = last && q.start >= last.end ? doc.text.slice(last.end, q.start) : null;
    const joined = gap !== null && /^\s*(?:,\s*(?:and|or)?|and|or)\s*(?:a|an|the)?\s*$/.test(gap);
    // "more of a “make-up album” than a “break-up album”": two terms set against each other are one speaker's.
    const contrasted = gap !== null && /^\s*(?:(?:rather\s+)?than|instead\s+of|not)\s*(?:a|an|the)?\s*$/.test(gap);
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
    } else if ((joined || contrasted) && q.kind === 'partial' && q.speaker && last!.kind === 'scare' && (contrasted || !!q.cue && q.cue.start > q.end)) {
      // A term before a partial quotation whose attribution follows both: the second's speaker said both.
      last!.kind = 'partial';
      last!.speaker = q.speaker;
      last!.cue = q.cue;
    } else if (q.kind === 'partial' && !q.speaker && last?.speaker && last.cue && last.cue.end <= last.start && gap !== null && gap.length < 300 && !/[.!?;]|\n/.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\./g, ''))) {
      // "Brooks stated that the debate was “more Rubio-style” … and Rubio was hurt by going “personally, just in the
      // gutter”": later words quoted in the sentence of a verb that brought in earlier ones, with no cue of their own,
      // are that speaker's.
      q.speaker = last.speaker;
      q.cue = last.cue;
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
    // …or by its speaker and cue introducing it: “I’m glad.” Chelle remarked, “I’m happy …”
    const gap = doc.text.slice(q.end, next.start);
    const introduced = gap.length < 60 && next.speaker.start >= q.end && next.speaker.end <= next.start && /^[^.!?“”"]*[,:]\s*$/.test(gap);
    if (!/^\s*(?:,|and|or)?\s*$/.test(gap) && !introduced) continue;
    q.speaker = next.speaker;
    q.cue = next.cue;
    places.set(q, places.get(next)!);
  }
}

// "Jim Gavin speaking to the Sunday Game", "— Mickey Harte, talking to BBC Sport", "Ann Lee, as told to Jo Ray": a
// short line naming who gave the quotes just above it, as post-match round-ups and interviews sign them off.
const SIGN_OFF = /^[\s,]*(?:(?:was|is)\s+)?(?:speaking|talking|writing)\s+(?:to|with|on|in|at|after)\b|^[\s,]*as\s+told\s+to\b/i;

/** Gives the quotation paragraphs right above a sign-off line its person, where they have no speaker of their own
 *  (or only "he"/"she" while none of them names anyone). */
function attributeSignOffs(doc: ArticleDoc, quotes: Quote[], namesOf: NameMention[][], contextOf: (i: number) => Ctx): void {
  let q = 0;
  for (let p = 1; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const first = namesOf[p]?.[0];
    if (!first || first.kind !== 'person' || para.tokens.length > 24 || /["“”]/.test(para.body)) continue;
    const lead = doc.text.slice(para.start, first.start);
    const rest = doc.text.slice(first.end, para.end);
    if (!/^[\s—–-]*$/.test(lead) || !SIGN_OFF.test(rest)) continue;
    // The run of paragraphs above that open with a quotation mark.
    let top = p;
    while (top > 0 && /^\s*["“‘']/.test(doc.paragraphs[top - 1].body)) top--;
    if (top === p) continue;
    while (q < quotes.length && quotes[q].start < doc.paragraphs[top].start) q++;
    const block: Quote[] = [];
    for (let k = q; k < quotes.length && quotes[k].start < para.start; k++) if (quotes[k].kind === 'speech') block.push(quotes[k]);
    const named = block.some((x) => x.speaker && !PRONOUN_SPEAKER.test(x.speaker.text));
    const ctx = contextOf(p);
    const verb = ctx.para.tokens.find((t) => t.start >= first.end && t.word);
    for (const x of block) {
      if (x.speaker && (named || !PRONOUN_SPEAKER.test(x.speaker.text))) continue;
      x.speaker = nameSpeaker(ctx, first);
      x.cue = verb ? { start: verb.start, end: verb.end, text: verb.text } : null;
    }
  }
}

const PRONOUN_SPEAKER = /^(?:he|she)$/i;

/** Quote round-ups head each speaker's words with a line that is only their name ("Roger Federer"): a quotation with
 *  no speaker of its own, in the paragraph after it (or after quotation paragraphs that follow it), is theirs. Not where
 *  the line follows a quotation left without a speaker: there it may sign that one off instead. (Round-ups that name
 *  the speaker in a lead-in — "…, according to Cian O'Neill" — put it before or after the words as often, so those are
 *  left alone.) */
function attributeHeadings(doc: ArticleDoc, quotes: Quote[], namesOf: NameMention[][], contextOf: (i: number) => Ctx): void {
  for (const q of quotes) {
    if (q.kind !== 'speech' || q.speaker) continue;
    const p = paragraphIndexAt(doc, q.start);
    for (let k = p - 1; k >= Math.max(0, p - 3); k--) {
      const para = doc.paragraphs[k];
      const name = headingName(doc, contextOf(k), namesOf[k]);
      if (name) {
        if (!afterUnattributed(doc, quotes, k)) q.speaker = nameSpeaker(contextOf(k), name);
        break;
      }
      // Past the quotation paragraphs under the same heading, no further.
      if (!/^\s*["“‘']/.test(para.body)) break;
    }
  }
}

/** “That's what we've got to be like.” / Robertson said there were several reasons …: a paragraph that is only a
 *  quotation no one is given, followed by a paragraph opening on a person's name and a verb of saying, is that
 *  person's. */
function attributeFromNextParagraph(doc: ArticleDoc, quotes: Quote[], namesOf: NameMention[][], contextOf: (i: number) => Ctx): void {
  for (const q of quotes) {
    if (q.kind !== 'speech' || q.speaker) continue;
    const p = paragraphIndexAt(doc, q.start);
    const para = doc.paragraphs[p];
    const next = doc.paragraphs[p + 1];
    if (!next || !/^\s*$/.test(doc.text.slice(para.start, q.start)) || !/^\s*$/.test(doc.text.slice(q.end, para.end))) continue;
    const name = namesOf[p + 1]?.[0];
    if (!name || name.kind !== 'person' || !/^\s*$/.test(doc.text.slice(next.start, name.start))) continue;
    const ctx = contextOf(p + 1);
    const after = ctx.para.tokens[name.last];
    if (!after?.word || !CUE_VERBS.has(after.norm) || !isCue(ctx, name.last)) continue;
    q.speaker = nameSpeaker(ctx, name);
  }
}

/** Verbs that tell what someone thinks or feels: a quotation after them is the thinker's own words. */
const MIND_VERBS = /^(?:thinks|thought|believes|believed|feels|felt|hopes|hoped|fears|feared|worries|worried|knows|knew|recalls|recalled|remembers|remembered|admits|admitted|wants|wanted|wishes|wished)$/;

/** Mr Horne had a call last week from the vet's. / “They had a cat brought in …”: a quotation no one is given that
 *  closes its paragraph, after a sentence of narrative (no quotation before it) that opens on a person's name and their
 *  verb, is that person's — the story has just turned to them. (Tried after every other way: a verb of saying after
 *  the quotation, or in the paragraph after it, names its speaker first.) Returns how many it gave. */
function attributeFromSubjectBefore(doc: ArticleDoc, quotes: Quote[], namesOf: NameMention[][], contextOf: (i: number) => Ctx): number {
  let given = 0;
  // Who has been quoted so far, gathered in text order as the loop goes: one look-up per quotation, not a scan.
  const spoke = new Set<string>();
  for (const q of quotes) {
    const found = q.kind === 'speech' && !q.speaker ? narratedSubject(doc, q, namesOf, contextOf) : null;
    // (Only someone quoted already, or whose mind the sentence tells: after "Jones scored twice" a coach may speak. Or
    // someone the sentence brings in by where they are from, named there first, as a vox pop does: "Melita Kauntze from
    // Windmill Hill has received five fines. ¶ “It's atrocious.”")
    if (found && ((!!found.name.personId && (spoke.has(found.name.personId) || (found.from && introducedAt(namesOf, found.name)))) || MIND_VERBS.test(found.verb))) {
      q.speaker = nameSpeaker(found.ctx, found.name);
      given++;
    }
    if (q.speaker?.personId) spoke.add(q.speaker.personId);
  }
  return given;
}

/** Is `name` its person's first mention in the article? */
function introducedAt(namesOf: NameMention[][], name: NameMention): boolean {
  for (let p = 0; p <= name.paragraph; p++) for (const n of namesOf[p] ?? []) if (n.personId === name.personId && n.start < name.start) return false;
  return true;
}

/** The person the sentence before quotation `q` opens on, with the verb after their name — when `q` closes its
 *  paragraph and no quotation stands before it in that sentence's paragraph (see attributeFromSubjectBefore). */
function narratedSubject(doc: ArticleDoc, q: Quote, namesOf: NameMention[][], contextOf: (i: number) => Ctx): { ctx: Ctx; name: NameMention; verb: string; from: boolean } | null {
  const p = paragraphIndexAt(doc, q.start);
  const para = doc.paragraphs[p];
  if (!/^\s*$/.test(doc.text.slice(q.end, para.end))) return null;
  // The sentence before: the paragraph's own, right before the quotation ("This year Kalpoun expected 60,000. “I love
  // the Cronulla region …”"), or the last of the paragraph before when the quotation opens its paragraph.
  const lead = doc.text.slice(para.start, q.start);
  const own = /\S/.test(lead);
  const k0 = own ? p : p - 1;
  const host = doc.paragraphs[k0];
  if (!host || /["“”]/.test(own ? lead : host.body)) return null;
  const last = own ? host.sentences.filter((x) => x.end <= q.start).pop() : host.sentences[host.sentences.length - 1];
  if (!last || (own && /\S/.test(doc.text.slice(last.end, q.start)))) return null;
  const name = namesOf[k0]?.find((n) => n.start >= last.start && n.end <= last.end);
  if (!name || name.kind !== 'person') return null;
  const ctx = contextOf(k0);
  const t = ctx.para.tokens;
  // (The sentence's subject: at its start, after an aside in commas — "Until, that is, Mr Horne had a call" — or after
  // a time: "This year Kalpoun expected …".)
  let k = name.first - 1;
  while (k >= 0 && t[k].start >= name.start) k--;
  const before = doc.text.slice(last.start, name.start);
  const opens = !/\S/.test(before) || t[k]?.text === ',' || /^(?:this|last|next|that|on|in|at|by|since|after)\s+(?:\S+\s+){0,2}$/i.test(before);
  // (Past where they are from: "Melita Kauntze from Windmill Hill has received five fines".)
  let v = name.last;
  if (/^(?:from|of)$/.test(t[v]?.norm ?? '') && t[v + 1]?.cap) for (v++; t[v]?.word && t[v].cap; ) v++;
  const verb = t[v];
  if (!opens || !verb?.word || verb.cap || !(hasTag(verb.norm, 'Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal') || FINITE_AUX.test(verb.norm) || /[a-z]ed$/.test(verb.norm))) return null;
  return { ctx, name, verb: verb.norm, from: v > name.last };
}

/** The person a paragraph names as a heading: alone ("Roger Federer"), or with their role after a comma and no verb
 *  ("Bill Harper, National Beef Association representative and beef farmer"), as a round-up of reactions labels each. */
function headingName(doc: ArticleDoc, c: Ctx, names: NameMention[] | undefined): NameMention | null {
  const para = c.para;
  const first = names?.[0];
  if (!first || first.kind !== 'person' || !/^\s*$/.test(doc.text.slice(para.start, first.start))) return null;
  const rest = doc.text.slice(first.end, para.end);
  if (names!.length === 1 && para.end - para.start < 60 && /^[\s:]*$/.test(rest)) return first;
  // (A role, not a clause: "beef farmer", not "Bill Harper, who farms nearby, was at the meeting".)
  const t = para.tokens;
  const after = t.map((_, i) => i).filter((i) => t[i].start >= first.end);
  if (after.length > 24 || t[after[0]]?.text !== ',' || c.quoted.some(Boolean)) return null;
  return after.every((i) => (t[i].word && !isCue(c, i) && !FINITE_AUX.test(t[i].norm) && !/^(?:who|which)$/.test(t[i].norm)) || /^[,’'&()-]$/.test(t[i].text)) ? first : null;
}

/** Whether the paragraph before paragraph `k` holds a speech quotation left without a speaker. */
function afterUnattributed(doc: ArticleDoc, quotes: Quote[], k: number): boolean {
  if (k === 0) return false;
  const prev = doc.paragraphs[k - 1];
  // (Found by binary search: a round-up of many headings would otherwise look through every quotation for each.)
  for (let i = firstStartingAt(quotes, prev.start); i < quotes.length && quotes[i].start < prev.end; i++) if (quotes[i].kind === 'speech' && !quotes[i].speaker) return true;
  return false;
}

function attribute(ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution {
  const t = ctx.para.tokens;
  const a = after(ctx, span);
  const b = before(ctx, span);
  // 0. A verb right before the quote (“he said, “…”", "X told reporters: “…”") wins over one further on,
  //    unless the quote is set off for an attribution that follows it (“…,” she said).
  const lastCue = [...b].reverse().find((i) => isCue(ctx, i));
  // (Only when words follow in its sentence: "… asked in an interview, “What is Trump afraid of?”" ends there.)
  const closesForAttribution = /[,?!]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd)) && a.some((i) => t[i].word);
  // "According to Trump, the media would call him a “chicken”": the sentence's source governs a verb inside it.
  const opensWithSource = b.some((i, n) => n + 1 < b.length && t[i].norm === 'according' && t[b[n + 1]].norm === 'to' && i < (lastCue ?? -1));
  // "was called a “tyrant” by critics": a passive verb's agent after the quote.
  const passive = lastCue !== undefined && (PASSIVE_AUX.test(t[lastCue - 1]?.norm ?? '') || reducedPassive(t, lastCue));
  // (Or the paper it was said in: "The move was described as “high risk” in an independent report.")
  const inPaper = a.length >= 2 && t[a[0]].norm === 'in' && a.slice(1, 5).some((i) => PAPER_HEADS.test(t[i].norm));
  if (lastCue !== undefined && b.length - 1 - b.indexOf(lastCue) <= 2 && passive && a.length >= 2 && (t[a[0]].norm === 'by' || inPaper)) {
    const agent = speakerAfter(ctx, a[1], previous) ?? descriptionSpeaker(ctx, a[1], 'forward', previous, 0, true);
    if (agent) return { speaker: agent, cue: cueSpan(ctx, lastCue), place: 'before' };
  }
  // "When an opposition member claimed that a “term … was affecting him,” Suri responded": words quoted as what a
  // verb says ("claimed that …") in an opening clause of time or condition; its comma closes that clause, not the quote.
  const inOpeningClause = lastCue !== undefined && b.length > 0 && t[b[0]].word && /^(?:when|as|after|while|if|because|although|though|once)$/.test(t[b[0]].norm) && b.slice(b.indexOf(lastCue) + 1).some((i) => t[i].norm === 'that');
  // (Close too past a phrase of where or when and its comma: "Weld asked in an interview, “…”", "said in a statement on
  // Monday: “…”".)
  const tail = lastCue !== undefined ? b.slice(b.indexOf(lastCue) + 1) : [];
  const setting = tail.length >= 3 && tail.length <= 8 && /^(?:in|on|at|during|via|through|from|after|before)$/.test(t[tail[0]].norm) && /^[,:]$/.test(t[tail[tail.length - 1]].text) && tail.slice(0, -1).every((i) => t[i].word && !isCue(ctx, i));
  if (lastCue !== undefined && (tail.length <= 2 || setting) && (!closesForAttribution || inOpeningClause) && !opensWithSource) {
    const s = cueSubject(ctx, b, b.indexOf(lastCue), previous);
    if (s) return { speaker: s, cue: cueSpan(ctx, lastCue), place: 'before' };
  }
  // "Protesters gathered, holding signs reading: “Free speech now”, “Let him go”": the words on signs are theirs who
  // hold them, each of a list.
  const sign = signReading(ctx, b);
  if (sign) {
    const s = clauseSubject(ctx, b.slice(0, sign.noun), previous);
    if (s) return { speaker: s, cue: cueSpan(ctx, b[sign.verb]), place: 'before' };
  }
  // 1. Right after the quote: “…,” said X / “…,” X said / “…,” X, the ambassador, said / “…,” according to X.
  // (Its first word: in "campaigners told the council it rested on “seriously flawed” information, according to the
  // Local Democracy Reporting Service" the words after the quote go on, and "told" is nearer.)
  const lead = a.findIndex((i) => t[i].word);
  const acc = lead >= 0 && lead < 3 ? accordingTo(ctx, a, lead, lead + 1) : null;
  // "Matt Schroeder said Rite Aid was struggling amid the “…,” according to USA TODAY": an outlet or body after the
  // quote reports the sentence; the person whose verb the quote's clause follows said the words (as "…, the AP said").
  // (Not a verb of talking to or with someone: in "Carter spoke with his counterpart “to discuss …,” according to a
  // Pentagon readout" the readout's words are quoted.)
  if (acc) return (!acc.speaker?.personId && acc.speaker?.type !== 'group' ? personBefore(ctx, b, previous, true) : null) ?? acc;
  // “…” ― Pamela Padilla: a dash and a name right after the quote sign it, whatever the sentence breaks.
  const dash = tokenAt(t, span.end);
  // (A name the lexicon cannot place, "— Iggy Pop, on Twitter", signs it too when nothing but a comma follows it.)
  if (dash + 1 < t.length && /^[—―–-]$/.test(t[dash].text) && !ctx.quoted[dash + 1]) {
    const n = ctx.nameByLast.get(lastOfName(ctx, dash + 1));
    if (n && (n.kind === 'person' || (n.kind !== 'place' && tokenAt(t, n.start) === dash + 1 && signsOff(ctx, n)))) return { speaker: nameSpeaker(ctx, n), cue: { start: t[dash].start, end: t[dash].end, text: t[dash].text }, place: 'after' };
  }
  // "'Devastating, harsh …' - that's how workers at the factory summed up the closure": whoever "that's how" names.
  if (dash + 2 < t.length && /^[—―–-]$/.test(t[dash].text)) {
    let k = dash + 1;
    if (/^(?:that|this)$/.test(t[k].norm) && /^(?:is|was)$/.test(t[k + 1]?.norm ?? '')) k++;
    if (/^(?:that|this)(?:['’]s)?$/.test(t[k].norm) && /^(?:how|what)$/.test(t[k + 1]?.norm ?? '')) {
      const s = speakerAfter(ctx, k + 2, previous, 6);
      if (s) return { speaker: s, cue: { start: t[dash].start, end: t[dash].end, text: t[dash].text }, place: 'after' };
    }
  }
  // A headline: “I Hope We Nailed It”: Dana Whitfield Talks … — the name after the colon; or a headline line that
  // ends on the name: "Trial data 'encouraging': AstraZeneca".
  if (dash + 1 < t.length && t[dash].text === ':') {
    const n = ctx.nameByLast.get(lastOfName(ctx, dash + 1));
    const first = ctx.doc.text.slice(ctx.para.start, span.start).trim() === '';
    if (n && tokenAt(t, n.start) === dash + 1 && ((first && n.kind === 'person') || (n.kind !== 'place' && n.end === ctx.para.end))) return { speaker: nameSpeaker(ctx, n), cue: { start: t[dash].start, end: t[dash].end, text: ':' }, place: 'after' };
    // (A caption's role, too: "'You just can't trust a criminal': The Medibank CEO discusses his decision".)
    if (first && /^(?:the|a|an)$/.test(t[dash + 1]?.norm ?? '')) {
      for (let k = dash + 2; k < Math.min(t.length, dash + 6) && t[k].word; k++) {
        if (!isRoleWord(t[k].norm) || !t[k + 1]?.word || t[k + 1].cap || !/[^s]s$/.test(t[k + 1].norm)) continue;
        const role = descriptionSpeaker(ctx, k, 'backward', previous, dash + 1);
        if (role) return { speaker: role, cue: { start: t[dash].start, end: t[dash].end, text: ':' }, place: 'after' };
      }
    }
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
    // (Not a participle: in "as “fantastic,” telling reporters …" those told are no speaker.)
    if (isCue(ctx, first) && k + 1 < a.length && !/ing$/.test(t[first].norm)) {
      const s = speakerAfter(ctx, a[k + 1], previous);
      if (s) return { speaker: s, cue: cueSpan(ctx, first), place: 'after' };
    }
    // (A participle after a passive verb of perceiving is the verb too: "“…?” he can be heard saying.")
    const cueAt = a.findIndex((i, n) => n < 24 && isCue(ctx, i) && (!/ing$/.test(t[i].norm) || perceivedAt(t, i - 1)) && !isPassiveAddressee(t, i));
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
      // "‘… a disgrace!’ Taoiseach blasted by furious TD": a passive verb's agent speaks, the auxiliary dropped or not.
      // (Not "was quoted by Antara News as saying": the outlet passes the words on.)
      const agent = t[a[cueAt] + 1]?.norm === 'by' && isPastVerb(t[a[cueAt]]) && !/^(?:quoted|cited)$/.test(t[a[cueAt]].norm) ? speakerAfter(ctx, a[cueAt] + 2, previous) : null;
      const s = agent ?? passedOn(ctx, a[cueAt], a[0], previous) ?? quotedPerson(ctx, a[cueAt]) ?? speakerBefore(ctx, a[cueAt] - 1, a[0], previous);
      // "Sarah Sanders said the ruling was “outrageous,” the AP said", "… a “trial by media,” The Evening Standard
      // reports": a body (or anyone not named as a person) after the quote reports the sentence; the person whose verb
      // the quote's clause follows said the words.
      const reported = s && !s.personId && s.type !== 'group' ? personBefore(ctx, b, previous) : null;
      if (reported) return reported;
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
  // "“His casket is outstanding,” Deadra Thompson a friend.": a person's name, perhaps a description, closing the
  // sentence after the quotation's comma — the verb left out.
  if (closing && a.length >= 1 && !b.some((i) => isCue(ctx, i))) {
    const end = lastOfName(ctx, a[0]);
    const name = end >= 0 ? ctx.nameByLast.get(end) : undefined;
    const rest = a.slice(a.indexOf(end) + 1);
    if (name?.kind === 'person' && tokenAt(t, name.start) === a[0] && rest.length <= 5 && rest.every((i) => t[i].text === ',' || (t[i].word && !t[i].cap && !isCue(ctx, i) && !isPastVerb(t[i]) && !/(?:s|ing)$/.test(t[i].norm)))) {
      return { speaker: nameSpeaker(ctx, name), cue: null, place: 'after' };
    }
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
      // "On Neco Williams:", "… speaking to Match of the Day:": a name after a preposition is spoken about or to.
      const object = !!name && objectOfPreposition(t, tokenAt(t, name.start));
      // "CNN President On Trump: ‘…’": the one speaking on the subject, named before "on".
      const on = object && /^(?:on|about)$/.test(t[tokenAt(t, name!.start) - 1].norm) ? ctx.nameByLast.get(tokenAt(t, name!.start) - 2) : undefined;
      if (on && (on.kind === 'person' || on.kind === 'organisation') && n === b.length - 2) {
        const colon = t[b[b.length - 1]];
        return { speaker: nameSpeaker(ctx, on), cue: { start: colon.start, end: colon.end, text: ':' }, place: 'before' };
      }
      if (name && !object && (name.kind === 'person' || name.kind === 'organisation') && (n === 0 || !t[b[0]].word || b.slice(0, n).every((k) => !isCue(ctx, k)))) {
        // "Tom Hale on the result:", "BHRUT chief executive Matthew Trainer on the trust's emergency performance:": a
        // name and what they speak on label the quote.
        const onTopic = name.kind === 'person' && /^(?:on|about)$/.test(t[i + 1]?.norm ?? '') && b.slice(n + 1, -1).every((k) => t[k].word || /^[’'-]$/.test(t[k].text));
        if (n === b.length - 2 || t[i + 1]?.text === ',' || onTopic) {
          const colon = t[b[b.length - 1]];
          return { speaker: nameSpeaker(ctx, name), cue: { start: colon.start, end: colon.end, text: ':' }, place: 'before' };
        }
      }
    }
  }
  // "Iranian Minister: “Consultations are underway …”": a headline's role and a colon label the quotation.
  if (b.length >= 2 && b.length <= 5 && t[b[b.length - 1]].text === ':' && tokenAt(t, ctx.para.start) === b[0] && b.slice(0, -1).every((i) => t[i].word && t[i].cap) && isRoleWord(t[b[b.length - 2]].norm)) {
    const role = descriptionSpeaker(ctx, b[b.length - 2], 'backward', previous, b[0]);
    if (role) return { speaker: role, cue: cueSpan(ctx, b[b.length - 1]), place: 'before' };
  }
  // "Sanders made the following comment: “…”", "The president is rolling out a new message: “…”": a clause
  // with no reporting verb introduces the quote with a colon; its subject speaks.
  if (b.length >= 3 && t[b[b.length - 1]].text === ':' && !b.some((i) => isCue(ctx, i))) {
    const subject = openingSubject(ctx, b.slice(0, -1), previous, false);
    if (subject) return { speaker: subject.speaker, cue: cueSpan(ctx, b[b.length - 1]), place: 'before' };
  }
  // "Susan Johnson nods in agreement, “We have volunteers …”", "Jane Doe smiled, “It was a long day.”": a named
  // person's gesture, then a comma and a sentence quoted — theirs.
  // (Not a clause of time or condition: "When Jane Doe arrived, “Chaos” was the word.")
  const quotedSentence = /^\p{Lu}\S*(?:\s+\S+){2,}/u.test(ctx.doc.text.slice(span.contentStart, span.contentEnd));
  if (b.length >= 3 && t[b[b.length - 1]].text === ',' && quotedSentence && !b.some((i) => isCue(ctx, i) || (t[i].word && SUBORDINATORS.has(t[i].norm)))) {
    const subject = openingSubject(ctx, b.slice(0, -1), previous, false);
    if (subject?.speaker.personId) return { speaker: subject.speaker, cue: cueSpan(ctx, subject.verb), place: 'before' };
  }
  // The verb right before the quote ("X said: “…”") wins; otherwise the main clause's verb, the nearest one not in a
  // subordinate clause: in "Trump said … that Clinton described the deal as “the gold standard”" Trump is the source,
  // in "X said …, but he said that …“…”" the second clause's "he".
  const cues = b.filter((i) => isCue(ctx, i));
  const last = cues[cues.length - 1];
  let order = last !== undefined && b.length - 1 - b.indexOf(last) <= 2 ? [last, ...cues.slice(0, -1)] : cues.filter((i) => !subordinate(ctx, b, i)).reverse().concat(cues.filter((i) => subordinate(ctx, b, i)).reverse());
  // "WROC-TV reported the district attorney said … was “not political.”": an outlet reports whose words they are (so
  // do outlets that "are reporting that …"; not one "reporting" in a phrase: "with the i reporting no one will …").
  if (order.length > 1 && (/^(?:reported|reports|report)$/.test(t[order[0]].norm) || (t[order[0]].norm === 'reporting' && PASSIVE_AUX.test(t[order[0] - 1]?.norm ?? '')))) order = [...order.slice(1), order[0]];
  // "The spot concludes with footage of Trump saying …, “…”": one shown saying it is nearer the words than the clause.
  const shown = cues.filter((i) => shownSaying(ctx, i, previous));
  if (shown.length) order = [...shown.slice().reverse(), ...order.filter((i) => !shown.includes(i))];
  // "According to Channel 9, Ostrowski told the minister that “…”": a reporting verb's own subject is the speaker; the
  // source of the report speaks for a sentence with no such verb, or with one only imagined ("according to Berg,
  // the press would call him a “coward”").
  const accB = accordingTo(ctx, b, 0, b.length);
  for (const i of order) {
    if (accB && t[i - 1]?.word && /^(?:would|could|might|may|will|should)$/.test(t[i - 1].norm)) continue;
    const n = b.indexOf(i);
    const s = cueSubject(ctx, b, n, previous);
    if (s) return { speaker: s, cue: cueSpan(ctx, i), place: n >= b.length - 4 ? 'before' : 'sentence' };
  }
  if (accB) return { ...accB, place: 'before' };
  // 3. A speech act elsewhere in the sentence ("Mr Kim toasted to … “great Russia”, predicting …"): its subject,
  //    taken as the sentence's first person or organisation named outside the quotes.
  const around = [...b, ...a];
  const verb = around.find((i) => isCue(ctx, i) || (t[i].word && /ing$/.test(t[i].norm) && CUE_VERBS.has(t[i].norm)));
  if (verb !== undefined) {
    // "Previously describing the LP as a “make-up album”, Adele has now said …": a participle opening the sentence
    // belongs to the main clause's subject, after the participle clause's comma.
    const opening = /ing$/.test(t[verb].norm) && around.every((i) => i >= verb || !t[i].word || isAdverb(t[i]) || (i === around[0] && isAdverbWord(t[i].norm)));
    const comma = opening ? around.find((i) => i > verb && t[i].text === ',' && !ctx.quoted[i]) : undefined;
    const range = comma !== undefined ? around.filter((i) => i > comma) : isCue(ctx, verb) ? around.filter((i) => i < verb) : around;
    // (After the participle clause the subject may be described: "Saying …, a federal judge blocked …".)
    const s = (comma !== undefined ? clauseSubject(ctx, range, previous) : null) ?? firstNamed(ctx, range) ?? ownedSubject(ctx, range, previous);
    if (s) return { speaker: s, cue: cueSpan(ctx, verb), place: 'sentence' };
  }
  // "Donald Trump’s claim that there have been “thousands of shootings”": a named owner of words.
  const owner = ownerOfWords(ctx, b);
  if (owner) return { speaker: owner.speaker, cue: cueSpan(ctx, owner.noun), place: 'sentence' };
  // "Van Orden “dropped an f-bomb,” which drew applause, according to another GOP member": a source named further on.
  const accLater = accordingTo(ctx, a, 0, a.length);
  if (accLater) return { ...accLater, place: 'sentence' };
  // 4. A few words quoted inside a sentence with no speech verb ("Trump attacked “the hateful ideology …”",
  //    "Reid has gone after Trump as a “human leech”"): the sentence's subject, when it is named.
  // Lower-case words only: capitalised ones name a programme or a work ("appeared on the show “Morning Edition”").
  const content = ctx.doc.text.slice(span.contentStart, span.contentEnd).trim();
  if (/^\p{Ll}/u.test(content) && content.split(/\s+/).length >= 2 && b.length && t[b[b.length - 1]].word) {
    // (…unless the sentence closes on whoever reports it: "Kim “personally organized” the firing of the “…” on
    // Thursday, KCNA said" — the writer's sentence, and the words it quotes, are KCNA's.)
    const closer = sentenceCloser(ctx, span, previous);
    if (closer) return closer;
    const subject = openingSubject(ctx, b, previous, false);
    // ("Yorkshire Water has been slammed by Abtisam Mohamed MP over a “…” increase": a passive verb's agent, not its
    // subject.)
    const v = subject?.verb ?? -1;
    const agent = subject && t[v + 1]?.norm === 'by' && PASSIVE_AUX.test(t[v - 1]?.norm ?? '') ? speakerAfter(ctx, v + 2, previous) : null;
    if (agent) return { speaker: agent, cue: cueSpan(ctx, v), place: 'sentence' };
    if (subject) return { speaker: subject.speaker, cue: cueSpan(ctx, subject.verb), place: 'sentence' };
  }
  return describedAfter(ctx, span) ?? verdictAfter(ctx, span) ?? { speaker: null, cue: null, place: 'none' };
}

/** "signs reading:", "a placard that read", "banners saying" right before the quote (or before the quotes listed
 *  ahead of it): the positions in `b` of the signs' noun and of the verb. */
function signReading(ctx: Ctx, b: number[]): { noun: number; verb: number } | null {
  const t = ctx.para.tokens;
  let k = b.length - 1;
  // Back over a colon and the quotations listed before this one ("“A”, “B”, “C”").
  while (k >= 0 && (ctx.quoted[b[k]] || /^[,:“”"‘’']$/.test(t[b[k]].text) || t[b[k]].norm === 'and')) k--;
  if (k < 1 || !/^(?:reading|read|reads|saying|said|says|bearing|proclaiming|declaring)$/.test(t[b[k]].norm)) return null;
  const verb = k;
  if (/^(?:that|which)$/.test(t[b[k - 1]].norm)) k--;
  return /^(?:signs?|placards?|banners?|posters?|slogans?|t-shirts?|shirts?|flags?)$/.test(t[b[k - 1]]?.norm ?? '') ? { noun: k - 1, verb } : null;
}

/** A passive participle at `v` with its auxiliary left out: after a comma ("The novel, described as “dazzling” by the
 *  chairman of judges, …"), or after the noun it describes ("a figure rejected as “speculative” by the government"). */
function reducedPassive(t: Token[], v: number): boolean {
  if (t[v - 1]?.text === ',') return /(?:ed|en)$/.test(t[v].norm);
  const noun = t[v - 1];
  // (…or a verb of naming right before the quotation: "a decision branded “devastating” by opponents".)
  const named = NAMING_VERBS.test(t[v].norm) && /^["“‘']$/.test(t[v + 1]?.text ?? '');
  return /ed$/.test(t[v].norm) && (t[v + 1]?.norm === 'as' || named) && !!noun?.word && !noun.cap && isNounLike(noun.norm) && !subjectPronoun(noun.norm);
}

/** The attribution closing the sentence a quotation is in, past any later quotation: "…, KCNA said Friday.",
 *  "…, said Jane Doe." (Only the sentence's last twenty tokens are read, so a sentence of many quotations stays linear.) */
function sentenceCloser(ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution | null {
  const t = ctx.para.tokens;
  const first = tokenAt(t, span.end);
  if (first >= t.length) return null;
  const limit = sentenceOfToken(ctx, first).end;
  let last = tokenAt(t, limit) - 1;
  while (last >= first && !t[last].word) last--;
  // The verb among the sentence's last words, outside quotations: "…, KCNA said Friday.", "…, KCNA said, a reference to
  // the two missiles fired into the sea.".
  let cue = -1;
  for (let k = last; k > first && last - k < 20 && !ctx.quoted[k] && (t[k].word || /^[,'’-]$/.test(t[k].text)); k--) {
    if (isCue(ctx, k) && !/ing$/.test(t[k].norm)) {
      cue = k;
      break;
    }
  }
  if (cue < 0) return null;
  // "…, said Jane Doe": inverted after a comma; "…, state news wire KCNA said": the speaker between comma and verb.
  if (t[cue - 1].text === ',') {
    const s = speakerAfter(ctx, cue + 1, previous, 6);
    return s ? { speaker: s, cue: cueSpan(ctx, cue), place: 'sentence' } : null;
  }
  // (The comma may close a quotation: "…“solemn warning,” state news wire KCNA said". Not a relative or subordinate
  // clause's verb: "…, which the US said was a violation".)
  let comma = cue - 1;
  while (comma > first && cue - comma <= 8 && t[comma].word && !ctx.quoted[comma] && !/^(?:who|which|that|as|when|while|after|before|because|if|what|where)$/.test(t[comma].norm)) comma--;
  const closesQuote = /^[”"’']$/.test(t[comma].text) && /,$/.test(ctx.doc.text.slice(0, t[comma].start));
  if (!((t[comma].text === ',' && !ctx.quoted[comma]) || closesQuote)) return null;
  const s = speakerBefore(ctx, cue - 1, comma + 1, previous);
  return s ? { speaker: s, cue: cueSpan(ctx, cue), place: 'sentence' } : null;
}

/** The person whose reporting verb, the nearest one in the main clause before a quotation, brings it in. */
function personBefore(ctx: Ctx, b: number[], previous: Quote | null, clause = false): Attribution | null {
  const cue = b.filter((i) => isCue(ctx, i) && !subordinate(ctx, b, i)).pop();
  if (cue === undefined) return null;
  // (`clause`: only a finite verb that brings in what was said, not one of talking to someone — "spoke with", "wrote
  // to" — nor a participle: "wrote to him, threatening “a major lawsuit,” according to a copy of the letter".)
  const t = ctx.para.tokens;
  if (clause && (/^(?:with|to|about|on|of|at|for|in)$/.test(t[cue + 1]?.norm ?? '') || /ing$/.test(t[cue].norm))) return null;
  const s = cueSubject(ctx, b, b.indexOf(cue), previous);
  return s?.personId ? { speaker: s, cue: cueSpan(ctx, cue), place: 'sentence' } : null;
}

/** A name that ends its paragraph or is followed only by a comma and a few words ("— Iggy Pop, on Twitter"). */
function signsOff(ctx: Ctx, n: NameMention): boolean {
  const rest = ctx.doc.text.slice(n.end, ctx.para.end);
  return /^\s*$/.test(rest) || /^,[^.!?“”"]{0,40}$/.test(rest.trimEnd());
}

/** Is the name starting at token `i` the object of a preposition — right after it ("On Neco Williams"), or inside
 *  a capitalised name after a participle's ("speaking to Match of the Day")? */
function objectOfPreposition(t: Token[], i: number): boolean {
  // Not "from" or "by", which name a source ("More from Jones:", "A statement by the club:").
  if (/^(?:to|of|with|on|about|at|for|in)$/.test(t[i - 1]?.norm ?? '')) return true;
  for (let k = i - 1; k > 0 && k >= i - 5; k--) {
    if (/^(?:to|with)$/.test(t[k].norm) && /ing$/.test(t[k - 1].norm)) return true;
    if (!t[k].word || (!t[k].cap && !/^(?:of|the|and)$/.test(t[k].norm))) return false;
  }
  return false;
}

/** A title's cue just before the quote: named “…”, titled “…”, the hashtag “…”. */
function titleCue(ctx: Ctx, span: QuoteSpan): boolean {
  const t = ctx.para.tokens;
  const i = tokenAt(t, span.start);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (!t[k].word) continue;
    if (TITLE_CUES.has(t[k].norm)) return true;
    break;
  }
  return inTitleList(ctx.doc.text, span);
}

/** "Hamlisch's Broadway credits include “They're Playing Our Song,” “Jean Seberg,” “Smile,” “The Goodbye Girl” and
 *  “Sweet Smell of Success.”": a run of three quotations or more, joined only by commas and "and" or "or", every one
 *  in title case, lists works. */
function inTitleList(text: string, span: QuoteSpan): boolean {
  // (Most quotations have no quotation joined to them: told by the few characters either side.)
  const next = /^\s*,?\s*(?:(?:and|or)\s+)?["“]/.test(text.slice(span.end, span.end + 8));
  const prev = /["”],?\s*(?:(?:and|or)\s+)?$/.test(text.slice(Math.max(0, span.start - 8), span.start));
  if (!next && !prev) return false;
  const from = Math.max(0, span.start - 300);
  const items = [...text.slice(from, Math.min(text.length, span.end + 300)).matchAll(/["“]([^"“”\n]{1,80}?)["”]/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, inner: m[1] }));
  const at = items.findIndex((x) => x.start === span.start && x.end === span.end);
  if (at < 0) return false;
  const joined = (a: number) => /^\s*,?\s*(?:(?:and|or)\s+)?$/.test(text.slice(items[a].end, items[a + 1].start));
  let first = at;
  while (first > 0 && joined(first - 1)) first--;
  let last = at;
  while (last + 1 < items.length && joined(last)) last++;
  if (last - first < 2) return false;
  const titleCase = (s: string) => s.replace(/[,.!?]+$/, '').split(/\s+/).every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && /^(?:of|the|a|an|and|or|in|on|at|to|for|with|from|by)$/.test(w)));
  return items.slice(first, last + 1).every((x) => titleCase(x.inner));
}

/** The reporting verb and speaker of the sentence before a quote that opens its own sentence. */
function priorSentence(prevCtx: Ctx | null, ctx: Ctx, span: QuoteSpan, previous: Quote | null, stance = false): Attribution | null {
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
  // (A colon closing the paragraph before introduces the quotation: "Before actress Jessica Chastain delivered the
  // punchline:" ¶ "“…”".)
  const colon = c !== ctx && tokens[at - 1]?.text === ':';
  // The sentence before: back from `at` to the previous stop outside quotations.
  let from = at - 1;
  if (from >= 0 && (isStopIn(c, from) || tokens[from].text === ':')) from--;
  const range: number[] = [];
  for (; from >= 0 && range.length < 60; from--) {
    if (isStopIn(c, from) && !c.quoted[from]) break;
    // A quotation closed by its own full stop ends the sentence before too: in "X said: “We will win.” Hale
    // disagreed. “…”" the sentence before is "Hale disagreed", not X's.
    if (c.quoted[from] && /^["”’']$/.test(tokens[from].text) && /[.!?]$/.test(c.doc.text.slice(Math.max(0, tokens[from].start - 1), tokens[from].start))) break;
    if (!c.quoted[from]) range.unshift(from);
  }
  for (const [n, i] of range.entries()) {
    // (A participle introduces only after "with", right before its colon — "… in the Dáil, with the Taoiseach saying:
    // “…”", not "the main reason … was video calling:" — or as "saying" with its own clause: "…, with Lihle Buthelezi
    // saying she is glad the wait is over. ¶ “I'm feeling so excited …”".)
    const participle = /ing$/.test(tokens[i].norm);
    const withBefore = range.some((j) => j < i && tokens[j].norm === 'with');
    // (…or in the progressive, which is a finite verb: "museum curator Len Pole is recommending they are returned".)
    const progressive = participle && /^(?:is|are|was|were)$/.test(tokens[i - 1]?.norm ?? '');
    if (!isCue(c, i) || (participle && !progressive && !(withBefore && ((tokens[i + 1]?.text === ':' && n === range.length - 1) || tokens[i].norm === 'saying')))) continue;
    // (Not a passive verb of telling, whose subject is the one told: "… lawmakers are told immediately"; nor one of
    // saying with no words of its subject's: "a month after the first lockdown was announced.")
    if (isPassiveAddressee(tokens, i) || passiveUnsaid(tokens, i)) continue;
    // The subject before the verb; for a second verb of the same subject ("Coach X … was a happy man and said
    // that …"), the clause's.
    // "Relations should rest on mutual respect, said Xi.": after a comma, the verb's subject follows it.
    const inverted = tokens[i - 1]?.text === ',' && !ADDRESSEE_VERBS.test(tokens[i].norm) ? speakerAfter(c, i + 1, previous) : null;
    // ("Mahuta refused to say the exact number of houses built but admitted …": a second verb's subject is the
    // clause's, before the object of the first.)
    // (Not "… and continues to hold weekly meetings": a verb of saying before "to" says nothing.)
    const second = /^(?:and|but)$/.test(tokens[range[n - 1]]?.norm ?? '') && tokens[i + 1]?.norm !== 'to';
    // (A person named after the inverted verb is its subject, not the noun before its comma: "Barton became angry
    // while discussing a family matter, said prosecutor Nahiedh Khan.")
    // ("“…,” the paper quoted Andrzej Duda as saying. ¶ “…”": the one quoted carries on, not the outlet.)
    const s = passedOn(c, i, range[0], previous) ?? (second ? cueSubject(c, range, n, previous) : null) ?? (inverted && namesSomeone(inverted) ? inverted : null) ?? speakerBefore(c, i - 1, range[0], previous) ?? inverted;
    if (s) return laterClause(c, range, n, previous) ?? { speaker: s, cue: cueSpan(c, i), place: 'continued' };
  }
  // "According to Davies Opoku, he was in a meeting … . “These are officers …”": the source of the sentence before.
  const acc = accordingTo(c, range, 0, 3);
  if (acc) return { ...acc, place: 'continued' };
  if (colon) {
    const s = clauseSubject(c, range, previous);
    if (s?.personId) return { speaker: s, cue: cueSpan(c, at - 1), place: 'continued' };
  }
  return stance ? stanceBefore(c, range) ?? subjectBefore(c, range) ?? firstPersonAfter(c, range, span) : null;
}

/** "Aidan Cotter spoke first, but Mr Higgins said the festival heralded summer. “…”": a clause after ", but" or ", and"
 *  whose own named subject says something carries on into the quotation, not the sentence's first speaker. */
function laterClause(c: Ctx, range: number[], after: number, previous: Quote | null): Attribution | null {
  const t = c.para.tokens;
  for (let n = after + 1; n < range.length; n++) {
    const j = range[n];
    if (!(t[j].text === ',' && /^(?:but|and|while|whereas)$/.test(t[j + 1]?.norm ?? ''))) continue;
    for (let m = n + 2; m < range.length && m <= n + 8; m++) {
      const i = range[m];
      if (!isCue(c, i) || isPassiveAddressee(t, i)) continue;
      const s = speakerBefore(c, i - 1, j + 2, previous);
      return s?.personId && namesSomeone(s) ? { speaker: s, cue: cueSpan(c, i), place: 'continued' } : null;
    }
  }
  return null;
}

/** "He was about to take out a loan, until one day he got a call from an FBI agent. “They said …, and I'm not the only
 *  one.”": with no cue anywhere, a quotation in the first person after a sentence that opens on "he" or "she" is that
 *  person's words. */
function firstPersonAfter(c: Ctx, range: number[], span: QuoteSpan): Attribution | null {
  const t = c.para.tokens;
  const words = c.doc.text.slice(span.contentStart, span.contentEnd);
  if (!/\b(?:I|I['’](?:m|ve|d|ll))\b/.test(words) && !/\b(?:my|me)\b/i.test(words)) return null;
  let first = range.find((i) => t[i].word);
  // (Past a conjunction opening the sentence: "But he has no intention of changing his ways. “I'm still …”".)
  if (first !== undefined && /^(?:but|and|yet|so)$/.test(t[first].norm) && t[first + 1]?.word) first++;
  if (first === undefined || !/^(?:he|she)$/.test(t[first].norm)) return null;
  const s = pronounSpeaker(c, first, null);
  return s?.personId ? { speaker: s, cue: null, place: 'continued' } : null;
}

/** "Later, co-creator Amy Sherman-Palladino talked about the joy of making the series. “…”", "Re-treading worker Mark
 *  Lewis, 53, of Idonia Road, has worked at the site for 37 years. ¶ “It's a sad time.”": with no cue anywhere, a
 *  quotation opening its sentence is the words of the named person the sentence before is about — when that sentence
 *  is about their talking, or introduces them with their age as local copy does. ("Tom Hale scored twice." is
 *  narrative: the quotation after it may be the coach's.) */
function subjectBefore(c: Ctx, range: number[]): Attribution | null {
  const t = c.para.tokens;
  // (A clause, not a photo credit or caption line: "BEN STANSALL/GettyImages".)
  if (range.filter((i) => t[i].word && !t[i].cap).length < 3) return null;
  // (The subject may be a person named after their role: "Re-treading worker Mark Lewis, 53, …".)
  const s = clauseSubject(c, range, null);
  const named = s?.personId ? s : firstNamed(c, range.slice(0, 5));
  if (!named?.personId) return null;
  const talk = range.some((i) => t[i].word && (TALK.test(t[i].norm) || (t[i].norm === 'hit' && t[i + 1]?.norm === 'back')));
  const n = range.find((i) => t[i].start >= named.end) ?? -1;
  const aged = t[n]?.text === ',' && /^\d{1,3}$/.test(t[n + 1]?.text ?? '') && t[n + 2]?.text === ',';
  return talk || aged ? { speaker: named, cue: null, place: 'continued' } : null;
}

/** Words saying a sentence is about someone's talking ("talked about", "a self-deprecating speech", "before delivering
 *  the final words"). */
const TALK = /^(?:talked|talks|spoke|speaks|chatted|joked|quipped|speech|message|remarks|comments|words|address|testimony|tribute|eulogy)$/;

const STANCE_PARTICIPLE = /^(?:un)?(?:impressed|delighted|pleased|disappointed|frustrated|surprised|relieved|thrilled|stunned|shocked|angered|satisfied|determined|convinced|moved|deterred|bowed|repentant|concerned|worried)$/;
const STANCE_VERB = /^(?:disagreed|agreed|concurred|demurred|objected|countered|responded|replied|hit|fired|shot|pushed|apologised|apologized)$/;
/** A judgement passed on something, which the quotation after it goes on to give: "Magilton credited a strong week's
 *  training as the key", "Hale praised the volunteers". */
const JUDGING_VERB = /^(?:credited|praised|hailed|lauded|lamented|blamed|criticised|criticized|bemoaned|rued|welcomed|reflected|singled)$/;

/** "Tom Hale, the rival candidate, was unimpressed. “They will lose.”", "Obi disagreed. “…”": a short sentence giving a
 *  named person's stance, closing on it, introduces the quotation after it. */
function stanceBefore(c: Ctx, range: number[]): Attribution | null {
  if (!range.length || range.length > 16) return null;
  const t = c.para.tokens;
  // The person named at the sentence's start, past an apposition ("Tom Hale, the rival candidate,"), perhaps after
  // their role ("Manager James McPake was disappointed …").
  // (Past a body's name before the role: "Medibank chairman Mike Wilkins".)
  let k = 0;
  while (k < range.length && (!c.nameByLast.has(range[k]) || (k < 2 && c.nameByLast.get(range[k])!.kind !== 'person'))) k++;
  const name = k < range.length ? c.nameByLast.get(range[k]) : undefined;
  if (!name || name.kind !== 'person') return null;
  const first = tokenAt(t, name.start);
  const before = range.slice(0, range.indexOf(first));
  const titled = before.every((i) => t[i].cap && (isRoleWord(t[i].norm) || OFFICE_WORDS.test(t[i].norm))) || (isRoleWord(t[first - 1]?.norm ?? '') && before.every((i) => t[i].word && (t[i].cap || isRoleWord(t[i].norm))));
  if (first !== range[0] && !(first - range[0] <= 3 && titled)) return null;
  k++;
  // ("Mike Wilkins also apologised.")
  while (k < range.length && t[range[k]].word && /^(?:also|too|then|later)$/.test(t[range[k]].norm)) k++;
  if (t[range[k]]?.text === ',') {
    k++;
    while (k < range.length && t[range[k]].text !== ',') k++;
    k++;
  }
  const verb = range[k];
  if (verb === undefined || !t[verb].word) return null;
  const rest = range.slice(k + 1).filter((i) => t[i].word);
  // After a copula, an adjective or two closing the sentence — not a participle that befell them ("was arrested": a
  // victim does not speak next); else a verb of stance alone ("disagreed", "hit back").
  const copula = /^(?:was|is|were|are|seemed|sounded|looked|remained|appeared)$/.test(t[verb].norm);
  // (Or a feeling and what it was about: "was disappointed to lose goals to two set plays".)
  const closes = copula
    ? (rest.length >= 1 && rest.length <= 3 && rest.every((i) => !t[i].cap && (!/ed$/.test(t[i].norm) || STANCE_PARTICIPLE.test(t[i].norm)))) || (rest.length > 1 && STANCE_PARTICIPLE.test(t[rest[0]].norm) && /^(?:to|with|by|about|at|that)$/.test(t[rest[1]].norm))
    : (STANCE_VERB.test(t[verb].norm) && rest.length <= 1 && rest.every((i) => /^(?:back|out)$/.test(t[i].norm)) && (!/^(?:hit|fired|shot|pushed)$/.test(t[verb].norm) || rest.length === 1)) || JUDGING_VERB.test(t[verb].norm);
  return closes ? { speaker: nameSpeaker(c, name), cue: cueSpan(c, verb), place: 'continued' } : null;
}

/** Is the quotation in a sentence with no verb outside quotations, right after the sentence of `previous`? */
function fragmentAfter(ctx: Ctx, span: QuoteSpan, previous: Quote): boolean {
  const t = ctx.para.tokens;
  const k = tokenAt(t, span.start);
  const sentence = ctx.para.sentences[ctx.sentenceOf[k]];
  const before = ctx.para.sentences[ctx.sentenceOf[k] - 1];
  if (!sentence || !before || previous.start < before.start || previous.end > sentence.start) return false;
  // A fragment is short: a sentence of more than 60 tokens is none (and reading it whole per quotation would be
  // quadratic in a long one).
  const first = tokenAt(t, sentence.start);
  if (tokenAt(t, sentence.end) - first > 60) return false;
  for (let i = first; i < t.length && t[i].start < sentence.end; i++) {
    if (!t[i].word || ctx.quoted[i] || (i >= k && t[i].start < span.end)) continue;
    // "One filled with …", "one marked by …": a participle after "one" describes; it is no verb of the sentence.
    if (/(?:ed|en)$/.test(t[i].norm) && /^(?:one|ones)$/.test(t[i - 1]?.norm ?? '')) continue;
    if (!t[i].cap && (hasTag(t[i].norm, 'Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal') || /^(?:is|are|was|were|be|been|has|have|had)$/.test(t[i].norm))) return false;
  }
  return true;
}

/** The speaker of the sentence before the one quoting `span`, when that sentence has no verb of saying and names no
 *  one else (see carriesOn): read as if the quotation opened its sentence. */
function reportedBefore(ctx: Ctx, prevCtx: Ctx | null, span: QuoteSpan, previous: Quote | null): Attribution | null {
  // (A verb inside the quotation is the speaker's own: "did not “fully reflect the cost”".)
  const first = quietSentence(ctx, span, null, true);
  if (first < 0) return null;
  const prior = priorSentence(prevCtx, ctx, { ...span, start: ctx.para.tokens[first].start }, previous);
  return prior?.speaker ? { ...prior, place: 'continued' } : null;
}

/** The first token of the sentence quoting `span` when it has no verb of saying (outside quotations, with
 *  `outsideQuotes`) and names no person but `own` or an owner in the possessive; else -1. */
function quietSentence(ctx: Ctx, span: QuoteSpan, own: string | null, outsideQuotes: boolean): number {
  const t = ctx.para.tokens;
  const sentence = ctx.para.sentences[ctx.sentenceOf[tokenAt(t, span.start)]];
  if (!sentence) return -1;
  // (A sentence of more than 80 tokens is read as none: reading it whole per quotation would be quadratic.)
  const first = tokenAt(t, sentence.start);
  if (tokenAt(t, sentence.end) - first > 80) return -1;
  for (let i = first; i < t.length && t[i].start < sentence.end; i++) if (!(outsideQuotes && ctx.quoted[i]) && isCue(ctx, i)) return -1;
  for (let n = firstStartingAt(ctx.names, sentence.start); n < ctx.names.length && ctx.names[n].start < sentence.end; n++) {
    const name = ctx.names[n];
    if (name.kind === 'person' && name.personId !== own && !t[name.last - 1]?.possessive) return -1;
  }
  return first;
}

/** "Mr Justice Jay described the group as having a “truly evil … vision”. / Without Lythgoe’s determination it would
 *  have “withered and died on the vine”.": words quoted in the paragraph right after a speaker's, in a sentence with no
 *  verb of saying and no one else named but in the possessive, carry on that speaker's account. */
function carriesOn(ctx: Ctx, span: QuoteSpan, previous: { quote: Quote; paragraph: number }, pIndex: number): boolean {
  return previous.paragraph === pIndex - 1 && quietSentence(ctx, span, previous.quote.speaker?.personId ?? null, false) >= 0;
}

/** A short paragraph of narrative, naming no person and quoting nothing, between a speaker's quotations. */
function bridges(ctx: Ctx, para: Paragraph): boolean {
  if (para.end - para.start > 200 || /["“”‘’']\s*\p{Lu}|["“”]/u.test(para.body)) return false;
  const names = ctx.people.names;
  // (Only names taken for people: a capitalised word without that evidence, "Rovers nearly had …", names no one.)
  for (let k = firstStartingAt(names, para.start); k < names.length && names[k].start < para.end; k++) if (names[k].kind === 'person' && names[k].personId !== null) return false;
  return true;
}

/** A speech quote with no cue continues the previous speaker: the next sentence of the same paragraph, or a
 *  paragraph that opens with a quotation right after a paragraph whose quote was attributed. */
function continues(doc: ArticleDoc, ctx: Ctx, span: QuoteSpan, previous: { quote: Quote; paragraph: number }): boolean {
  const p = ctx.para.index;
  if (previous.paragraph === p) return true;
  // The paragraph the previous quotation ends in: a quotation over several paragraphs runs on to its last.
  const ended = Math.max(previous.paragraph, paragraphIndexAt(doc, previous.quote.end - 1));
  if (ended === p) return true;
  // A crosshead, a "Read more:" link or photo captions between the paragraphs do not break the speaker's run.
  let between = p - 1;
  while (between > ended && p - between <= 3 && isInterruption(doc.paragraphs[between])) between--;
  // Nor do two or three headline-shaped lines in a row, pasted links or a photo's caption lines ("Billy the mascot
  // with Lance Cpl Dai Davies ¶ It was the first outing for Billy the goat mascot"), as debris reads such a run.
  if (between - ended >= 2 && p - ended <= 4 && doc.paragraphs.slice(ended + 1, between + 1).every((x) => x.memo.get('shape', () => shapeOf(x.body)) === 'headline')) between = ended;
  // "“…” / The win turned around their loss. / “We felt …”": one short line of narrative that names no one and
  // quotes nothing keeps the speaker's run too.
  if (between === ended + 1 && bridges(ctx, doc.paragraphs[between])) between = ended;
  if (between !== ended) return false;
  // "On Neco Williams: “…”", "Asked about the record: “…”": a topic line opening the paragraph keeps the speaker.
  const lead = doc.text.slice(ctx.para.start, span.start).trim();
  return lead === '' || /^(?:on|about|asked about|asked|regarding)\s[^.!?"“”:]{1,60}:$/i.test(lead);
}
