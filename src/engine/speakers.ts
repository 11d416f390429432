// Who is speaking, read from the words around a reporting verb: the subject before it (through appositions,
// asides, relative clauses and opening phrases), the name after an inverted verb, "according to X", and the
// other shapes news copy attributes with (“…” Trump said. / as one journalist put it / NAME’s claim that).
import type { NameMention } from './people';
import type { QuoteSpan } from './quotes';
import type { Quote, Speaker, TextSpan } from './types';
import { CUE_VERBS, FINITE_AUX, GROUPS, OFFICE_WORDS, PRONOUNS, hasTag, isPeoplePlural, isRoleWord, tagsOf } from './lexicon';
import type { Attribution } from './attribution';
import { affiliationAt, agedBefore, cueSpan, describesNoun, findName, firstNameIn, firstNamed, isCue, lastOfName, nameSpeaker, personAfterAffiliation, personBeforeAffiliation, possessedHead, sentenceOfToken, tokenAt, wordBeforeName, type Ctx } from './attributionContext';
import { DETERMINERS, ISSUED_PARTICIPLES, PASSIVE_AUX, SKIP_BEFORE_CUE, SOURCE_NOUNS, SUBORDINATORS, TIME_WORD, WORDS_NOUNS, canSpeakNoun, isAdverb, isPassiveAddressee, isNounLike, isPastVerb, isThingsPlural, subjectPronoun } from './attributionCues';
import { descriptionSpeaker, oneOfGroup, possessedSpeaker, pronounSpeaker } from './references';
import { bracketedAbbreviation, type Token } from './text';
import { isPartyCode } from './names';

/** The person or organisation whose words the sentence names before the quotation — "NAME’s claim that …",
 *  "NAME’s words: …" — within the last dozen tokens before it. */
export function ownerOfWords(ctx: Ctx, b: number[]): { speaker: Speaker; noun: number } | null {
  const t = ctx.para.tokens;
  for (let n = b.length - 1; n >= Math.max(1, b.length - 12); n--) {
    const i = b[n];
    // The words' content follows ("claim that …", "words: …", "message was clear: …"), not a verdict on them
    // ("statement was “true”").
    if (!t[i].word || !WORDS_NOUNS.test(t[i].norm)) continue;
    let j = i + 1;
    if (/^(?:was|is|were|are)$/.test(t[j]?.norm ?? '')) {
      j++;
      while (j < i + 5 && t[j]?.word && !t[j].cap) j++;
      if (t[j]?.text !== ':') continue;
    }
    // ("issued an apology for not “acting quickly enough”": what an apology is for is its words too.)
    if (!/^(?:that|:)$/.test(t[j]?.norm ?? '') && !(t[i].norm === 'apology' && t[j]?.norm === 'for')) continue;
    const owner = t[i - 1];
    if (owner?.possessive) {
      const name = ctx.nameByLast.get(i - 1);
      if (name && (name.kind === 'person' || name.kind === 'organisation')) return { speaker: nameSpeaker(ctx, name), noun: i };
    }
    // "The tribunal upheld her claim that she was treated “less favourably”": whom the pronoun stands for.
    if (owner?.word && /^(?:his|her)$/.test(owner.norm)) {
      const s = pronounSpeaker(ctx, i - 1, null);
      if (s?.personId) return { speaker: s, noun: i };
    }
    // "Newton police had issued a new request that residents “…”": words the clause's subject issued.
    let d = i - 1;
    while (d > i - 4 && t[d]?.word && /^(?:new|fresh|renewed|further|urgent|public|formal|strong|stark|final)$/.test(t[d].norm)) d--;
    const verb = /^(?:a|an|its|their|his|her)$/.test(t[d]?.norm ?? '') && ISSUING.test(t[d - 1]?.norm ?? '') ? b.indexOf(d - 1) : -1;
    if (verb > 0) {
      const subject = clauseSubject(ctx, b.slice(0, verb), null);
      if (subject) return { speaker: subject, noun: i };
    }
  }
  return null;
}
const ISSUED_PARTICIPLE = new RegExp(`^(?:${ISSUED_PARTICIPLES})$`);
const ISSUING = /^(?:issued|issues|made|makes|sent|sends|renewed|renews|repeated|repeats|posted|posts|released|releases|delivered|delivers|put)$/;

/** "“We were awful.” That was the verdict of captain Tom Hale": a sentence right after the quotation naming whose words
 *  they were. */
export function verdictAfter(ctx: Ctx, span: QuoteSpan): Attribution | null {
  const t = ctx.para.tokens;
  const k = tokenAt(t, span.end);
  if (!/^(?:that|this|those|these|such)$/.test(t[k]?.norm ?? '') || !/^(?:was|is|were|are)$/.test(t[k + 1]?.norm ?? '')) return null;
  let n = k + 2;
  if (t[n]?.norm === 'the') n++;
  if (!WORDS_NOUNS.test(t[n]?.norm ?? '') || t[n + 1]?.norm !== 'of') return null;
  // "of captain Tom Hale", "of a furious Hale": the first person or organisation named within a few words.
  for (let j = n + 2; j < Math.min(t.length, n + 8) && t[j].word; j++) {
    const name = ctx.nameByLast.get(j);
    if (name && (name.kind === 'person' || name.kind === 'organisation')) return { speaker: nameSpeaker(ctx, name), cue: cueSpan(ctx, n), place: 'after' };
  }
  return null;
}

/** "Trump said." as a sentence of its own right after a quotation ending in a full stop. */
export function splitOffAttribution(ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution | null {
  const t = ctx.para.tokens;
  const first = tokenAt(t, span.end);
  if (first >= t.length || ctx.quoted[first] || !t[first].word) return null;
  // The sentence: up to its full stop (or the paragraph's end, where copy drops it), at most six tokens, nothing quoted.
  let stop = first;
  while (stop < t.length && stop - first < 7 && t[stop].word && !ctx.quoted[stop]) stop++;
  if (stop < t.length && t[stop].text === ',') return appositionSplitOff(ctx, first, previous);
  if (stop < t.length && t[stop].text !== '.') return null;
  // (A title may open it: "“…” Premier Bligh said.")
  const subject = subjectAt(ctx, first, previous, t[first].cap && isRoleWord(t[first].norm) ? 2 : 0);
  if (!subject || subject.end + 1 >= stop || !isCue(ctx, subject.end + 1)) return null;
  if (!onlyTimeWords(t, subject.end + 2, stop)) return null;
  return { speaker: subject.speaker, cue: cueSpan(ctx, subject.end + 1), place: 'after' };
}

/** Only time words from token `from` to `to`: "Trump said Tuesday." */
const onlyTimeWords = (t: Token[], from: number, to: number): boolean => t.slice(from, to).every((x) => TIME_WORD.test(x.norm) || /^(?:on|last|this|late|early|later|then)$/.test(x.norm));

/** "“… welcome?’” Rev. Brad Motta, of Morrow Church, said.": the split-off sentence holds an apposition between the
 *  name that opens it and the verb that closes it (a comma before the verb, at most sixteen tokens, nothing quoted). */
function appositionSplitOff(ctx: Ctx, first: number, previous: Quote | null): Attribution | null {
  const t = ctx.para.tokens;
  if (!t[first].cap) return null;
  let stop = first;
  while (stop < t.length && stop - first < 16 && (t[stop].word || t[stop].text === ',') && !ctx.quoted[stop]) stop++;
  if (stop < t.length && t[stop].text !== '.') return null;
  let verb = stop - 1;
  while (verb > first && t[verb].word && !isCue(ctx, verb)) verb--;
  if (verb - 1 <= first || t[verb - 1].text !== ',' || !isCue(ctx, verb) || /ing$/.test(t[verb].norm) || !onlyTimeWords(t, verb + 1, stop)) return null;
  const speaker = speakerBefore(ctx, verb - 1, first, previous);
  return speaker && tokenAt(t, speaker.start) <= first + 1 ? { speaker, cue: cueSpan(ctx, verb), place: 'after' } : null;
}

/** "“…” Roger Federer speaks frankly following his defeat.": in round-ups and features, a sentence in the present
 *  tense right after a quotation that opens its paragraph describes the one who said it — a last resort, for a
 *  quotation nothing else attributes. */
export function describedAfter(ctx: Ctx, span: QuoteSpan): Attribution | null {
  const t = ctx.para.tokens;
  if (ctx.doc.text.slice(ctx.para.start, span.start).trim() !== '') return null;
  if (!/[.!?…]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd))) return null;
  const first = tokenAt(t, span.end);
  if (first >= t.length || ctx.quoted[first] || !t[first].word || !t[first].cap) return null;
  for (let j = first; j < first + 8 && j < t.length && !ctx.quoted[j]; j++) {
    const name = ctx.nameByLast.get(j);
    if (name) {
      if (name.kind !== 'person') return null;
      let v = j + 1;
      // "Djokovic, who follows a strict diet, jokes …": past a relative clause.
      if (t[v]?.text === ',' && /^(?:who|whose)$/.test(t[v + 1]?.norm ?? '')) {
        v += 2;
        while (v < t.length && v < j + 16 && t[v].text !== ',') v++;
        v++;
      }
      const verb = t[v];
      // Right after a person's name a lower-case word in -s is a verb: "speaks", "jokes", "offers", "looks".
      const present = !!verb?.word && !verb.cap && (verb.norm === 'is' || /[^s]s$/.test(verb.norm));
      return present ? { speaker: nameSpeaker(ctx, name), cue: cueSpan(ctx, v), place: 'after' } : null;
    }
    if (!t[j].word) return null;
  }
  return null;
}

/** Who speaks a quotation inside another: "I said, ‘What are you doing?’" (I: the outer quote's speaker),
 *  "They'd say, ‘…’" (they), "Smith told me: ‘…’" (Smith). */
export function innerAttribution(ctx: Ctx, span: QuoteSpan, outer: Quote): { speaker: Speaker | null; cue: TextSpan } | null {
  const t = ctx.para.tokens;
  let v = tokenAt(t, span.start) - 1;
  while (v >= 0 && !t[v].word) v--;
  // "telling me, ‘…’": the verb is before the one told.
  if (v > 0 && /^(?:me|us|him|her|them|you|reporters)$/.test(t[v].norm)) v--;
  // The verb, or the spoken quotative "is just like, ‘…’".
  if (v < 0 || !(CUE_VERBS.has(t[v].norm) || t[v].norm === 'like')) return null;
  let s = v - 1;
  while (s >= 0 && t[s].word && (SKIP_BEFORE_CUE.has(t[s].norm) || isAdverb(t[s]) || /^(?:just|all|are|am|'m|'re|'s)$/.test(t[s].norm))) s--;
  // "He [the defendant] said ‘…’": past an editor's bracket.
  if (t[s]?.text === ']') {
    let k = s - 1;
    while (k > 0 && k > s - 12 && t[k].text !== '[') k--;
    if (t[k]?.text === '[') s = k - 1;
  }
  // "He came up and said ‘…’": a second verb's subject is the first's.
  if (t[s]?.norm === 'and') {
    let k = s - 1;
    while (k >= 0 && k > s - 8 && t[k].word && t[k].start > outer.start && !subjectPronoun(t[k].norm) && !ctx.nameByLast.has(k)) k--;
    if (k >= 0 && t[k].word && t[k].start > outer.start && (subjectPronoun(t[k].norm) || ctx.nameByLast.has(k))) s = k;
  }
  if (s < 0 || !t[s].word || t[s].start < outer.start) return { speaker: null, cue: cueSpan(ctx, v) };
  const pronoun = subjectPronoun(t[s].norm);
  // A contracted pronoun ("They’d") is spoken for by the pronoun alone.
  const length = pronoun ? pronoun.length : t[s].text.length;
  const base = { start: t[s].start, end: t[s].start + length, text: t[s].text.slice(0, length) };
  if (pronoun === 'i' || pronoun === 'we') return { speaker: outer.speaker ? { ...outer.speaker, ...base } : null, cue: cueSpan(ctx, v) };
  if (pronoun) return { speaker: { ...base, name: base.text, type: pronoun === 'they' ? 'group' : 'person', personId: null }, cue: cueSpan(ctx, v) };
  const name = ctx.nameByLast.get(s);
  if (name && name.kind !== 'other') return { speaker: nameSpeaker(ctx, name), cue: cueSpan(ctx, v) };
  // "My friends are telling me, ‘…’", "Other countries just say, ‘…’": a description inside the quotation.
  return { speaker: descriptionSpeaker(ctx, s, 'backward', null, tokenAt(t, outer.start) + 1), cue: cueSpan(ctx, v) };
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
    // A title in lower case may come first: "Outgoing chief financial officer Chris Lynch", "Republican presidential
    // nominee Donald Trump" (an adjective by its ending where the lexicon has none).
    const titleWord = titled > 0 && (isRoleWord(t[j].norm) || OFFICE_WORDS.test(t[j].norm) || hasTag(t[j].norm, 'Adjective') || (!tagsOf(t[j].norm).length && /^[a-z]{3,}(?:al|ic|ary|ive|ous)$/.test(t[j].norm)));
    if (!t[j].word || (!t[j].cap && !titleWord)) break;
  }
  return null;
}

/** "Bennett shot back", "beamed Donald Hartley", "he went on" right after a quotation: the speaker and the verb. */
export function mannerAttribution(ctx: Ctx, a: number[], previous: Quote | null): { speaker: Speaker; verb: number } | null {
  const t = ctx.para.tokens;
  // (A comma may follow the quotation's own "!" or "?": "“You're a disgrace!”, the Kerry TD roared.")
  const first = t[a[0]].text === ',' && a.length > 1 ? a[1] : a[0];
  if (!t[first].word) return null;
  if (isPastVerb(t[first])) {
    // Inverted: a name must start right after the verb.
    const end = lastOfName(ctx, first + 1);
    const name = end >= 0 ? ctx.nameByLast.get(end) : undefined;
    return name && name.kind === 'person' && a.includes(end) ? { speaker: nameSpeaker(ctx, name), verb: first } : null;
  }
  // "“…,” the reporter followed up": an article and a role before the verb, the role's holder or the description.
  const role = t[first].norm === 'the' && !!t[first + 1]?.word && !t[first + 1].cap && isRoleWord(t[first + 1].norm) && a.includes(first + 2) && isPastVerb(t[first + 2]) ? descriptionSpeaker(ctx, first + 1, 'backward', previous, first) : null;
  const subject = role ? { speaker: role, end: first + 1 } : subjectAt(ctx, first, previous);
  const verb = subject ? subject.end + 1 : -1;
  if (!subject || !a.includes(verb) || !isPastVerb(t[verb])) return null;
  // "“…!” It had an energy", "He had the fireworks": an auxiliary or "it" starts a new sentence, not an attribution.
  if (/^(?:had|was|were|did|could|would|should|might|must|got)$/.test(t[verb].norm) || /^(?:it|they)$/.test(subjectPronoun(t[first].norm) ?? '')) return null;
  return { speaker: subject.speaker, verb };
}

/** The subject that opens the clause of `range` — a person or organisation named at its start or right after an
 *  opening phrase and its comma ("In an August speech, Trump …"), "he"/"she", or "it"/"they" standing for an
 *  organisation — and the verb after it. `strict`: no later clause may follow ("… so upset that I had to …"). */
export function openingSubject(ctx: Ctx, range: number[], previous: Quote | null, strict = true): { speaker: Speaker; verb: number } | null {
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
    while (v < t.length && t[v].word && (SKIP_BEFORE_CUE.has(t[v].norm) || isAdverb(t[v]) || /^(?:been|being)$/.test(t[v].norm))) v++;
    const verb = t[v];
    if (!verb?.word || ctx.quoted[v] || verb.cap || !range.includes(v)) return null;
    // (Or a phrasal verb the lexicon knows whole: "Sir Keir hit back: “…”".)
    const phrasal = !!t[v + 1]?.word && hasTag(`${verb.norm} ${t[v + 1].norm}`, 'PhrasalVerb');
    if (!hasTag(verb.norm, 'Verb', 'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Participle') && !/(?:ed|s)$/.test(verb.norm) && !phrasal) return null;
    if (/^(?:and|or|but|of|in|on|at|to|for|with|from|by|as|who|which|that)$/.test(verb.norm)) return null;
    // "She became so upset that I had to change my answer: “…”": a later clause has a subject of its own. Inside
    // the writer's sentence "as a “strong leader”" and "a coach who is “working the referees”" stay the subject's.
    const later = strict ? (k: number) => t[k].norm === 'that' || SUBORDINATORS.has(t[k].norm) : (k: number) => t[k].norm === 'that' && !!t[k + 1] && !!subjectPronoun(t[k + 1].norm);
    if (range.some((k) => k > v && t[k].word && later(k))) return null;
    return { speaker, verb: v };
  }
  return null;
}

/** "the Nation quoted Muteshi as saying", "… quotes Ms Lee": the one quoted, named right after the verb at `i`. */
export function quotedPerson(ctx: Ctx, i: number): Speaker | null {
  const t = ctx.para.tokens;
  if (!/^quot(?:ed|es)$/.test(t[i]?.norm ?? '')) return null;
  const quoted = ctx.nameByLast.get(lastOfName(ctx, i + 1));
  return quoted?.kind === 'person' && tokenAt(t, quoted.start) <= i + 2 ? nameSpeaker(ctx, quoted) : null;
}

/** A social-media handle at token `i` ("@WilsonDaka stated", "“…,” @WashProbs tweeted"; the tokenizer keeps it
 *  whole): the account speaks, under its handle — no person the article names. */
function handleAt(ctx: Ctx, i: number): Speaker | null {
  const h = ctx.para.tokens[i];
  if (!h || h.text[0] !== '@' || ctx.quoted[i]) return null;
  return { start: h.start, end: h.end, text: h.text, name: h.text, type: 'person', personId: null };
}

/** A speaker found after an inverted verb that is someone: a person named, or described by a role or a group ("said
 *  one employee, who …", "said a resident") — not a noun of whatever the clause was about. */
export function namesSomeone(s: Speaker): boolean {
  const head = s.text.split(/\s+/).pop()!.toLowerCase();
  return !!s.personId || (s.type !== 'organisation' && (isRoleWord(head) || GROUPS.has(head)));
}

/** Who does the reporting verb at b[n]: its subject before it; after it when inverted ("said Mr Smith: “…”");
 *  for a participle after a comma, the clause's subject ("He issued a statement, saying …", "Mr Kim toasted …,
 *  predicting …"). */
const INVERTIBLE = /^(?:said|says|added|adds|explained|explains|continued|wrote|writes|noted|notes)$/;
const TOLD = /^(?:tell|told|tells|telling|ask|asked|asks|asking|inform|informed|informs)$/;
export function cueSubject(ctx: Ctx, b: number[], n: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  const i = b[n];
  const gerund = /ing$/.test(t[i].norm);
  // "was described by the headteacher, Helen Grant, as “…”": a passive reporting verb's agent speaks. (Past a time,
  // "were described last week by …"; with its auxiliary left out after a comma, "a facility, described by an inspector
  // as “…”".)
  let by = i + 1;
  while (by < i + 4 && (TIME_WORD.test(t[by]?.norm ?? '') || /^(?:last|on|this|earlier|later)$/.test(t[by]?.norm ?? ''))) by++;
  // (Not "was quoted by the Houston Chronicle as saying", "was cited by the BBC as saying": the outlet passes the words on.)
  if (t[by]?.norm === 'by' && (PASSIVE_AUX.test(t[i - 1]?.norm ?? '') || t[i - 1]?.text === ',') && isPastVerb(t[i]) && !QUOTING.test(t[i].norm)) {
    const agent = speakerAfter(ctx, by + 1, previous);
    if (agent) return agent;
  }
  // "… ensure families are warned that a “distressing” inquest …", "he was told that …": the subject of a passive verb
  // of telling is the one told, never the speaker.
  // Nor is the subject of a passive verb of judging: "the committee is accused of resorting to “smear”" is the target
  // (unless what it is accused of is saying: "has been accused of claiming she was “telling lies”").
  const judged = JUDGED.test(t[i].norm) && !(t[i + 1]?.norm === 'of' && CUE_VERBS.has(t[i + 2]?.norm ?? ''));
  if (isPassiveAddressee(t, i) || (judged && PASSIVE_AUX.test(t[i - 1]?.norm ?? ''))) return null;
  // Nor is the subject of any passive verb of saying with no agent, where the words are not its own: "the presence of
  // norovirus has been confirmed", "the claim was denied" (but "he was quoted as saying", "was heard shouting").
  // (A verb of naming keeps its subject, so that its quoted words stay someone's: "China has been branded “a bully”";
  // so does one whose charge is saying: "has been accused of claiming".)
  if (passiveUnsaid(t, i)) return null;
  // "Amnesty quoted a 70-year-old detainee as saying", "the paper quoted Mr Jones as saying:": the one quoted speaks,
  // the outlet passes the words on.
  const passed = passedOn(ctx, i, b[0], previous);
  if (passed !== undefined) return passed;
  const shown = shownSaying(ctx, i, previous);
  if (shown) return shown;
  // "Emma Watson and Tom Hanks, who tweeted today hailing Paxton as “…”": a participle inside a relative clause (no
  // comma between) has the relative's antecedent for its subject.
  if (gerund) {
    const owner = relativeAntecedent(ctx, b, n);
    if (owner) return nameSpeaker(ctx, owner);
  }
  // ("The delay upset a lot of people, Krog said, adding that …": the one who closed the clause before speaks on.)
  if (gerund && t[i - 1]?.text === ',' && n >= 3 && b[n - 2] === i - 2 && /^(?:said|says)$/.test(t[i - 2].norm)) {
    const closer = speakerBefore(ctx, i - 3, b[0], previous);
    if (closer?.personId) return closer;
  }
  // "…, with one councillor, Derek Adamson, describing it as “…”": the name in apposition after "with" is the
  // participle's own subject, not the clause's.
  const withName = gerund && t[i - 1]?.text === ',' ? ctx.nameByLast.get(i - 2) : undefined;
  const withAt = withName?.kind === 'person' ? tokenAt(t, withName.start) : -1;
  if (withAt > 0 && t[withAt - 1].text === ',') {
    let k = withAt - 2;
    while (k > b[0] && withAt - k <= 6 && t[k].word && t[k].norm !== 'with') k--;
    if (k >= b[0] && t[k]?.norm === 'with') return nameSpeaker(ctx, withName!);
  }
  if (gerund && t[i - 1]?.text === ',') return clauseBeforeSubject(ctx, b.slice(0, n), previous) ?? passiveAgent(ctx, b.slice(0, n), previous) ?? lastClauseSubject(ctx, b, n, previous);
  // "… and began by saying he would “never” …": a gerund after a preposition has the clause's subject.
  if (gerund && /^(?:by|after|before|while|in|for|without|when)$/.test(t[i - 1]?.norm ?? '')) {
    const subject = clauseSubject(ctx, b.slice(0, Math.max(0, n - 1)), previous);
    if (subject) return subject;
  }
  // "Trump took to Twitter to accuse …": an infinitive's subject is the clause's.
  if (t[i - 1]?.norm === 'to' && n >= 2 && t[b[n - 2]]?.word) {
    const subject = lastClauseSubject(ctx, b, n - 1, previous);
    if (subject) return subject;
  }
  // A second verb of the same subject ("She then urges her husband … and repeatedly says", "Lee held a briefing at
  // the National Council that day and said"): the clause's subject, not a name in the first verb's phrase.
  let k = n - 1;
  while (k >= 0 && t[b[k]].word && (SKIP_BEFORE_CUE.has(t[b[k]].norm) || isAdverb(t[b[k]]) || atSomePoint(t, b[k]))) k -= atSomePoint(t, b[k]) ? 3 : 1;
  const coordinated = k >= 0 && /^(?:and|but|or|then)$/.test(t[b[k]].norm);
  let s = coordinated ? clauseSubject(ctx, b.slice(0, n), previous) : null;
  // "…, said its Vice-Chairman Pritam Singh, who described the comments as “belated”": a verb of saying right after a
  // comma, with a name after it, is inverted — what comes before the comma is what was said, not who said it.
  // (Not after an apposition to the name opening the clause: "Kenneth Baker, chair of the judges, said True History of
  // the Kelly Gang … had turned …" is Baker's.)
  const apposed = () => {
    const opening = firstNameIn(ctx, b[0], b[0] + 4);
    return !!opening && opening.kind === 'person' && opening.first === b[0] && t[opening.last]?.text === ',' && opening.last < i - 1;
  };
  if (!s && !gerund && t[i - 1]?.text === ',' && INVERTIBLE.test(t[i].norm) && n + 1 < b.length && !apposed()) {
    const after = speakerAfter(ctx, b[n + 1], previous, 5);
    // (Not the subject of what was said: in "…, representing the newspaper, said Mr Depp had not shown “contrition”"
    // a verb follows the name.)
    const next = after ? t[tokenAt(t, after.end)] : undefined;
    const clause = !!next?.word && !next.cap && (/^(?:had|has|have|was|were|is|are|would|could|will|should|did|does|do|might|may|must)$/.test(next.norm) || isPastVerb(next));
    if (after && namesSomeone(after) && !clause) s = after;
  }
  // "Le Figaro cited an unnamed Elysée Palace official, who said: “…”": the relative's antecedent, named or described,
  // speaks — not the clause that brings it in.
  if (!s && !gerund) {
    let w = i - 1;
    while (w > b[0] && t[w].word && (SKIP_BEFORE_CUE.has(t[w].norm) || isAdverb(t[w]))) w--;
    if (w - 2 >= b[0] && t[w].norm === 'who' && t[w - 1].text === ',' && t[w - 2].word) {
      // (Past where the antecedent is or works: "Judge Mark Wolf in Boston, who said".)
      const named = ctx.nameByLast.get(w - 2);
      // (Or comes from: "David Brown from Kingswood, who said".)
      const holder = named ? townOfPerson(ctx, named) ?? (named.kind !== 'person' ? personBeforeAffiliation(ctx, named) : null) : null;
      s = holder ? nameSpeaker(ctx, holder) : named ? (named.kind === 'person' ? nameSpeaker(ctx, named) : null) : descriptionSpeaker(ctx, w - 2, 'backward', previous, b[0]);
    }
  }
  s ??= quotedPerson(ctx, i) ?? speakerBefore(ctx, i - 1, b[0], previous);
  // Inverted ("said Mr Smith: “…”") only at the clause's start or right after a quotation, not after an apposition's
  // comma ("The report, published on Tuesday, described a culture …").
  const afterQuote = n > 0 && !t[b[n - 1]].word && !!ctx.quoted[b[n] - 2];
  if (!s && !gerund && n + 1 < b.length && (n === 0 || afterQuote)) s = speakerAfter(ctx, b[n + 1], previous, 5);
  // "On Gaza, says Netanyahu: ‘…’": an inverted verb, then the speaker's name and the colon introducing the quote.
  const named = t[b[b.length - 1]].text === ':' && b.length >= 2 ? ctx.nameByLast.get(b[b.length - 2]) : undefined;
  // ("David Anderson told Yurkevich: “…”": after "told" or "asked" the name is the one spoken to.)
  if (!gerund && named?.kind === 'person' && n + 1 < b.length && tokenAt(t, named.start) === b[n + 1] && !TOLD.test(t[i].norm)) return nameSpeaker(ctx, named);
  // A participle's subject is the clause's.
  if (!s && gerund) s = clauseSubject(ctx, b.slice(0, n), previous);
  // "Cllr Aird noted the deadline had passed. Adding, “…”": a participle opening its sentence has the sentence
  // before's subject.
  if (!s && gerund && n === 0 && /^[,:]$/.test(t[i + 1]?.text ?? '')) {
    const at = ctx.sentenceOf[i];
    const prior = at > 0 ? ctx.para.sentences[at - 1] : undefined;
    if (prior) {
      const range: number[] = [];
      for (let k = tokenAt(t, prior.start); k < i && ctx.sentenceOf[k] === at - 1; k++) if (!ctx.quoted[k]) range.push(k);
      s = clauseSubject(ctx, range, previous);
    }
  }
  // The speaker found, its last word and the token before it, for the checks below.
  const head = s ? s.text.split(/\s+/).pop()!.toLowerCase() : '';
  const at = s ? tokenAt(t, s.start) : -1;
  // "the blueprints for which were described as “absolutely ridiculous”": the subject of a passive verb of naming is
  // what is named; when it is a thing, not someone, it says nothing.
  if (s && NAMING.test(t[i].norm) && PASSIVE_AUX.test(t[i - 1]?.norm ?? '') && s.type !== 'organisation' && isThing(s)) return null;
  // "A head teacher who sent home 100 pupils … in the wrong uniform has said": a thing closing a relative clause before
  // the verb is no speaker — whom "who" stands for is.
  if (s && !gerund && isThing(s)) {
    let who = n - 1;
    while (who > 0 && !(t[b[who]].norm === 'who' && t[b[who] - 1]?.text !== ',')) who--;
    if (who > 0 && s.start > t[b[who]].start && b.slice(who + 1, n).every((k) => !isCue(ctx, k))) {
      const antecedent = speakerBefore(ctx, b[who], b[0], previous);
      if (antecedent) return antecedent;
    }
  }
  // "a judge ruled that a report published last year ‘…’": a document before a participle of publishing is what was
  // published, not who speaks.
  if (s && s.personId === null && /^(?:published|released|issued|posted|printed|leaked|filed|obtained|seen)$/.test(t[i].norm) && SOURCE_NOUNS.test(head)) return null;
  // "Trump issued a statement saying …": the statement is the object; the clause's subject speaks. So it does for
  // a platform or place after a preposition: "Actor Chris O'Dowd paid tribute on Twitter saying: “…”".
  // (And for one in a clause of time: "The LAPD issued a statement after the show ended saying …".)
  const lead = s ? t[at - 1]?.norm ?? '' : '';
  const placed = !!s && (/^(?:on|in|via|through|to|at)$/.test(lead) || (s.personId === null && /^(?:after|before|until|since|when|while|as)$/.test(lead)));
  // (Not someone described, whom a film shows: "A video showing a top district official in Haryana asking …".)
  // (Nor a thing, the object of the verb before the participle: "A planning committee rejected the plan claiming …"
  // — not the subject of an absolute phrase: "with one poster writing …".)
  const verbBefore = s ? t[at - 1] : undefined;
  const thing = !!s && s.personId === null && !!verbBefore && (isPastVerb(verbBefore) || (verbBefore.word && !verbBefore.cap && t[at - 2]?.norm === 'to' && hasTag(verbBefore.norm, 'Infinitive'))) && !namesSomeone(s) && !canSpeakNoun(head) && !isPeoplePlural(head);
  // (…and a paper after "in" before any verb: "Inspector Andrew Bremford in his decision wrote:".)
  if (s && !gerund && s.personId === null && lead === 'in' && !namesSomeone(s) && PAPER_HEADS.test(head)) {
    const subject = clauseSubject(ctx, b.slice(0, n), previous);
    if (subject && subject.start < s.start) return subject;
  }
  if (s && gerund && ((/^(?:a|an)\s/i.test(s.text) && s.personId === null && !namesSomeone(s)) || placed || thing)) {
    const subject = clauseSubject(ctx, b.slice(0, n), previous);
    if (subject && subject.start < s.start && subject.type !== 'group') return subject;
    // "In a statement Thursday announcing his recommendation, Police Chief Thomas Quinlan referred to …": a
    // participle in an opening phrase belongs to the main clause after its comma.
    const comma = placed && s.personId === null && t[b[0]].word && opensPhrase(t[b[0]].norm) ? b.findIndex((k, m) => m > n && t[k].text === ',') : -1;
    if (comma > n && comma + 1 < b.length) {
      const main = clauseSubject(ctx, b.slice(comma + 1), previous);
      if (main && main.type !== 'group') return main;
    }
  }
  return s;
}

/** A description no one could speak as: no name, and no word for a speaker, people or a group ("the blueprints for
 *  which", "the wrong uniform"). */
function isThing(s: Speaker): boolean {
  return s.personId === null && !namesSomeone(s) && !s.text.toLowerCase().split(/\s+/).some(isSpeakerWord);
}

/** A word for a speaker, people or a group: "spokeswoman", "residents", "officials". */
const isSpeakerWord = (norm: string): boolean => canSpeakNoun(norm) || isPeoplePlural(norm) || GROUPS.has(norm);

/** The subject of the last of the coordinated clauses before b[n]: "Mr Hale sat down, and Ms Obi took to Twitter to
 *  accuse …", "The plans had attracted 11 objections, and the Town Council was ‘unable to support’ them, saying …". */
function lastClauseSubject(ctx: Ctx, b: number[], n: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let from = n - 1;
  while (from > 0 && !(t[b[from - 1]].text === ',' && /^(?:and|but|while|yet)$/.test(t[b[from]].norm))) from--;
  return (from > 0 ? clauseSubject(ctx, b.slice(from + 1, n), previous) : null) ?? clauseSubject(ctx, b.slice(0, n), previous);
}

const AFFILIATING_WORD = /^(?:of|from)$/;

/** What one writes or says something in: "in his decision wrote", "in a letter said". */
export const PAPER_HEADS = /^(?:decision|ruling|judgment|judgement|report|letter|statement|submission|email|e-mail|post|tweet|column|article|interview|speech|response|message|note|review|verdict|findings|evidence|remarks|affidavit|blog)$/;

/** Verbs of naming, whose passive subject keeps the words quoted of it ("was branded “a bully”"). */
const NAMING = /^(?:called|branded|dubbed|labell?ed|described|termed|named|nicknamed)$/;
/** A passive verb of saying at `i` whose subject's words are not quoted: "the presence of norovirus has been confirmed",
 *  "a month after the lockdown was announced" — but not a verb of naming ("was branded"), nor one followed by what is
 *  said ("was quoted as saying", "was heard shouting", "has been accused of claiming"). */
export function passiveUnsaid(t: readonly Token[], i: number): boolean {
  const after = t[i + 1];
  const saysAfter = after?.word && (/^(?:as|to)$/.test(after.norm) || /ing$/.test(after.norm) || (after.norm === 'of' && CUE_VERBS.has(t[i + 2]?.norm ?? '')));
  return PASSIVE_AUX.test(t[i - 1]?.norm ?? '') && isPastVerb(t[i]) && !NAMING.test(t[i].norm) && !saysAfter;
}
/** Verbs of judging whose passive subject is the one judged ("was accused of", "were criticised for"). */
const JUDGED = /^(?:accused|criticised|criticized|blamed|praised|hailed|slammed|condemned|mocked|ridiculed|denounced|lambasted|scolded)$/;

/** The person before ", who" when the cue at b[n] is in that relative clause, with no stop between (a comma only
 *  right before the cue). */
function relativeAntecedent(ctx: Ctx, b: number[], n: number): NameMention | null {
  const t = ctx.para.tokens;
  for (let k = n - 1; k >= 2 && n - k <= 10; k--) {
    const tok = t[b[k]];
    // (The participle may follow the relative clause's own verb and a comma: "Healy-Rae, who stood up from his
    // seat, shouting “…”" — not one telling someone, who is then the one before "who": "Mr Okafor met Jones, who
    // chairs the committee, telling him …".)
    if (k === n - 1 && tok.text === ',' && n - 2 >= 2 && !/^(?:him|her|them|me|us)$/.test(t[b[n] + 1]?.norm ?? '')) continue;
    if (!tok.word || ctx.quoted[b[k]]) return null;
    if (tok.norm !== 'who') continue;
    if (t[b[k - 1]].text !== ',') return null;
    const person = ctx.nameByLast.get(b[k - 2]);
    return person?.kind === 'person' ? person : null;
  }
  return null;
}

const QUOTING = /^(?:quoted|quotes|quoting|cited|cites|citing)$/;
const AS_SAYING = /^(?:saying|telling|adding|writing|stating|describing|calling)$/;

/** The role word of "the head of emergencies at", "The Minister of" ending at word `k` (the "of", "for" or "at" before
 *  a body's name): a role with a determiner, then at most a few lower-case words and prepositions; -1 when none. */
function officeBefore(ctx: Ctx, k: number, floor: number): number {
  const t = ctx.para.tokens;
  if (!/^(?:of|for|at)$/.test(t[k]?.norm ?? '')) return -1;
  for (let r = k - 1; r >= floor && k - r <= 5 && t[r].word; r--) {
    if (isRoleWord(t[r].norm)) return !/^spokes/.test(t[r].norm) && (r === k - 1 ? t[k].norm !== 'at' : /^(?:the|a|an)$/.test(t[r - 1]?.norm ?? '')) ? r : -1;
    if (t[r].cap || !/^[a-z-]+$/.test(t[r].norm)) return -1;
  }
  return -1;
}

/** For a reporting verb at word `i` that is part of "quoted … as saying" (either verb: "quoted" after the quotation,
 *  "saying" before it), the one quoted; undefined when the verb is no part of that. */
export function passedOn(ctx: Ctx, i: number, floor: number, previous: Quote | null): Speaker | null | undefined {
  const t = ctx.para.tokens;
  if (QUOTING.test(t[i].norm)) {
    for (let k = i + 2; k < Math.min(t.length, i + 12) && t[k].word && !ctx.quoted[k]; k++) {
      if (t[k].norm === 'as' && AS_SAYING.test(t[k + 1]?.norm ?? '')) return quotedAsSaying(ctx, i, k, previous);
    }
  }
  if (t[i - 1]?.norm === 'as' && AS_SAYING.test(t[i].norm)) {
    for (let q = i - 2; q >= Math.max(floor, i - 12) && t[q].word && !ctx.quoted[q]; q--) if (QUOTING.test(t[q].norm)) return quotedAsSaying(ctx, q, i - 1, previous);
  }
  return undefined;
}

/** "footage of Trump saying", "a video shows her saying", "heard Mr Obi telling": the person a picture, a recording
 *  or a witness catches with the participle at `i` speaks — not the clause's subject, who only shows them. */
export function shownSaying(ctx: Ctx, i: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  if (!/ing$/.test(t[i].norm) || !t[i - 1]?.word || t[i - 1].possessive) return null;
  const shows = (k: number) => !!t[k]?.word && SHOWING.test(t[k].norm);
  if (/^(?:him|her)$/.test(t[i - 1].norm)) return shows(i - 2) ? pronounSpeaker(ctx, i - 1, previous) : null;
  const name = ctx.nameByLast.get(i - 1);
  if (name) return name.kind === 'person' && shows(wordBeforeName(ctx, name)) ? nameSpeaker(ctx, name) : null;
  // "The video later shows an officer noting that …": someone described (not a thing: "on the first day of a
  // two-week inquest adding that …" is no footage of the inquest).
  if (!canSpeakNoun(t[i - 1].norm)) return null;
  for (let d = i - 2; d >= i - 4 && d > 0; d--) {
    if (!t[d].word || t[d].cap) return null;
    if (DETERMINERS.has(t[d].norm)) return shows(d - 1) ? descriptionSpeaker(ctx, i - 1, 'backward', previous, d) : null;
  }
  return null;
}
const SHOWING = /^(?:of|shows?|showed|showing|hears?|heard|hearing|sees?|saw|seeing|caught|captured|captures|filmed|films|recorded|records|features?|featured|featuring)$/;

/** The one an outlet "quoted … as saying" (word `verb` the quoting verb, `as` the "as"): "a 70-year-old detainee",
 *  "Mr Jones", "him". The outlet only passes the words on. */
function quotedAsSaying(ctx: Ctx, verb: number, as: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  if (as === verb + 2 && /^(?:him|her)$/.test(t[verb + 1].norm)) return pronounSpeaker(ctx, verb + 1, previous);
  const one = speakerAfter(ctx, verb + 1, previous, as - verb - 1);
  return one && one.end <= t[as].start ? one : null;
}

/** "A similar warning was issued by the UN Mission in South Sudan, saying …": in a passive clause the agent after "by"
 *  does what the participle after its comma says. */
function passiveAgent(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  for (let n = 2; n < range.length - 1; n++) {
    const k = range[n];
    if (t[k].norm !== 'by' || !isPastVerb(t[k - 1]) || !PASSIVE_AUX.test(t[k - 2]?.norm ?? '')) continue;
    const agent = speakerAfter(ctx, k + 1, previous);
    if (agent && agent.type !== 'group') return agent;
  }
  return null;
}

/** "This came during a speech broadcast by Lebanese TV as he addressed Macron, asserting: …": a participle after a
 *  clause of time or manner ("as he …", "while she …") that ends at its comma has that clause's pronoun subject. */
function clauseBeforeSubject(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  for (let k = range.length - 2; k >= 0 && range.length - k <= 10; k--) {
    const tok = t[range[k]];
    if (!tok.word) return null;
    if (/^(?:as|while|when|after|before)$/.test(tok.norm)) {
      const subject = t[range[k + 1]];
      return subject?.word && /^(?:he|she|they)$/.test(subject.norm) ? pronounSpeaker(ctx, range[k + 1], previous) : null;
    }
  }
  return null;
}

/** The subject of the clause the tokens open: a pronoun or name near its start, else a described subject. */
export function clauseSubject(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  // A dateline opens the first sentence: "WASHINGTON (AP) — President Joe Biden …", "LONDON, March 3 (Reuters) - …".
  const dateline = range.slice(0, 12).findIndex((i, n) => n > 0 && /^[—–-]$/.test(t[i].text) && t[range[n - 1]].text === ')');
  if (dateline > 0 && dateline + 1 < range.length) return clauseSubject(ctx, range.slice(dateline + 1), previous);
  // A lead-in before a colon ("“Marvelous Mrs. Maisel” producers try stand-up comedy: After winning the Emmy, …") is
  // not the clause: start after it.
  let colon = -1;
  for (let n = range.length - 2; n >= 0; n--) if (t[range[n]].text === ':') { colon = n; break; }
  if (colon >= 0) return clauseSubject(ctx, range.slice(colon + 1), previous);
  // An opening phrase or subordinate clause ("If he wins the presidency, Trump …", "Appearing at NLD headquarters,
  // Suu Kyi …", "In an interview with Matei Rosca, Lazar …") is not where the subject is: start after its comma.
  // (After a conjunction opening the sentence too: "And although he thanked …, he sounded …, saying".)
  // (And past a focusing adverb: "Even as Mr Hale was speaking, Ms Obi …".)
  const first = range.length > 1 && t[range[0]].word && (/^(?:and|but|yet|so)$/.test(t[range[0]].norm) || (/^(?:even|just|only)$/.test(t[range[0]].norm) && SUBORDINATORS.has(t[range[1]].norm))) ? range[1] : range[0];
  // (Or a span of time before "after" or "before": "A day after the Supreme Court made stern comments …, the Congress
  // party … criticised the remarks, calling them …".)
  const timeLead = range.slice(0, 4).findIndex((i) => /^(?:after|before)$/.test(t[i].norm));
  const spanOfTime = timeLead > 0 && range.slice(0, timeLead).every((i) => t[i].word && /^(?:a|an|one|two|three|few|several|\d+|days?|hours?|weeks?|months?|years?|minutes?|moments?|just|shortly|soon|only|nearly|almost)$/.test(t[i].norm));
  const opener = range.length && t[first].word && (opensPhrase(t[first].norm) || /(?:ing|ed)$/.test(t[first].norm) || spanOfTime);
  // (A comma between the phrase's own modifiers is not its end: "In a wide-ranging, in-prison interview with
  // journalist Matei Rosca, Lazar said" — one before an adjective, in lower case, goes on with the phrase.)
  // (Not one before a role: in "Writing on Twitter, right-wing politician Alain Juppe …" the subject begins.)
  const modifierNext = (i: number) => !!t[i + 1]?.word && !t[i + 1].cap && !isRoleWord(t[i + 1].norm) && (t[i + 1].norm.includes('-') || hasTag(t[i + 1].norm, 'Adjective')) && !GROUPS.has(t[i + 1].norm) && !isRoleWord(t[i + 2]?.norm ?? '');
  const comma = opener ? range.findIndex((i) => t[i].text === ',' && !modifierNext(i)) : -1;
  if (comma > 0 && comma + 1 < range.length) {
    const subject = clauseSubject(ctx, range.slice(comma + 1), previous);
    if (subject) return subject;
  }
  // A pronoun among the first words, unless a name comes before it ("Marcel Lazar said he …") — past a short opening
  // phrase and its comma too ("Eight years ago, he supported Barack Obama … and said, “…”").
  const named = firstNamed(ctx, range);
  const leadComma = range.findIndex((i, n) => n < 5 && t[i].text === ',');
  for (const i of range.slice(0, leadComma >= 0 ? leadComma + 3 : 4)) {
    if (named && named.start < t[i].start) break;
    // (Contracted too: "He’s expected to say …".)
    if (t[i].word && /^(?:he|she|they|we|i)$/.test(subjectPronoun(t[i].norm) ?? '')) return pronounSpeaker(ctx, i, previous);
  }
  // "The company initially declined to comment on the Mail on Sunday report, but later issued a statement": a
  // described subject at the start wins over a name further on, in an object.
  const described = openingDescription(ctx, range, previous);
  // (…unless the name is the description's apposition: "The council's portfolio holder for transport, councillor
  // Wallace Redford, responded … and said".)
  const text = ctx.doc.text;
  const apposed = !!named && !!described && named.start > described.end && /^[^,.;:“”"]{0,80},\s*(?:[a-z-]+\s+){0,3}$/.test(text.slice(described.end, named.start)) && /^\s*,/.test(text.slice(named.end));
  if (described && (!named || named.start > described.end) && !apposed) return described;
  // "One referenced Kelly's alleged abuse, saying …", "Another added: …": one of those just mentioned, unnamed.
  const one = t[range[0]];
  if (one?.word && /^(?:one|another)$/.test(one.norm) && range[1] === range[0] + 1 && t[range[1]].word && !t[range[1]].cap && isPastVerb(t[range[1]])) {
    return { start: one.start, end: one.end, text: one.text, name: one.text, type: 'person', personId: null };
  }
  return named ?? described ?? ownedSubject(ctx, range, previous);
}

/** "Scott's family has called on police to …": the one owned by a name opening the range, when no one is named. */
export function ownedSubject(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  const owner = range.slice(0, 4).find((i) => t[i].possessive && ctx.nameByLast.has(i));
  if (owner === undefined) return null;
  // Only someone who can speak: "Scott's family", "Smith's lawyers", not "Byrd's strategy".
  const who = t[possessedHead(ctx, owner)]?.norm ?? '';
  if (!canSpeakNoun(who)) return null;
  return possessedSpeaker(ctx, ctx.nameByLast.get(owner)!, owner, previous);
}

/** A description opening the clause ("One poster admitted …, writing …"): the subject of a participle. */
function openingDescription(ctx: Ctx, range: number[], previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let k = 0;
  while (k < range.length && t[range[k]].word && /^(?:with|and|but|as|while|after)$/.test(t[range[k]].norm)) k++;
  // "analysts at Morgan Stanley said …": a bare plural of people where they work, no article needed.
  const plural = k < range.length && t[range[k]].word && !t[range[k]].cap && /[^s]s$/.test(t[range[k]].norm) && isPeoplePlural(t[range[k]].norm) && /^(?:at|from|with)$/.test(t[range[k] + 1]?.norm ?? '');
  if (plural) return descriptionSpeaker(ctx, range[k], 'backward', previous, range[k]);
  // "Small groups of protesters continued …": people in the plural, among the first words, before the clause's verb
  // (capitalised too when they open it: "Campaigners welcomed the fines but said …").
  // (A capital the name finder read as no one's is still a word: "Protesters gathered …".)
  for (let g = k; g < Math.min(range.length - 1, k + 5) && t[range[g]].word && (ctx.nameByLast.get(range[g])?.kind ?? 'other') === 'other'; g++) {
    const verb = t[range[g] + 1];
    if ((!t[range[g]].cap || g === k) && isPeoplePlural(t[range[g]].norm) && !!verb?.word && !verb.cap && (isPastVerb(verb) || SKIP_BEFORE_CUE.has(verb.norm))) {
      return { start: t[range[k]].start, end: t[range[g]].end, text: ctx.doc.text.slice(t[range[k]].start, t[range[g]].end), name: t[range[g]].text, type: 'group', personId: null };
    }
  }
  // ("His office released a statement saying …": a possessive opens a description as an article does.)
  if (k >= range.length || !(DETERMINERS.has(t[range[k]].norm) || /^(?:his|her|their|its)$/.test(t[range[k]].norm))) return null;
  const phraseEnd = (modifier: (w: Token) => boolean) => {
    let end = k + 1;
    // (Nor past a verb in the present after the head: "The move comes on the back of …" is no description "move comes".)
    while (end < range.length && t[range[end]].word && modifier(t[range[end]]) && !SKIP_BEFORE_CUE.has(t[range[end]].norm) && !isAdverb(t[range[end]]) && !isPastVerb(t[range[end]]) && !(end > k + 1 && hasTag(t[range[end]].norm, 'PresentTense')) && !isCue(ctx, range[end]) && end - k < 5) end++;
    return end;
  };
  let end = phraseEnd((w) => isNounLike(w.norm));
  // (Adjectives too before a role that heads the phrase and its verb: "The former finance minister refused …" — not
  // an apposition's, "a former prime minister, dismissed", nor one before a name, "The Red Lions head coach, X,".)
  if (end - 1 === k) {
    let wide = phraseEnd((w) => !w.cap && (isNounLike(w.norm) || (hasTag(w.norm, 'Adjective') && !hasTag(w.norm, 'Verb'))));
    while (wide - 1 > k && !isNounLike(t[range[wide - 1]].norm)) wide--;
    if (wide - 1 > k && isRoleWord(t[range[wide - 1]].norm) && !!t[range[wide]]?.word) end = wide;
  }
  return end - 1 > k ? descriptionSpeaker(ctx, range[end - 1], 'backward', previous, range[k]) : null;
}

/** "according to X" within the first `limit` tokens of `range`. */
export function accordingTo(ctx: Ctx, range: number[], from: number, limit: number): Attribution | null {
  const t = ctx.para.tokens;
  for (let n = from; n < Math.min(range.length - 2, limit); n++) {
    const i = range[n];
    if (t[i].norm === 'according' && t[i + 1]?.norm === 'to') {
      const s = speakerAfter(ctx, i + 2, null);
      if (s) return { speaker: s, cue: { start: t[i].start, end: t[i + 1].end, text: ctx.doc.text.slice(t[i].start, t[i + 1].end) }, place: 'after' };
    }
    // "… not, in the words of co-director Allan Hunter, “everyone queuing …”".
    if (t[i].norm === 'in' && t[i + 1]?.norm === 'the' && t[i + 2]?.norm === 'words' && t[i + 3]?.norm === 'of') {
      const s = speakerAfter(ctx, i + 4, null);
      if (s) return { speaker: s, cue: { start: t[i].start, end: t[i + 3].end, text: ctx.doc.text.slice(t[i].start, t[i + 3].end) }, place: 'after' };
    }
  }
  return null;
}

/** The speaker named after a reporting verb, starting at token `i`: "said Anatoly Antonov", "said the spokeswoman". */
export function speakerAfter(ctx: Ctx, i: number, previous: Quote | null, reach = 8): Speaker | null {
  const t = ctx.para.tokens;
  if (i >= t.length || ctx.quoted[i]) return null;
  const handle = handleAt(ctx, i);
  if (handle) return handle;
  const tok = t[i];
  // "said on Twitter", "said in a statement": a place or medium, not the speaker.
  if (tok.word && /^(?:on|in|at|to|during|after|before|via|through|from|about|of|with|for|by|that|when|while|as)$/.test(tok.norm)) return null;
  // "said he." is old-fashioned but seen; "said it was …" is not an attribution to "it".
  if (/^(?:he|she)$/.test(tok.norm) && (!t[i + 1] || !t[i + 1].word)) return pronounSpeaker(ctx, i, previous);
  // "said his solicitor, Tom Lloyd": a possessive opens a description; other pronouns are no speaker after the verb.
  if (PRONOUNS.has(tok.norm) && !/^(?:his|her|their|its)$/.test(tok.norm)) return null;
  // "said one of his lawyers, Le Dinh Viet": one of a group described, or named after it.
  if (tok.norm === 'one' && t[i + 1]?.norm === 'of' && /^(?:his|her|their|its|the)$/.test(t[i + 2]?.norm ?? '')) {
    const one = speakerAfter(ctx, i + 2, previous, reach);
    return one && !one.personId ? { ...one, start: tok.start, text: ctx.doc.text.slice(tok.start, one.end) } : one;
  }
  // "repeated his call for …", "reiterated her claim": what is owned is the words, the verb's object.
  if (/^(?:his|her|their|its)$/.test(tok.norm) && WORDS_NOUNS.test(t[i + 1]?.norm ?? '')) return null;
  // A name starting here, possibly after its title ("said Russian ambassador Anatoly Antonov").
  for (let j = i, end = i + reach; j < Math.min(t.length, end); j++) {
    // "said Thursday morning on Fox News": a time or a place phrase ends the search — not an office's "of" ("said
    // chairman of judges Robert Macfarlane", "head of research Ann Lee").
    const office = t[j].norm === 'of' && j > i && !t[j - 1].cap && isRoleWord(t[j - 1].norm) && !!t[j + 1]?.word && !t[j + 1].cap;
    // (Nor the small word inside a body's name: "said Department of Health spokesman Tom Reddy".)
    const inName = /^(?:of|for)$/.test(t[j].norm) && j > i && t[j - 1].cap && !isRoleWord(t[j - 1].norm) && !!t[j + 1]?.word && t[j + 1].cap && !TIME_WORD.test(t[j + 1].norm);
    if (t[j].word && !office && !inName && (TIME_WORD.test(t[j].norm) || /^(?:on|in|at|to|during|after|before|via|from|with|for|by|of)$/.test(t[j].norm))) break;
    const name = ctx.nameByLast.get(j);
    // "said the New Zealand boss", "another GOP member": a place or organisation before a noun describes the speaker.
    if (name && name.start >= tok.start && name.kind !== 'other' && !describesNoun(ctx, name, j)) {
      // "said Tom Jones’ manager, Gordon Mills": a possessive name describes the speaker.
      if (t[j].possessive) return possessedSpeaker(ctx, name, j, previous);
      // Prefer the longest name ending further on ("said Mr Smith" → "Mr Smith"), and the person after an
      // organisation's title ("said AP President and CEO Daisy Veerasingham").
      return nameSpeaker(ctx, personAfterAffiliation(ctx, name, j) ?? name);
    }
    // "said sub divisional police officer (SDPO) Dilip Kumar": an office's abbreviation in brackets is passed over.
    if (bracketedAbbreviation(t, j)) {
      j += 2;
      end += 3;
      continue;
    }
    // A mark inside a word ("9/11 widow Terry Strada", "U.S.-born") does not end the phrase.
    const glued = !t[j].word && j > i && t[j + 1]?.word && t[j - 1].end === t[j].start && t[j].end === t[j + 1].start;
    if ((!t[j].word && !glued) || isCue(ctx, j)) break;
    // (A long office in capitals reaches further: "said Coast Guard Station Portsmouth Harbor Petty Officer Matthew
    // Merical".)
    if (j + 1 === end && end < i + 12 && t[j].cap && t[j + 1]?.word && t[j + 1].cap) end++;
  }
  const described = descriptionSpeaker(ctx, i, 'forward', previous);
  // "says Eskom spokesperson, Khulu Phasiwe": the name in apposition to the description is the speaker.
  if (described) {
    const after = tokenAt(t, described.end);
    // "said a statement from Google": the sender of a document ("read a statement released by the church's Mother
    // See": past the participle of its issuing).
    const head = t[after - 1];
    const by = ISSUED_PARTICIPLE.test(t[after]?.norm ?? '') && t[after + 1]?.norm === 'by' ? after + 1 : after;
    if (head && SOURCE_NOUNS.test(head.norm) && /^(?:from|by)$/.test(t[by]?.norm ?? '')) {
      const end = lastOfName(ctx, by + (t[by + 1]?.norm === 'the' ? 2 : 1));
      const sender = end >= 0 ? ctx.nameByLast.get(end) : undefined;
      // The mention is the whole phrase, "a statement from the Catalans"; the name the sender's (a name read as no one
      // in particular, "a statement from Reus", is still the sender's).
      const whole = (sp: Speaker): Speaker => ({ ...sp, start: described.start, text: ctx.doc.text.slice(described.start, sp.end) });
      if (sender && sender.kind !== 'other' && sender.kind !== 'place') return whole(nameSpeaker(ctx, sender));
      if (sender && sender.kind === 'other' && tokenAt(t, sender.start) <= by + 2) return whole({ start: sender.start, end: sender.end, text: sender.text, name: sender.text, type: 'organisation', personId: null });
      // "said the post by an unknown author", "a statement from the family": the sender described.
      const who = !sender ? descriptionSpeaker(ctx, by + 1, 'forward', previous) : null;
      if (who && who.type !== 'organisation' && !SOURCE_NOUNS.test(who.text.split(/\s+/).pop()!.toLowerCase())) return who;
    }
    // "said a resident identified by WSVN-TV as Mya Ncastanedo", "a woman named only as Maria": the name given.
    if (/^(?:identified|named)$/.test(t[after]?.norm ?? '')) {
      let as = after + 1;
      while (as < after + 6 && t[as]?.word && t[as].norm !== 'as') as++;
      const end = t[as]?.norm === 'as' ? lastOfName(ctx, as + 1) : -1;
      const name = end >= 0 ? ctx.nameByLast.get(end) : undefined;
      if (name && name.kind === 'person' && tokenAt(t, name.start) === as + 1) return nameSpeaker(ctx, name);
    }
    // ("said the firm's global head of regulatory affairs, Lee-Anne Mulholland": past the role's "of" phrase, and a
    // place after it: "the head of Ports and Maritime Organisation in southern Hormozgan province, Allahmorad …".)
    let comma = after;
    if (/^(?:of|for|at)$/.test(t[after]?.norm ?? '')) while (comma < after + 12 && t[comma] && t[comma].text !== ',' && (t[comma].word || t[comma].text === '’' || t[comma].text === "'")) comma++;
    if (t[comma]?.text === ',') {
      const end = lastOfName(ctx, comma + 1);
      const name = end >= 0 ? ctx.nameByLast.get(end) : undefined;
      if (name && name.kind === 'person' && tokenAt(t, name.start) <= comma + 2) return nameSpeaker(ctx, name);
    }
  }
  return described;
}

/** Token `i` closes "at one point", "at some stage", "at that moment": a time phrase between a subject and its verb. */
function atSomePoint(t: Token[], i: number): boolean {
  return /^(?:point|stage|time|moment)$/.test(t[i]?.norm ?? '') && /^(?:one|some|that|this|the|a|any)$/.test(t[i - 1]?.norm ?? '') && t[i - 2]?.norm === 'at';
}

/** How many tokens ending at `i` make a phrase that links the clause to the one before, standing between a subject
 *  and its verb ("The council on the other hand says", "The union for its part said"): 0 if none. */
function linkingPhrase(t: Token[], i: number): number {
  const n = (k: number) => t[i - k]?.norm ?? '';
  if (n(0) === 'hand' && n(1) === 'other' && n(2) === 'the' && n(3) === 'on') return 4;
  if (n(0) === 'part' && /^(?:its|his|her|their|our)$/.test(n(1)) && n(2) === 'for') return 3;
  return 0;
}

/** The person an apposition ending at token `end` describes: "Wells, director of public health for the city",
 *  "Jeff Mphahlele, the secretary general of the … Union" — a person's name, a comma, then a role word, a determiner
 *  or an office's opening word, within 16 tokens. */
function appositionHolder(ctx: Ctx, end: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let c = end;
  while (c > floor && end + 1 - c < 16 && t[c].text !== ',') c--;
  const opener = t[c + 1];
  const name = t[c]?.text === ',' ? ctx.nameByLast.get(c - 1) : undefined;
  return name && name.kind === 'person' && opener?.word && (isRoleWord(opener.norm) || DETERMINERS.has(opener.norm) || OFFICE_WORDS.test(opener.norm)) ? name : null;
}

const MEDIUM = /^(?:tweet|tweets|statement|post|posts|letter|interview|email|speech|message|video|column|blog|note|filing|submission|affidavit|testimony|remarks|address)$/;
/** The token before "in his tweet", "in a statement to reporters" ending at `i` (a preposition, a determiner, up to three
 *  words with the medium among them), or -1. */
function mediumBefore(t: Token[], i: number, floor: number): number {
  for (let p = i - 1; p >= Math.max(floor + 1, i - 6); p--) {
    if (!t[p].word) return -1;
    if (!/^(?:in|on|via|through)$/.test(t[p].norm)) continue;
    if (!/^(?:his|her|their|its|a|an|the|our)$/.test(t[p + 1]?.norm ?? '')) return -1;
    const has = t.slice(p + 2, Math.min(i + 1, p + 5)).some((x) => x.word && MEDIUM.test(x.norm));
    return has && t[p - 1]?.word ? p - 1 : -1;
  }
  return -1;
}

/** "Arnaud Rousseau, the head of the FNSEA": the person before a role phrase in commas (opening with "the", "a" or a
 *  role word) that a body's name at `org` closes; null when the phrase is no such role. (The body may stand in commas
 *  of its own after the role: "Gemma Antrobus, managing director, Haslemere Travel, Surrey, said".) */
function roleHolderBefore(ctx: Ctx, org: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let c = org - 1;
  if (t[c]?.text === ',' && c - 1 > floor && t[c - 1].word && !t[c - 1].cap) c--;
  while (c > floor && org - c <= 8 && t[c].text !== ',' && t[c].word) c--;
  // (…or an office word: "managing director".)
  if (t[c]?.text !== ',' || !(DETERMINERS.has(t[c + 1]?.norm ?? '') || isRoleWord(t[c + 1]?.norm ?? '') || OFFICE_WORDS.test(t[c + 1]?.norm ?? ''))) return null;
  if (!t.slice(c + 1, org).some((x) => x.word && isRoleWord(x.norm))) return null;
  const holder = ctx.nameByLast.get(pastBracket(t, c - 1, floor));
  return holder?.kind === 'person' ? holder : null;
}

/** The token before a bracket closing at `k` (a councillor's party or ward: "Tim Young (Lab), deputy leader of …"),
 *  or `k` itself when no bracket closes there. */
function pastBracket(t: Token[], k: number, floor: number): number {
  if (t[k]?.text !== ')') return k;
  let o = k;
  while (o > floor && k - o < 8 && t[o].text !== '(') o--;
  return t[o]?.text === '(' ? o - 1 : k;
}

/** Prepositions that open an aside between a subject and its verb: "Puigdemont, who entered Spain …, despite a warrant
 *  for his arrest, said" — the warrant does not speak. */
const ASIDE_PREPOSITION = /^(?:despite|after|before|during|amid|amidst|following|under|without|since|on|like|unlike|including|through|against|within|throughout|alongside)$/;
/** Passive verbs of perceiving that stand between a subject and its participle: "A worker is heard shouting". */
const PERCEIVED = /^(?:heard|seen|filmed|caught|recorded|pictured|overheard)$/;
/** A passive verb of perceiving at `k`, after its auxiliary: "is heard", "be seen" (before a participle: "is heard
 *  saying", "can be heard shouting"). */
export const perceivedAt = (t: Token[], k: number): boolean => PERCEIVED.test(t[k]?.norm ?? '') && /^(?:is|was|were|are|be|been)$/.test(t[k - 1]?.norm ?? '');
/** The speaker ending at token `end` (just before a reporting verb), not before token `floor`. */
export function speakerBefore(ctx: Ctx, end: number, floor: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  let i: number = end;
  // Skip adverbs, auxiliaries and time phrases: "Russia on Thursday said", "he has also said".
  // "Tory MPs said to have called …": the subject stands before "said to (have)".
  if (t[i]?.norm === 'have' && t[i - 1]?.norm === 'to' && /^(?:said|reported|alleged|believed|thought|understood|known|claimed)$/.test(t[i - 2]?.norm ?? '') && i - 3 >= floor) i -= 3;
  // "A worker is heard shouting", "he was filmed saying": a passive verb of perceiving between the subject and its
  // participle (with a modal before "be": "he can be heard saying").
  while (i >= floor && i >= 0 && t[i].word && (SKIP_BEFORE_CUE.has(t[i].norm) || TIME_WORD.test(t[i].norm) || isAdverb(t[i]) || atSomePoint(t, i) || perceivedAt(t, i) || linkingPhrase(t, i) > 0)) {
    if (atSomePoint(t, i)) i -= 3;
    else if (linkingPhrase(t, i) > 0) i -= linkingPhrase(t, i);
    else if (perceivedAt(t, i)) i -= /^(?:can|could|may|might)$/.test(t[i - 2]?.norm ?? '') ? 3 : 1;
    else if (TIME_WORD.test(t[i].norm) && t[i - 1] && /^(?:on|last|this|late|early|in|the)$/.test(t[i - 1].norm)) i -= 2;
    else i--;
    while (i >= floor && t[i]?.word && /^(?:on|last|this|late|early)$/.test(t[i].norm)) i--;
  }
  if (i < floor || i < 0) return null;
  const handle = handleAt(ctx, i);
  if (handle) return handle;
  // "Rahul Gandhi in his tweet wrote", "The minister in a statement said": the medium between the subject and its verb.
  const medium = mediumBefore(t, i, floor);
  if (medium >= 0) i = medium;
  // "Katherine Wells, director of public health for the city -- which is in western Texas -- told": step over the
  // dashes' aside to what comes before it.
  if (/^[—–-]$/.test(t[i].text) && i > floor) {
    let j = i - 1;
    while (j > floor && /^[—–-]$/.test(t[j].text)) j--;
    while (j > floor && !/^[—–-]$/.test(t[j].text) && i - j < 30) j--;
    while (j > floor && /^[—–-]$/.test(t[j - 1].text)) j--;
    if (/^[—–-]$/.test(t[j]?.text ?? '') && j - 1 >= floor) {
      // The aside may sit inside an apposition: "Wells, director of … Lubbock -- which … -- told".
      const holder = appositionHolder(ctx, j - 1, floor);
      if (holder) return nameSpeaker(ctx, holder);
      const before = speakerBefore(ctx, j - 1, floor, previous);
      // A description the dashes name: "One trader - Ernie Cawley, who has clocked up 32 years - vowed".
      const named = before && !before.personId ? ctx.names.find((n) => n.first === j + 1 && n.kind === 'person') : undefined;
      return named ? nameSpeaker(ctx, named) : before;
    }
  }
  if (t[i].text === ')' || t[i].text === ']') {
    // "Rep. Gwen Moore (D-Wis.) said": step over the parenthesis to the name before it — past a body's that closes an
    // apposition to the person before it ("Jeff Mphahlele, the secretary general of the … Union (AMCU) told").
    // (An editor's square brackets too: "Michael Williams [who represents Plaid Cymru] commented".)
    const open = t[i].text === ')' ? '(' : '[';
    let j = i - 1;
    while (j > floor && t[j].text !== open) j--;
    if (t[j]?.text === open && j - 1 >= floor) {
      const n = ctx.nameByLast.get(j - 1);
      const holder = n?.kind === 'organisation' ? appositionHolder(ctx, j - 1, floor) : null;
      if (holder) return nameSpeaker(ctx, holder);
      if (n && n.kind !== 'other') return nameSpeaker(ctx, n);
      i = j - 1;
    }
  }
  // "Andrew Foster, chief executive of Wrightington, Wigan and Leigh NHS trust, said": a role phrase holding a list's
  // commas, read as one apposition — the person before the role speaks.
  if (t[i].text === ',') {
    const listed = listApposition(ctx, i, floor) ?? listInRelative(ctx, i, floor);
    if (listed) return nameSpeaker(ctx, listed);
  }
  if (t[i].text === ',' || t[i].text === ')') {
    // Appositions, possibly several: "Russia’s ambassador to the United States, Anatoly Antonov, said",
    // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said".
    let segEnd = i;
    // The last segment that opened with an article ("the prime minister"), in case it is the subject itself.
    let described: { end: number; start: number } | null = null;
    for (let hop = 0; hop < 5; hop++) {
      let j = segEnd - 1;
      // An abbreviation in brackets is inside the segment: "…, the Democratic Alliance (DA) constituency chair, said";
      // so is any aside in brackets closed within it: "…, the leader of the Police Scotland (Grampian) Mountain Rescue
      // Team, said".
      let depth = 0;
      while (j >= floor && (depth > 0 || (t[j].text !== ',' && (t[j].text !== '(' || (bracketedAbbreviation(t, j) && j + 2 < segEnd))))) {
        if (t[j].text === ')') depth++;
        else if (t[j].text === '(' && depth > 0) depth--;
        j--;
      }
      // "Speaking in Darlington, the prime minister, 44, said": an opening phrase before the described subject.
      const openingPhrase = !(j >= floor && t[j].text === ',') && !!t[j + 1]?.word && (/ing$/.test(t[j + 1].norm) || /^(?:in|on|at|after|before|during|asked|speaking|writing)$/.test(t[j + 1].norm));
      if (openingPhrase && described) return descriptionSpeaker(ctx, described.end, 'backward', previous, described.start);
      // A segment that opens with a preposition, article, relative pronoun, participle or sentence adverb
      // describes the name before it: "Mu Li, of the University of NSW, said", "Smith, a spokesman, said",
      // "Jones, who …, said", "Eastland, wearing a cowboy hat, said", "Hunter, meanwhile, told".
      const opener = t[j + 1];
      // A participle phrase ("published on Tuesday", "wearing a cowboy hat") describes too.
      const participle = !!opener?.word && !opener.cap && (/ing$/.test(opener.norm) || (/(?:ed|en|own)$/.test(opener.norm) && /^(?:on|in|at|by|as|last|this|earlier|late|early|in)$/.test(t[j + 2]?.norm ?? '')));
      // An age ("…, 44, said") describes as well.
      const age = !!opener && /^\d{1,3}$/.test(opener.text) && j + 2 === segEnd;
      // A body owning the role that follows it ("…, Police Scotland’s Head of Road Policing, said") describes too.
      const owner = firstNameIn(ctx, j + 1, segEnd - 1);
      const ownsRole = !!owner && owner.first === j + 1 && t[owner.last - 1]?.possessive && owner.last < segEnd && isRoleWord(t[owner.last].norm);
      // The town closing an address ("…, 32, of Joeys Lane, Bilbrook, said"): capitals after a segment opening with
      // "of" or "from".
      const town = j >= floor && t[j].text === ',' && townSegment(t, j, segEnd, floor);
      // So is the country or town after a body's name: "…, senior lecturer … at Keele University, United Kingdom, told".
      const place = ctx.nameByLast.get(segEnd - 1);
      const bodyPlace = place?.kind === 'place' && place.first === j + 1 && ctx.nameByLast.get(j - 1)?.kind === 'organisation';
      // A relative clause on the place before it ("…, police chief in nearby Cedar Park, where authorities found Work,
      // said"): the place is no speaker; the apposition before it goes on.
      const whereClause = opener?.norm === 'where' && ctx.nameByLast.get(j - 1)?.kind !== 'person';
      // (Letters after the name are no one: "Judge Geoffrey Rivlin, QC, said".)
      const letters = segEnd - 1 === j + 1 && POSTNOMINALS.test(t[j + 1].text);
      // (Where a town is, after it: "…, a bus driver from Yeoval, north of Orange, said".)
      const bearing = !!opener?.word && /^(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/.test(opener.norm) && t[j + 2]?.norm === 'of';
      const modifier = age || ownsRole || town || bodyPlace || whereClause || letters || bearing || (!!opener?.word && (/^(?:of|from|at|with|for|in|a|an|the|one|another|who|whose|which|now|then|formerly|herself|himself|its|his|her|their|meanwhile|however|though|too|also|instead|moreover|furthermore|nevertheless|indeed|speaking|writing)$/.test(opener.norm) || ASIDE_PREPOSITION.test(opener.norm) || participle));
      described = DETERMINERS.has(opener?.norm ?? '') ? { end: segEnd - 1, start: j + 1 } : described;
      // The segment is itself the name ("…, Anatoly Antonov, said"), not a phrase that mentions one.
      const named = modifier ? null : firstNameIn(ctx, j + 1, segEnd - 1);
      // Only title words may stand before it in the segment ("…, Russian ambassador Anatoly Antonov, said"), not a role
      // phrase ("…, chief executive of BHP, said").
      // …and no noun follows it: in "…, Network Rail project sponsor, said" the name modifies a role (but "…, Davies
      // Ansah popularly known as OPK, denied" is the name and an aside).
      const modifies = !!named && named.last < segEnd && t[named.last].word && !t[named.last].cap && isNounLike(t[named.last].norm) && !/(?:ly|ed|ing)$/.test(t[named.last].norm);
      // (A possessive owns what follows, whoever speaks: "…, Clinton’s New Hampshire spokeswoman, said".)
      const inner = named && !modifies && !t[named.last - 1]?.possessive && named.first - (j + 1) <= 3 && t.slice(j + 1, tokenAt(t, named.start)).every((x) => x.word && (x.cap || isRoleWord(x.norm) || OFFICE_WORDS.test(x.norm)) && !/^(?:of|for|at|to|in)$/.test(x.norm)) ? named : null;
      // "Author of the study, University of Otago's Dr Jennifer Moore, said": the person closing the segment after an
      // owner's possessive speaks, not the owner.
      const owned = named && named.kind !== 'person' ? ctx.nameByLast.get(segEnd - 1) : undefined;
      if (named && owned?.kind === 'person' && owned.first > named.first && t[tokenAt(t, owned.start) - 1]?.possessive) return nameSpeaker(ctx, owned);
      // ("Paul Cleary, Garda Traffic Bureau, said": a body filling the commas after a person is where they work — the
      // person speaks.)
      const employer = inner?.kind === 'organisation' && inner.first === j + 1 && t.slice(j + 1, segEnd).every((x) => x.word && x.cap) && j >= floor && t[j].text === ',' ? ctx.nameByLast.get(j - 1) : undefined;
      if (employer?.kind === 'person') return nameSpeaker(ctx, employer);
      if (inner) return nameSpeaker(ctx, (inner.kind === 'organisation' ? roleHolderBefore(ctx, tokenAt(t, inner.start), floor) : null) ?? inner);
      if (!(j >= floor && t[j].text === ',')) {
        // The clause's head noun phrase: "The report, published on Tuesday, …", "Her daughter, who did not want to be
        // named, …".
        return hop === 0 || DETERMINERS.has(opener?.norm ?? '') || /^(?:his|her|their|its|our|my)$/.test(opener?.norm ?? '') ? descriptionSpeaker(ctx, segEnd - 1, 'backward', previous, j + 1) : null;
      }
      // (Before a town, or as the town before this segment, the name is the address's: go on to the segment before.)
      let before = j - 1;
      while (before > floor && t[before].text !== ',' && j - before <= 4) before--;
      // (Past a party and a state: "Rep. Debbie Wasserman Schultz, D-Florida, chairwoman of …, tweeted".)
      const k = !!t[j - 1]?.word && isPartyCode(t[j - 1].text) && t[j - 2]?.text === ',' && j - 2 > floor ? j - 2 : j;
      const nameEnd = pastBracket(t, k - 1, floor);
      const found = town || bodyPlace || whereClause || (t[before]?.text === ',' && townSegment(t, before, j, floor)) ? null : findName(ctx, Math.max(floor, nameEnd - 8), nameEnd, true);
      // (Letters closing the segment before are the name's: go on to it — "Sir Keir Starmer, KC, MP, said".)
      const outer = found && found.last - found.first === 1 && POSTNOMINALS.test(t[found.first].text) ? null : found;
      // ("Bob Kopp of Rutgers University, a sea level rise expert, told": the one of the body before the apposition.)
      // ("Arnaud Rousseau, the head of the FNSEA, France's largest farmers union, told": the body closes the holder's
      // role, in commas after the holder.)
      // (A body closing an apposition of its own that "from" or "of" opens is where the person before it works: "David
      // Delaney, from solicitors Aaron and Partners LLP, on behalf of the chain, warned" — go on to the segment before.)
      let open = outer ? tokenAt(t, outer.start) - 1 : -1;
      while (open > floor && t[open].text !== ',' && j - open <= 10) open--;
      // (A name that reads as a person's right after the preposition is where they work too: "Steve Harrison, from
      // Simply Flowers, who has been trading …, said".)
      const affiliation = !!outer && (outer.kind !== 'person' || tokenAt(t, outer.start) === open + 2) && t[open]?.text === ',' && /^(?:from|of|at|with)$/.test(t[open + 1]?.norm ?? '');
      // (Or a relative clause's on the person: "Mr Foulds, who is the headteacher of Bournside School, a comprehensive
      // in Gloucestershire, said".)
      if (outer && !affiliation) return nameSpeaker(ctx, personBeforeAffiliation(ctx, outer) ?? (outer.kind === 'organisation' ? roleHolderBefore(ctx, tokenAt(t, outer.start), floor) : null) ?? relativeClauseOwner(ctx, outer, floor) ?? outer);
      const pron = t[j - 1];
      if (pron?.word && /^(?:he|she)$/.test(pron.norm)) return pronounSpeaker(ctx, j - 1, previous);
      if (!modifier) return hop === 0 ? descriptionSpeaker(ctx, segEnd - 1, 'backward', previous, j + 1) : null;
      segEnd = j;
    }
    return null;
  }
  if (!t[i].word || ctx.quoted[i]) return null;
  // "She and others said": the one named first speaks for them.
  if (t[i].norm === 'others' && t[i - 1]?.norm === 'and' && i - 2 >= floor) return speakerBefore(ctx, i - 2, floor, previous);
  // "Jane Hale of the Ramblers said", "Maurice Terry of consumer body WaterVoice said": capitalised words after "of"
  // or "from" and a person, that name no one known to the article, are where they work — the person speaks.
  const name = ctx.nameByLast.get(i);
  // (The body's own name may hold an "of": "Hugh Bladon from the Institute of Advanced Motorists said".)
  // (…or end in common nouns: "Andy Bennett from Stourbridge fire station said".)
  let capEnd = i;
  while (capEnd > i - 2 && capEnd > floor && t[capEnd].word && !t[capEnd].cap && isNounLike(t[capEnd].norm) && t[capEnd - 1]?.word) capEnd--;
  if (!t[capEnd].cap) capEnd = i;
  if (t[capEnd].word && t[capEnd].cap && !subjectPronoun(t[capEnd].norm) && !(name && nameSpeaker(ctx, name).personId)) {
    let k = capEnd;
    for (let hop = 0; hop < 2; hop++) {
      const end = k;
      while (k > floor && t[k - 1].word && t[k - 1].cap && end - k < 4) k--;
      k--;
      while (k > floor && t[k].word && !t[k].cap && end - k < 7 && !AFFILIATING_WORD.test(t[k].norm) && !CUE_VERBS.has(t[k].norm) && (t[k].norm === 'the' || isNounLike(t[k].norm))) k--;
      const person = k > floor && AFFILIATING_WORD.test(t[k].norm) ? ctx.nameByLast.get(k - 1) : undefined;
      if (person?.kind === 'person') return nameSpeaker(ctx, person);
      if (!(k > floor && t[k].norm === 'of' && t[k - 1]?.cap)) break;
      k--;
    }
  }
  if (name && name.kind !== 'other') {
    // "Darlington Tuagben, managing director of Liberia's Forestry Development Authority told …": an apposition
    // left open — the name closing it belongs to the role, the speaker is before the comma.
    const opened = unclosedApposition(ctx, tokenAt(t, name.start), floor);
    if (opened) return nameSpeaker(ctx, opened);
    // "Ruth Kelly, Water UK said:": a body named alone in an apposition left open is the person's before it.
    const body = tokenAt(t, name.start);
    const affiliated = name.kind === 'organisation' && t[body - 1]?.text === ',' && body - 2 >= floor ? ctx.nameByLast.get(body - 2) : undefined;
    if (affiliated?.kind === 'person') return nameSpeaker(ctx, affiliated);
    const member = personBeforeAffiliation(ctx, name) ?? relativeClauseOwner(ctx, name, floor) ?? townOfPerson(ctx, name);
    if (member) return nameSpeaker(ctx, member);
    // "The Defence Ministry in Taipei stressed": where a body sits is not who speaks, whatever the lexicon made of the
    // place ("the Brown Dental Practice in Felixstowe said": a word it does not know, read as someone speaking).
    const seat = name.kind !== 'organisation' && t[tokenAt(t, name.start) - 1]?.norm === 'in' ? ctx.nameByLast.get(tokenAt(t, name.start) - 2) : undefined;
    if (seat?.kind === 'organisation') return nameSpeaker(ctx, seat);
    // "The Minister of Public Security assures", "The head of emergencies at the World Health Organization is
    // hailing": the office speaks — its holder, not the body named in it. (A spokesperson for a body speaks for it,
    // and is named for it: "a spokesperson for Lancaster City Council".)
    const nameAt = tokenAt(t, name.start);
    const office = officeBefore(ctx, t[nameAt - 1]?.norm === 'the' ? nameAt - 2 : nameAt - 1, floor);
    if (office >= 0) {
      const holder = descriptionSpeaker(ctx, office, 'backward', previous, floor);
      if (holder) return holder;
    }
    // "The group from Woodward Close and Dell Road said": where a described subject is from is not who speaks. (An
    // analyst "at Morgan Stanley" or "with" it speaks for it.)
    const from = affiliationAt(ctx, name);
    if (from > floor && !/^(?:at|with)$/.test(t[from].norm) && t[from - 1]?.word && (!t[from - 1].cap || from - 1 === floor) && isNounLike(t[from - 1].norm)) {
      let subject = descriptionSpeaker(ctx, from - 1, 'backward', previous, floor);
      // (Where the subject is, described, is not who speaks either: "The council in the picturesque Devonshire town of
      // Budleigh Salterton said" is the council.)
      let at = subject ? tokenAt(t, subject.start) - 1 : -1;
      if (t[at]?.norm === 'the') at--;
      if (subject && /^(?:in|at|near|outside)$/.test(t[at]?.norm ?? '') && at - 1 >= floor && t[at - 1].word && !t[at - 1].cap && isNounLike(t[at - 1].norm)) subject = descriptionSpeaker(ctx, at - 1, 'backward', previous, floor) ?? subject;
      // (A document from a body or a person is theirs: "“…,” a statement from the Kyrgyz Health Ministry said" — the
      // whole phrase the mention, the sender the name, as after the verb.)
      if (subject && t[from].norm === 'from' && SOURCE_NOUNS.test(t[from - 1].norm)) {
        const sender = nameSpeaker(ctx, name);
        return { ...sender, start: subject.start, text: ctx.doc.text.slice(subject.start, sender.end) };
      }
      if (subject) return subject;
      // "Pensioners in Paris chanted", "Shoppers in Leeds told": a bare plural before the place it is in is the group
      // that speaks, not the place.
      const plural = t[from - 1];
      if (t[from].norm === 'in' && name.kind === 'place' && /[^s]s$/.test(plural.norm) && !isThingsPlural(plural.norm) && (from - 1 === floor || !t[from - 2]?.word)) {
        return { start: plural.start, end: plural.end, text: plural.text, name: plural.text, type: 'group', personId: null };
      }
    }
    // "an adviser to Donald Trump said", "a source close to the minister said", "the letter to Commissioner Paul
    // Brereton said": whom the subject serves or is sent to, after "to", is not who speaks.
    let to = tokenAt(t, name.start) - 1;
    while (to > floor && t[to].cap && (isRoleWord(t[to].norm) || OFFICE_WORDS.test(t[to].norm))) to--;
    if (t[to]?.norm === 'the') to--;
    if (t[to]?.norm === 'to' && t[to - 1]?.norm !== 'according') {
      const head = /^(?:close|closer|near)$/.test(t[to - 1]?.norm ?? '') ? to - 2 : to - 1;
      if (head >= floor && t[head]?.word && !t[head].cap && isNounLike(t[head].norm)) {
        const subject = descriptionSpeaker(ctx, head, 'backward', previous, floor);
        if (subject) return subject;
      }
    }
    // "A leaked letter seen by Sky News says": the name is the agent of a participle; the subject is before it.
    // (So is where it was posted: "One tribute posted on Snapchat read".)
    const by = tokenAt(t, name.start) - 1;
    const postedOn = t[by]?.norm === 'on' && /^(?:posted|published|shared|written|left|put)$/.test(t[by - 1]?.norm ?? '');
    if ((t[by]?.norm === 'by' || postedOn) && t[by - 1]?.word && /(?:ed|en|seen|left|put)$/.test(t[by - 1].norm) && (!CUE_VERBS.has(t[by - 1].norm) || postedOn)) {
      const subject = descriptionSpeaker(ctx, by - 2, 'backward', previous, floor);
      if (subject) return subject;
    }
    const head = describedHead(ctx, tokenAt(t, name.start), floor);
    if (head >= 0) {
      const subject = descriptionSpeaker(ctx, head, 'backward', previous, floor);
      if (subject) return subject;
    }
    return nameSpeaker(ctx, name);
  }
  if (subjectPronoun(t[i].norm)) return pronounSpeaker(ctx, i, previous);
  // "“It’s not over till it’s over,” one said.": one of the group named last ("Hunt’s allies"); "Customers were sad,
  // with one writing: “…”" too; and "another added".
  // ("…, with one calling it “shameful” and another saying …": the next of them.)
  if (/^(?:one|another)$/.test(t[i].norm) && (i === 0 || !t[i - 1].word || t[i - 1].norm === 'with' || (t[i].norm === 'another' && t[i - 1].norm === 'and'))) return oneOfGroup(ctx, i);
  if (t[i].norm === 'who' || t[i].norm === 'which') {
    // "Smith, who chairs the committee, said" is handled above; "X who said" → X.
    const n = ctx.nameByLast.get(i - 1) ?? (t[i - 1]?.text === ',' ? ctx.nameByLast.get(i - 2) : undefined);
    if (n) return nameSpeaker(ctx, townOfPerson(ctx, n) ?? n);
    // "Elizabeth Yeomans, a Health and Safety Executive senior ergonomist, who described …": past the apposition
    // before "who" to the name it describes.
    if (t[i - 1]?.text === ',' && i - 2 >= floor) {
      const held = speakerBefore(ctx, i - 1, floor, previous);
      if (held?.personId) return held;
    }
    // "others who have branded the decision “appalling”", "a head teacher who sent pupils home … has said": the people
    // described before "who".
    if (t[i - 1]?.word && !t[i - 1].cap && i - 1 >= floor && isSpeakerWord(t[i - 1].norm)) {
      const described = descriptionSpeaker(ctx, i - 1, 'backward', previous, floor);
      if (described) return described;
    }
  }
  // "Jonathan Lieberman, head of planning said:", "Giovanna Lewis, who leads the campaign said:": an apposition left
  // open before the verb — its role words are not the subject, the person before the comma is (before a participle in
  // the role too: "Sophie Wood, a referee taking part in the trial has said:").
  const opened = openApposition(ctx, i, end, floor);
  if (opened) return nameSpeaker(ctx, opened);
  // "one journalist covering the research put it": the head before a participle phrase is the subject.
  for (let w = i - 1; w > floor && w >= i - 10; w--) {
    if (!t[w].word || ctx.quoted[w]) break;
    if (/ing$/.test(t[w].norm) && !t[w].cap && t[w - 1]?.word && isNounLike(t[w - 1].norm) && !DETERMINERS.has(t[w - 1].norm)) {
      const head = descriptionSpeaker(ctx, w - 1, 'backward', previous, floor);
      if (head) return head;
    }
  }
  // "A man bitten by a dog said", "The mother of a girl killed by an asthma attack has described": the agent of a
  // participle describing the subject is not the subject; the noun before the participle heads it.
  for (let by = i - 1; by > floor + 1 && by >= i - 4 && isNounLike(t[i].norm); by--) {
    if (!t[by].word || ctx.quoted[by]) break;
    if (t[by].norm !== 'by') continue;
    const done = t[by - 1];
    const head = t[by - 2];
    if (done.word && !done.cap && (isPastVerb(done) || hasTag(done.norm, 'Participle') || done.norm === 'hit') && !CUE_VERBS.has(done.norm) && head?.word && !head.cap && isNounLike(head.norm) && !DETERMINERS.has(head.norm) && !PASSIVE_AUX.test(head.norm)) {
      const subject = descriptionSpeaker(ctx, by - 2, 'backward', previous, floor);
      if (subject) return subject;
    }
    break;
  }
  const member = personOfDescribedBody(ctx, i, floor);
  if (member) return nameSpeaker(ctx, member);
  // "the groups who wrote to her on Thursday say": a subject with a relative clause, "who" within a few words back —
  // before any noun at its end for "whose", which only a subject's relative opens ("The mother of a schoolgirl whose
  // death has been linked to a faulty heater has said": not the heater).
  // (So does "who" or "that" with a verb right after it, no subject of its own: "the boy who was hit by a car said".)
  // (One scan back finds the nearest "whose" and the nearest "who" or "that", up to a stop or a quotation.)
  let whose = -1;
  let who = -1;
  for (let w = i - 1; w > floor && w >= i - 8 && t[w].word && !ctx.quoted[w] && (whose < 0 || who < 0); w--) {
    if (whose < 0 && t[w].norm === 'whose') whose = w;
    if (who < 0 && /^(?:who|that)$/.test(t[w].norm)) who = w;
  }
  const antecedent = (w: number): Speaker | null => {
    const n = ctx.nameByLast.get(w - 1);
    if (n && n.kind !== 'other') return nameSpeaker(ctx, n);
    return t[w - 1]?.word && isNounLike(t[w - 1].norm) ? descriptionSpeaker(ctx, w - 1, 'backward', previous, floor) : null;
  };
  const v = t[who + 1];
  const verbNext = who >= 0 && !!v?.word && !v.cap && (FINITE_AUX.test(v.norm) || isPastVerb(v) || /[^s]s$/.test(v.norm)) && !DETERMINERS.has(v.norm) && !subjectPronoun(v.norm);
  const head = (whose >= 0 ? antecedent(whose) : null) ?? (verbNext ? antecedent(who) : null);
  if (head) return head;
  // "A mum with four-month-old twins says", "The man with the dog said": what the subject has, after "with", does not
  // speak; someone before it does. (Not before a participle: "…, with a spokesperson saying" is the spokesperson's.)
  let w = /ing$/.test(t[end + 1]?.norm ?? '') ? floor : i;
  while (w > floor && w > i - 8 && !ctx.quoted[w] && (t[w].word || /^[-‐]$/.test(t[w].text)) && t[w].norm !== 'with') w--;
  const owner = t[w]?.norm === 'with' && w - 1 >= floor && t[w - 1].word && !ctx.quoted[w - 1] && (canSpeakNoun(t[w - 1].norm) || isPeoplePlural(t[w - 1].norm)) ? descriptionSpeaker(ctx, w - 1, 'backward', previous, floor) : null;
  if (owner) return owner;
  const described = descriptionSpeaker(ctx, i, 'backward', previous, floor);
  if (described) return described;
  return who >= 0 ? antecedent(who) : null;
}

/** "The UK sales manager for the makers of cladding used on Grenfell Tower has told": the name at token `at` sits in
 *  a prepositional phrase of the noun phrase that opens the sentence with an article; that phrase's head (its last
 *  lower-case noun before the first preposition) is the subject. Its token, or -1. */
function describedHead(ctx: Ctx, at: number, floor: number): number {
  const t = ctx.para.tokens;
  const start = Math.max(floor, tokenAt(t, sentenceOfToken(ctx, at).start));
  if (!/^(?:the|a|an)$/.test(t[start]?.norm ?? '') || at - start > 16) return -1;
  let prep = -1;
  for (let k = start + 1; k < at; k++) {
    if (!t[k].word || ctx.quoted[k] || isCue(ctx, k) || FINITE_AUX.test(t[k].norm)) return -1;
    if (prep < 0 && /^(?:for|of|on|in|at|from|with|by|about|over|near)$/.test(t[k].norm)) prep = k;
  }
  const head = prep - 1;
  // (Nor a name right after the head's preposition, which the rules before this one read: "A spokeswoman for Liverpool
  // City Council said" speaks for the council.)
  if (prep >= 0 && (prep + 1 === at || (prep + 2 === at && t[prep + 1].norm === 'the'))) return -1;
  // (Nor a name under its own title after the head's phrase has closed: "The national lead for policing knife crime
  // Commander Stephen Clayman said" is his.)
  let title = at - 1;
  while (title > prep && t[title].cap && (isRoleWord(t[title].norm) || OFFICE_WORDS.test(t[title].norm))) title--;
  if (prep >= 0 && title < at - 1 && title > prep + 1 && t[title].word && !t[title].cap) return -1;
  // (Nor a person's name right after a thing the head's phrase closes on, which no one is: "The district council’s
  // portfolio holder for business Salih Gaygusuz said" is his — not "the mother of teenager Jack Hale".)
  const thing = title === at - 1 && title > prep && t[title].word && !t[title].cap && !isRoleWord(t[title].norm);
  if (prep >= 0 && thing && ctx.names.some((n) => n.first === at && n.kind === 'person')) return -1;
  // (Not a participle's agent: "A statement issued by Chiarello spokesman Mike Sitrick said" is his.)
  return prep > start + 1 && !/^(?:at|with)$/.test(t[prep].norm) && !t[head].cap && isNounLike(t[head].norm) && !/(?:ed|en)$/.test(t[head].norm) ? head : -1;
}

/** "Stella Nanou of the UNHCR refugee agency told": the person before "of the …" (or "from", "at", "with") and a body
 *  described in common nouns, ending at `i`, speaks — not the body. */
function personOfDescribedBody(ctx: Ctx, i: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let k = i;
  // (Past an abbreviation in brackets: "Justice Anthony Whealy of the New South Wales (NSW) supreme court said".)
  let words = 0;
  while (k > floor && words < 6 && t[k].norm !== 'the') {
    if (t[k].text === ')' && bracketedAbbreviation(t, k - 2)) k -= 3;
    else if (!t[k].word) break;
    else {
      k--;
      words++;
    }
  }
  if (t[k]?.norm !== 'the' || k === i || !/^(?:of|from|at|with)$/.test(t[k - 1]?.norm ?? '')) return null;
  const person = ctx.nameByLast.get(k - 2);
  return person?.kind === 'person' && tokenAt(t, person.start) >= floor ? person : null;
}

/** The words between the commas at `comma` and `end` are a town closing an address — up to three capitalised words
 *  after a segment that opens with "of" or "from": "…, of Joeys Lane, Bilbrook, …". */
function townSegment(t: Token[], comma: number, end: number, floor: number): boolean {
  if (end - (comma + 1) > 3 || !t.slice(comma + 1, end).every((x) => x.word && x.cap)) return false;
  let k = comma - 1;
  while (k > floor && t[k].text !== ',' && comma - k <= 6) k--;
  return t[k]?.text === ',' && /^(?:of|from)$/.test(t[k + 1]?.norm ?? '');
}

/** The person before "X, <role> of A, B and C, said": the comma at `end` closes an apposition that opens with a role
 *  word (within its first three words, after an article or office words) and holds a list ("A, B and C") after "of",
 *  "for" or "at" — commas the apposition reader would take for several. Within 30 tokens, none of them quoted. */
function listApposition(ctx: Ctx, end: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let commas = 0;
  let and = false;
  for (let k = end - 1; k >= Math.max(floor, end - 30); k--) {
    if (ctx.quoted[k] || isCue(ctx, k)) return null;
    if (t[k].word && t[k].norm === 'and') and = true;
    if (t[k].text !== ',') continue;
    commas++;
    const person = ctx.nameByLast.get(k - 1);
    if (!person || person.kind !== 'person' || commas < 2 || !and) continue;
    // (Or "of" or "from" opening it: "Inspector Allan Lowe, of the Adur, Worthing and Horsham Prevention Team, said".)
    if (/^(?:of|from)$/.test(t[k + 1]?.norm ?? '')) return person;
    // The role opening the apposition, then "of", "for" or "at" before the list.
    let r = k + 1;
    while (r < k + 4 && t[r]?.word && !isRoleWord(t[r].norm)) r++;
    if (!t[r]?.word || !isRoleWord(t[r].norm)) return null;
    let p = r + 1;
    while (p < r + 4 && t[p]?.word && isRoleWord(t[p].norm)) p++;
    return /^(?:of|for|at)$/.test(t[p]?.norm ?? '') ? person : null;
  }
  return null;
}

/** The person before "X, who chairs the Environment, Transport and Sustainability Committee, said": a relative clause
 *  on a name that holds a list's commas ("A, B and C") closes at `end` — read as several appositions, its last item
 *  would speak. Within 30 tokens, none of them quoted. */
function listInRelative(ctx: Ctx, end: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let list = false;
  let and = false;
  for (let k = end - 1; k >= Math.max(floor + 2, end - 30); k--) {
    if (ctx.quoted[k] || isCue(ctx, k) || /^[.;:!?]$/.test(t[k].text)) return null;
    if (t[k].norm === 'and') and = true;
    if (t[k].text === ',' && and) list = true;
    if (t[k].norm !== 'who' || t[k - 1].text !== ',') continue;
    const person = ctx.nameByLast.get(k - 2);
    return list && person?.kind === 'person' ? person : null;
  }
  return null;
}

/** "farmer Shaun Ramirez of Firebaugh wondered", "Marilyn King from Balloch added", "Ms O’Brien, 64, from Spennymoor
 *  said": a name of up to three words after a person's name (and age) and "of" or "from" is where that person is
 *  from or works, though it read as someone because it speaks. */
/** Letters after a name, set off by commas: honours, silk, a seat. */
const POSTNOMINALS = /^(?:QC|KC|SC|MP|MSP|MS|AM|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|JP|DL|PhD|FRS)$/;

function townOfPerson(ctx: Ctx, n: NameMention): NameMention | null {
  const t = ctx.para.tokens;
  // (Whatever the lexicon made of the town's words: "David Brown from Kingswood who said", "Professor Michael Streat of
  // Compass Close said".)
  if (n.last - n.first > 3 || !/^(?:of|from)$/.test(t[n.first - 1]?.norm ?? '')) return null;
  // (Past an age set off by commas: ", 64,".)
  const aged = agedBefore(t, n.first - 1);
  const person = ctx.nameByLast.get(aged >= 0 ? aged : n.first - 2);
  return person?.kind === 'person' && (person.last - person.first >= 2 || aged >= 0) ? person : null;
}

/** "Marco Bellini, who was in Tuscany, Italy explained": a place or organisation closing a relative clause left
 *  open; the person before ", who" is the subject. (So is one before "who" with no comma: "Marty Stegeman who is the
 *  director of Central Services for the City of Quincy said" — and the place's one word, read as a person because
 *  it speaks, is still the place.) */
function relativeClauseOwner(ctx: Ctx, n: NameMention, floor: number): NameMention | null {
  if (n.kind !== 'place' && n.kind !== 'organisation' && !(n.kind === 'person' && n.last - n.first === 1)) return null;
  const t = ctx.para.tokens;
  const start = tokenAt(t, n.start);
  for (let k = start - 1; k > floor && start - k <= 12; k--) {
    if (isCue(ctx, k) || ctx.quoted[k] || /^[.;:!?]$/.test(t[k].text)) return null;
    if (t[k].norm === 'who') {
      const person = ctx.nameByLast.get(t[k - 1]?.text === ',' ? k - 2 : k - 1);
      return person?.kind === 'person' && person !== n ? person : null;
    }
  }
  return null;
}

/** The person before "NAME, role of …" when the words from `start` back to that comma are a role phrase with no
 *  comma of its own: "Doug Andres, a spokesman for House Speaker Paul Ryan told", where Ryan is not the speaker. */
function unclosedApposition(ctx: Ctx, start: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  let c = start - 1;
  // (Past a dash inside the role: "Dan Meeson, FA Head of Refereeing- Technical and Development told"; and a body's
  // initials in brackets: "… Lifelong Learning (CYPLL) Committee said".)
  while (c > floor && start - c <= 12 && t[c].text !== ',' && (t[c].word || /^[’'&()-]$/.test(t[c].text))) c--;
  if (t[c]?.text !== ',' || c <= floor) return null;
  // (A role holding a list: "Elizabeth Lloyd, cabinet lead for planning, environmental health and the environment at
  // Havant Borough Council said" — back over the list's commas, up to two, to the one after the person.)
  let listed = false;
  for (let hop = 0; hop < 2 && ctx.nameByLast.get(c - 1)?.kind !== 'person'; hop++) {
    let d = c - 1;
    while (d > floor && c - d <= 6 && t[d].text !== ',' && t[d].word) d--;
    if (t[d]?.text !== ',' || d <= floor) break;
    c = d;
    listed = true;
  }
  const opener = t[c + 1];
  // "Deputy Lindsey Smith, with the county sheriff's office explains": an affiliation opens the apposition too.
  // ("Councillor Jane Roberts, Portfolio Holder for Community Safety said": a capitalised title opens it as well.)
  const segment = t.slice(c + 1, start);
  const link = segment.findIndex((x) => x.word && /^(?:of|for|at|to|with|from)$/.test(x.norm));
  const linked = link >= 0;
  // (…or a role word before the link: "Stephen Johnston, site manager for Invista at Brockworth said".)
  // (…or a noun the lexicon does not know as a role, right before the link: "Martin Jaggs, coxswain of the RNLI".)
  const nounOf = link === 1 && !opener.cap && !hasTag(opener.norm, 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Copula', 'Adjective');
  const role = opener?.word && (listed || nounOf || isRoleWord(opener.norm) || /^(?:a|an|the|with|of|from|at)$/.test(opener.norm) || OFFICE_WORDS.test(opener.norm) || /ing$/.test(opener.norm) || (opener.cap && c + 1 < start - 1) || (linked && segment.slice(0, link).some((x) => x.word && isRoleWord(x.norm))));
  const before = ctx.nameByLast.get(c - 1);
  // (Not a name that a participle or a preposition takes as its object: "Convicting Hewitt, Chairwoman of the bench
  // Celia Jenkins said" is the chairwoman's.)
  const governor = before ? t[before.first - 1] : undefined;
  if (governor?.word && (/[a-z]{3}ing$/.test(governor.norm) || OPENING_PREPOSITION.test(governor.norm))) return null;
  // (…or, with no link, a role word among the segment's capitals before the body's word: "Eamon O’Leary, Dun Laoghaire
  // RNLI Deputy Launching Authority said".)
  const titled = !linked && segment.every((x) => x.word && x.cap) && segment.some((x) => isRoleWord(x.norm));
  return role && (linked || titled) && before?.kind === 'person' ? before : null;
}

/** The person before "NAME, role words" ending at word `last`, just before the reporting verb after `end`, when the
 *  apposition never closes: it opens with a role, a title or "who" and holds no verb of its own. Not "Smith, the union
 *  said, was sacked", where the verb's own commas make it an aside. */
function openApposition(ctx: Ctx, last: number, end: number, floor: number): NameMention | null {
  const t = ctx.para.tokens;
  // (A comma that introduces the quotation is no aside's: "Ali Kasif, Merchant's lawyer said, “…”".)
  if (t[end + 2]?.text === ',' && !(ctx.quoted[end + 3] && /^[“"‘']$/.test(t[end + 3]?.text ?? ''))) return null;
  let c = last;
  // (A relative clause may run longer: "Denise, who has been employed at the company for eight years and is married
  // with three children said".)
  while (c > floor && last - c <= 24 && t[c].text !== ',' && (t[c].word || /^[’'&()-]$/.test(t[c].text)) && !ctx.quoted[c] && !isCue(ctx, c)) c--;
  if (t[c]?.text !== ',' || c <= floor || c === last || (last - c > 14 && t[c + 1]?.norm !== 'who')) return null;
  const before = ctx.nameByLast.get(c - 1);
  if (before?.kind !== 'person') return null;
  // (Nor a name inside an opening phrase, whose comma closes it: "After meeting President Nana Akufo-Addo, the IMF
  // chief said".)
  // (At most 30 words back: a sentence of thousands must stay linear.)
  let k = before.first - 1;
  while (k > floor && k > before.first - 30 && t[k].text !== ',') k--;
  if (k <= floor && t[floor]?.word && opensPhrase(t[floor].norm)) return null;
  const opener = t[c + 1];
  const words = last - c;
  // (Not a document or an inquiry for its head, which is the subject itself: "… before the death of Lola James, a child
  // practice review said".)
  // (A body closing the role is the role's: "Maria Zakharova, the spokeswoman of the Russian foreign ministry told".)
  const document = /^(?:report|review|study|survey|statement|letter|analysis|paper|document|memo|filing|ruling|judgment|verdict|inquiry|investigation|audit|probe|inquest)$/.test(t[last].norm);
  // ("Julie Ward, cabinet member for civic amenities said": a role word second, after the word that qualifies it.)
  // ("Terry Bailey, anti-social behaviour officer for the council said": or third.)
  const qualified = words >= 2 && opener.norm !== 'whose' && [t[c + 2], t[c + 3]].some((w, k) => !!w?.word && k + 2 <= words && isRoleWord(w.norm) && t.slice(c + 1, c + 2 + k).every((x) => x.word && !/^(?:of|for|at|to|with|from|in|on)$/.test(x.norm)));
  // ("Tracy Raby, from the Heacham neighbourhood planning scheme said": where the person is from opens it too.)
  const from = /^(?:from|of|with)$/.test(opener.norm) && words >= 3;
  const role = opener.word && !document && (isRoleWord(opener.norm) || OFFICE_WORDS.test(opener.norm) || opener.norm === 'who' || qualified || from || (opener.cap && words >= 2) || (/^(?:the|a|an)$/.test(opener.norm) && words >= 3));
  return role ? before : null;
}

/** Words that open a phrase or clause before a sentence's subject: a subordinator or a preposition ("If he wins …,",
 *  "In an interview with …,", "After meeting …,"). */
const OPENING_PREPOSITION = /^(?:in|on|at|during|with|without|for|from|by|under|over|through|to|despite|following|amid|upon|unlike|like|alongside|besides)$/;
const opensPhrase = (norm: string) => SUBORDINATORS.has(norm) || OPENING_PREPOSITION.test(norm);

/** Headline words that open a line before a colon without naming a speaker: "READ MORE: …", "WATCH: …". */
const RUBRIC = /^(?:read|more|watch|listen|live|update|updated|breaking|exclusive|opinion|analysis|comment|video|photos|review|explainer|reports?|news)$/;

/** A headline's few quoted words, and whose they are by the conventions of headlines: a name or description at the
 *  end after a colon or dash ("… suburban spread: Littleproud", "… three months – analyst"), one before a colon
 *  ("Expedia's new CEO: Our stock plunge is a ‘concern’") or right after the quotation's own colon ("‘It’s
 *  sensitive’: KL mayor mum on …"), else the subject the line opens with ("Health secretary ‘stunned’ by …"). */
export function headlineSpeaker(ctx: Ctx, span: QuoteSpan, previous: Quote | null): Attribution | null {
  const t = ctx.para.tokens;
  const q0 = tokenAt(t, span.start);
  const q1 = tokenAt(t, span.end);
  const open = (k: number) => k >= 0 && k < t.length && !ctx.quoted[k];
  const mark = (k: number) => open(k) && (t[k].text === ':' || /^[—–-]$/.test(t[k].text));
  // The phrase from..to (token indices) as a speaker: a name ending there, else a description with its head there.
  const who = (from: number, to: number): Speaker | null => {
    if (from > to || !open(from) || !open(to) || !t[to].word) return null;
    for (let k = from; k <= to; k++) if (!open(k) || (!t[k].word && t[k].text !== ',' && t[k].text !== '.')) return null;
    const name = ctx.nameByLast.get(to);
    if (name && (name.kind === 'person' || name.kind === 'organisation') && tokenAt(t, name.start) >= from) return nameSpeaker(ctx, name);
    const described = descriptionSpeaker(ctx, to, 'backward', previous, from);
    if (described) return described;
    // Headlines drop the article: "Teachers, unions", "Locals" — people described in the plural.
    if (to - from > 4 || !/[^s]s$/.test(t[to].norm) || !isNounLike(t[to].norm)) return null;
    const text = ctx.doc.text.slice(t[from].start, t[to].end);
    return { start: t[from].start, end: t[to].end, text, name: text, type: 'group', personId: null };
  };
  const found = (s: Speaker | null, cue: number): Attribution | null => (s ? { speaker: s, cue: cue >= 0 ? cueSpan(ctx, cue) : null, place: 'sentence' } : null);
  // "…: Littleproud", "… – analyst": a short tag closing the line.
  for (let k = t.length - 2; k >= Math.max(q1, t.length - 6); k--) {
    if (mark(k)) {
      const s = found(who(k + 1, t.length - 1), k);
      if (s) return s;
      break;
    }
  }
  // "Expedia's new CEO: …": a short phrase and a colon before the quotation.
  const colon = t.findIndex((x, k) => k < q0 && k <= 6 && open(k) && x.text === ':');
  if (colon > 0 && !RUBRIC.test(t[0].norm)) {
    const s = found(who(0, colon - 1), colon);
    if (s) return s;
  }
  // "‘It’s sensitive’: KL mayor mum on …": the quotation opens the line and a colon follows it.
  if (q0 === 0 && t[q1]?.text === ':') {
    let end = q1 + 1;
    // Up to the first role word: "KL mayor" in "KL mayor mum on …".
    while (end + 1 < t.length && end - q1 < 4 && open(end + 1) && t[end + 1].word && !isRoleWord(t[end].norm) && (t[end + 1].cap || isRoleWord(t[end + 1].norm))) end++;
    const s = found(who(q1 + 1, end), q1);
    if (s) return s;
  }
  // "Woman had ‘severe’ stress disorder, psychiatrist tells court", "…, Dr Smith says": a speaker and a verb of saying
  // after the line's last comma close it (the verb's object, if any, a word or two: "tells court").
  let comma = t.length - 1;
  while (comma > q1 && t.length - comma <= 7 && !(open(comma) && t[comma].text === ',')) comma--;
  if (comma > q1 && t.length - comma <= 7) {
    let verb = comma + 2;
    while (verb < t.length && !(open(verb) && isCue(ctx, verb))) verb++;
    if (verb < t.length && t.length - verb <= 3) {
      const s = found(who(comma + 1, verb - 1), verb);
      if (s) return s;
    }
  }
  // "Health secretary ‘stunned’ by …", "Teachers, unions ‘shocked’ at …", "Police have ‘good leads’ on …": the
  // subject opening the line, past an auxiliary.
  let end = q0 - 1;
  while (end > 0 && t[end].word && /^(?:is|are|was|were|be|been|being|has|have|had|feel|feels|felt|left|say|says)$/.test(t[end].norm)) end--;
  const opening = end >= 0 && end < 6 ? found(who(0, end), -1) : null;
  if (opening) return opening;
  // "Councillor sounds the alarm over ‘unsafe’ hospital", "Former Mayor laments ‘huge void’": the subject before the
  // line's verb (a lower-case word in -s or -ed within its first words) says the words the line quotes.
  const verb = t.findIndex((x, k) => k > 0 && k <= 4 && k < q0 && x.word && !x.cap && /(?:[^s]s|ed)$/.test(x.norm));
  if (verb > 0) return found(who(0, verb - 1), verb);
  return null;
}
