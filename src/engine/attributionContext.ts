// A paragraph as attribution reads it: its tokens with which of them are quoted, their sentences and reporting
// verbs, its name mentions by last token; the tokens around a quotation; the names among them.
import { type ArticleDoc, type Paragraph } from './document';
import type { NameMention, PeopleResult, PersonInfo } from './people';
import type { QuoteSpan } from './quotes';
import { bracketedAbbreviation, isOrdinal, type Token } from './text';
import type { Speaker, SpeakerType, TextSpan } from './types';
import { NEARBY, bodyNameStart, isPostNominal, isTitleCase } from './names';
import { CUE_VERBS, hasTag, isOrgWord, isRoleWord } from './lexicon';
import { PeopleLookup, firstStartingAt } from './peopleLookup';
import { COMPANY_NOUNS, SOURCE_NOUNS, SUBORDINATORS, isCueAt, isNounHead, modifiesRole, subjectPronoun } from './attributionCues';
import { labelOf } from './debris';
import { isListedHeadline } from './lineShape';

/** A token of a paragraph with its index, seen from outside the quotations. */
export interface Ctx {
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

export const isCue = (ctx: Ctx, i: number) => ctx.cue[i] === true;

export const NONE: never[] = [];

export function context(doc: ArticleDoc, para: Paragraph, inside: QuoteSpan[], names: NameMention[], people: PeopleResult, byId: Map<string, PersonInfo>, lookup: PeopleLookup): Ctx {
  const nameByLast = new Map<number, NameMention>();
  for (const n of names) nameByLast.set(n.last - 1, n);
  // "Hugo Keith KC, counsel to the inquiry, said", "Ann Obi MP, …": the letters after a name end its holder's mention.
  for (const n of names) {
    const after = para.tokens[n.last];
    if (n.kind === 'person' && after?.word && isPostNominal(after.text)) nameByLast.set(n.last, n);
  }
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
export function tokenAt(tokens: Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

/** A full stop that ends its sentence (not the one in "(D-Wis.)"), or a semicolon: only closing marks follow it
 *  before the sentence ends. */
export function isStopIn(ctx: Ctx, i: number): boolean {
  const t = ctx.para.tokens;
  if (t[i].word) return false;
  // ("She said; “The council have been excellent.”": a semicolon typed for the colon between a verb of saying and its
  // quotation stops nothing.)
  if (t[i].text === ';') return !(t[i - 1]?.word && CUE_VERBS.has(t[i - 1].norm) && /^["“‘']$/.test(t[i + 1]?.text ?? ''));
  if (!/^[.!?]$/.test(t[i].text)) return false;
  for (let k = i + 1; k < t.length && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k++) if (!/^["”’')\]]$/.test(t[k].text)) return false;
  return true;
}

/** The sentence of the paragraph that holds token `i`. */
export function sentenceOfToken(ctx: Ctx, i: number): { start: number; end: number } {
  return ctx.para.sentences[ctx.sentenceOf[i]] ?? ctx.para;
}

export function after(ctx: Ctx, span: QuoteSpan): number[] {
  const out: number[] = [];
  const t = ctx.para.tokens;
  const first = tokenAt(t, span.end);
  // The sentence the quote ends in: "… two years ago.” She continued" stops before "She". A quote ending in
  // a question or exclamation is followed by its attribution ("…?” Trump said"), split off or not.
  const closing = Math.min(tokenAt(t, span.end - 1), t.length - 1);
  const asks = /[?!…]\s*$/.test(ctx.doc.text.slice(span.contentStart, span.contentEnd));
  const limit = first < t.length && closing >= 0 ? sentenceOfToken(ctx, asks ? first : closing).end : 0;
  let stepped = false;
  for (let i = first; i < t.length && out.length < 40 && t[i].start < limit; i++) {
    if (ctx.quoted[i]) {
      // A few quoted words inside an apposition or a relative clause of the attribution, before its verb, are stepped
      // over: "“…,” activist Nathan Law, who fled soon after the new “national security” law came into effect, told".
      let j = i;
      while (j < t.length && ctx.quoted[j] && j - i <= 6) j++;
      const aside = out.some((k) => t[k].text === ',');
      if (!aside || stepped || j - i > 6 || j >= t.length || out.some((k) => isCue(ctx, k)) || t.slice(i, j).some((x) => /^[.!?]$/.test(x.text))) break;
      // (One such, so that a sentence of many short quotations stays linear and cheap.)
      stepped = true;
      i = j - 1;
      continue;
    }
    if (isStopIn(ctx, i)) break;
    out.push(i);
  }
  return out;
}

export function before(ctx: Ctx, span: QuoteSpan): number[] {
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

/** Is the verb at `i` inside a subordinate clause ("after Trump said …", "what she calls …")? */
export function subordinate(ctx: Ctx, range: number[], i: number): boolean {
  const t = ctx.para.tokens;
  const at = range.indexOf(i);
  for (let n = at - 1; n >= 0; n--) {
    const tok = t[range[n]];
    // An aside between dashes: "The Californian described the incident — in which Rep. McNulty allegedly announced a
    // vote count — as a “misunderstanding”".
    if (/^[—–]$/.test(tok.text) && range.slice(at + 1).some((k) => t[k].text === tok.text)) return true;
    // (A bracket is stepped over: "Rep. Mike McNulty (D-N.Y.) allegedly announced".)
    if (tok.text === ')') {
      while (n > 0 && t[range[n]].text !== '(') n--;
      continue;
    }
    if (!tok.word) return false;
    // "…, but he said that …", "…, though a rep for the band told …": a coordinated or contrasting clause with its
    // own subject — a pronoun, or a noun phrase that opens with a determiner.
    const next = t[range[n + 1]];
    // (…or a name: "with Ozzy Osbourne hailing him as “…” and punk rocker Billy Idol describing the news as “…”".)
    if (/^(?:but|and|yet|though|although|whereas)$/.test(tok.norm) && n + 1 < at && (subjectPronoun(next.norm) || (next.word && /^(?:a|an|the)$/.test(next.norm)) || range.slice(n + 1, at).some((k) => ctx.nameByLast.get(k)?.kind === 'person'))) return false;
    if (SUBORDINATORS.has(tok.norm)) return true;
    if (isCue(ctx, range[n])) return true;
  }
  return false;
}

/** Token index of the last word of the name starting at token `i`, or -1. */
export function lastOfName(ctx: Ctx, i: number): number {
  for (let j = i; j < Math.min(ctx.para.tokens.length, i + 6); j++) {
    const n = ctx.nameByLast.get(j);
    if (n && n.first <= i + 2) return j;
  }
  return -1;
}

/** The first person or organisation named among the tokens: a rough sentence subject. A team or a place before a
 *  noun describes someone instead ("The Red Lions head coach, Emeka Obi, …"). */
export function firstNamed(ctx: Ctx, range: number[]): Speaker | null {
  for (const i of range) {
    const n = ctx.nameByLast.get(i);
    if (!n || (n.kind !== 'person' && n.kind !== 'organisation') || describesNoun(ctx, n, i) || prepositionObject(ctx, n)) continue;
    // "Scott's relatives … said": the owner before a noun is not the one speaking — unless what is owned is a
    // document that speaks for them ("PC World's recent analysis concluded").
    if (ctx.para.tokens[i].possessive && ownsSomeone(ctx, i)) continue;
    return nameSpeaker(ctx, personAfterAffiliation(ctx, n, i) ?? n);
  }
  return null;
}

/** The head of the noun phrase owned by the possessive at token `i`: "relatives" in "Scott's relatives", "manager" in
 *  "Tom Jones’ campaign manager" — up to three lower-case nouns, stopping at a verb. */
export function possessedHead(ctx: Ctx, i: number): number {
  const t = ctx.para.tokens;
  let head = i + 1;
  while (head + 1 < t.length && head - i < 3 && isNounHead(t[head + 1]) && !isCue(ctx, head + 1)) head++;
  return head;
}

/** After a possessive name at token `i`, a lower-case noun phrase whose head is no document: "Scott's relatives". */
function ownsSomeone(ctx: Ctx, i: number): boolean {
  const t = ctx.para.tokens;
  if (!t[i + 1]?.word || t[i + 1].cap) return false;
  return !SOURCE_NOUNS.test(t[possessedHead(ctx, i)].norm);
}

/** "held a briefing at the National Council", "in an interview with CNN": a name after a preposition is no subject. */
function prepositionObject(ctx: Ctx, n: NameMention): boolean {
  const before = ctx.para.tokens[wordBeforeName(ctx, n)];
  return !!before?.word && /^(?:at|in|on|with|to|from|into|near|inside|outside|across|through|via|against|toward|towards|around|along|past|beyond|beside|behind|throughout|within)$/.test(before.norm);
}

/** The token index before a name and any "the" it has: "at" in "at the National Council". */
export function wordBeforeName(ctx: Ctx, n: NameMention): number {
  const t = ctx.para.tokens;
  let k = tokenAt(t, n.start) - 1;
  // A nationality the name leaves out is the body's: "with the American Meteor Society".
  if (t[k]?.word && t[k].cap && hasTag(t[k].norm, 'Demonym') && (ctx.nameByLast.get(k)?.kind ?? 'other') === 'other') k--;
  return t[k]?.norm === 'the' ? k - 1 : k;
}

/** A place or organisation named before a lower-case noun that is no verb describes that noun: "the New Zealand
 *  boss", "another GOP member", "the Red Lions head coach". */
export function describesNoun(ctx: Ctx, n: NameMention, last: number): boolean {
  const t = ctx.para.tokens;
  // "Department of Justice attorney Scott Stewart": past "of" and the capitals of the body's full name.
  if ((n.kind === 'organisation' || n.kind === 'place') && t[last + 1]?.norm === 'of' && t[last + 2]?.cap) {
    let k = last + 2;
    while (t[k + 1]?.word && t[k + 1].cap) k++;
    if (t[k + 1]?.word && !t[k + 1].cap && isRoleWord(t[k + 1].norm)) return true;
  }
  // ("SPLM/IO deputy leader": past a mark glued inside the name.)
  let k = last + 1;
  while (t[k] && !t[k].word && t[k + 1]?.word && t[k - 1].end === t[k].start && t[k].end === t[k + 1].start) k += 2;
  const next = t[k];
  if (!next || !next.word) return false;
  // "PAGASA issued a statement": a verb after the name makes it the subject — but "Kerala state minister": "state",
  // a verb of saying too, is a noun before a role.
  const saying = CUE_VERBS.has(next.norm);
  const nounBeforeRole = saying && modifiesRole(ctx.para.tokens, k);
  if (saying && !nounBeforeRole) return false;
  if (n.kind === 'place' || n.kind === 'organisation') return isNounHead(next) || isRoleWord(next.norm) || nounBeforeRole;
  // "said MUA Sydney assistant secretary Paul Garrett", "Biden campaign manager Jen Dillon": a name before a role in
  // lower case and the person holding it describes that person.
  if (n.kind === 'person' && !next.cap) {
    let r = k;
    while (r < k + 2 && t[r + 1]?.word && !t[r + 1].cap) r++;
    const holder = isRoleWord(t[r].norm) ? firstNameIn(ctx, r + 1, r + 4) : null;
    if (holder?.kind === 'person' && holder.first === r + 1) return true;
  }
  // "the Sinn Fein TD", "the Labour MP": a name nobody is called, after an article, before an office.
  return n.kind === 'person' && !n.personId && /^(?:the|a|an)$/.test(ctx.para.tokens[n.first - 1]?.norm ?? '') && isRoleWord(next.norm);
}

/** "Park Min-jae of the Unity Reform Party said": the person whose party, group or town the name after "of",
 *  "from", "at" or "with" is (see affiliationAt). */
export function personBeforeAffiliation(ctx: Ctx, n: NameMention): NameMention | null {
  const k = affiliationAt(ctx, n);
  if (k < 0) return null;
  const t = ctx.para.tokens;
  // "Brendan Brennan, 46, of Dell Road said": an age between the person and where they are from.
  const person = ctx.nameByLast.get(k - 1) ?? ctx.nameByLast.get(agedBefore(t, k));
  return person?.kind === 'person' ? person : null;
}

/** The last token of a name before an age set off by commas that ends right before token `k` ("Brendan Brennan, 46,
 *  of …"), or -1. */
export const agedBefore = (t: Token[], k: number): number => (t[k - 1]?.text === ',' && /^\d{1,3}$/.test(t[k - 2]?.text ?? '') && t[k - 3]?.text === ',' ? k - 4 : -1);

/** The words that tie a person to where they are from or work: "of", "from", "at", "with". */
const AFFILIATING = /^(?:of|from|at|with)$/;

/** The "of", "from", "at" or "with" that ties a place or organisation to what comes before it ("residents from Woodward
 *  Close and Dell Road", "Sgt. Daniel Grubbs with the Fort Smith Police Department"), stepping back over places or
 *  bodies listed with it; or -1. */
export function affiliationAt(ctx: Ctx, n: NameMention): number {
  if (n.kind !== 'organisation' && n.kind !== 'place') return -1;
  const t = ctx.para.tokens;
  let k = wordBeforeName(ctx, n);
  // "Michael Michaud of Maine’s 2nd District": past an ordinal and a place that owns the body or district — and a word
  // for how near it is: "David Peppermill of nearby Stapleford".
  while (k > 0 && t[k].word && (isOrdinal(t[k].norm) || (t[k].cap && t[k].possessive) || t[k].norm === 'the' || (!t[k].cap && NEARBY.test(t[k].norm)))) k--;
  // "Helen Smith of tourism and heritage consultants Rowan Tree Consulting": past the trade that describes the body —
  // or its kind, after a person: "Luella Bartlett from the community group Protect Piha Rockpools" (not "Chairman of
  // the group Tony Lendon", the group's chairman).
  const kind = !!t[k]?.word && !t[k].cap && COMPANY_NOUNS.test(t[k].norm);
  if (t[k]?.word && !t[k].cap && (hasTag(t[k].norm, 'Plural') || kind) && !CUE_VERBS.has(t[k].norm)) {
    let d = k - 1;
    while (d > 0 && k - d < 5 && t[d].word && !t[d].cap && !AFFILIATING.test(t[d].norm) && !CUE_VERBS.has(t[d].norm)) d--;
    if (/^(?:of|from)$/.test(t[d]?.norm ?? '') && (!kind || ctx.nameByLast.get(d - 1)?.kind === 'person')) k = d;
  }
  // "of the Council for Mass Media": a body's word before "of" or "for" is the start of its name — and so is the whole
  // of a name that ends in that word: "of the Chichester Chamber of Commerce (and Industry)".
  const pastBodyName = () => {
    while (k > 1 && /^(?:of|for)$/.test(t[k].norm) && t[k - 1].word && t[k - 1].cap && isOrgWord(t[k - 1].norm)) {
      const body = ctx.nameByLast.get(k - 1);
      k = body && body !== n ? wordBeforeName(ctx, body) : t[k - 2].norm === 'the' ? k - 3 : k - 2;
    }
  };
  pastBodyName();
  // "Sean Reilly with the city of Overland Park": past the kind of place a town is called by, after its "the".
  if (t[k]?.norm === 'of' && /^(?:city|town|village|county|borough|state)$/.test(t[k - 1]?.norm ?? '') && !t[k - 1].cap && t[k - 2]?.norm === 'the' && AFFILIATING.test(t[k - 3]?.norm ?? '')) k -= 3;
  let listed = false;
  for (let hops = 0; hops < 4 && t[k] && (t[k].norm === 'and' || t[k].text === ','); hops++) {
    const before = ctx.nameByLast.get(k - 1);
    if (!before || before.kind === 'person') return -1;
    listed ||= t[k].norm === 'and';
    k = wordBeforeName(ctx, before);
    pastBodyName();
  }
  // (Or "in" before a place: "eyewitnesses in Nauru said" — or a list of places, "in Nauru and Fiji"; not a place after
  // a comma alone, which opens a clause: "… an island in the South China Sea, Manila said".) After "across" or
  // "throughout" a name is a place whatever its kind: "nuns across Australia".
  const inPlace = ((t[k]?.norm === 'in' && n.kind === 'place') || /^(?:across|throughout)$/.test(t[k]?.norm ?? '')) && (listed || wordBeforeName(ctx, n) === k);
  return t[k]?.word && (AFFILIATING.test(t[k].norm) || inPlace) ? k : -1;
}

/** "PAS MP Datuk Mohd Khairuddin", "AP President and CEO Daisy Veerasingham": an organisation, a title, then the
 *  person — who is the one meant. */
export function personAfterAffiliation(ctx: Ctx, org: NameMention, last: number): NameMention | null {
  const t = ctx.para.tokens;
  // An organisation, or a "name" that ends in a title ("AP President"), or a place — what the lexicon made of a body's
  // first word: "said Parks and Recreation Commission Chairperson John Sharkey", "said Paris Mayor Anne Hidalgo".
  if (org.kind !== 'organisation' && org.kind !== 'place' && !isRoleWord(t[last]?.norm ?? '')) return null;
  for (let j = last + 1; j < t.length && j <= last + 8; j++) {
    const n = ctx.nameByLast.get(j);
    if (n && n.kind === 'person') return n;
    // (Its initials in brackets: "National Funeral Directors Association (NFDA) spokesperson Jessica Koth".)
    if (j === last + 1 && bracketedAbbreviation(t, j)) {
      j += 2;
      continue;
    }
    // (Its number too: "District 4 Councilman John Williams", "Ward 12 councillor …".)
    const numbered = j === last + 1 && /^\d{1,3}$/.test(t[j].text);
    // (The rest of the body's name, "Council on Aging Director …", "Department of Health spokesman …": a small word
    // before a capital, or a role in lower case.)
    const inName = /^(?:and|of|on|for)$/.test(t[j].norm) && !!t[j + 1]?.cap;
    // (…and the words before a role in lower case: "San Diego Zoo lead animal keeper Lisa Martin".)
    if (!numbered && (!t[j].word || (!t[j].cap && !inName && !isRoleWord(t[j].norm) && !modifiesRole(t, j)))) return null;
  }
  return null;
}

export function cueSpan(ctx: Ctx, i: number): TextSpan {
  const t = ctx.para.tokens[i];
  return { start: t.start, end: t.end, text: t.text };
}

/** The first person or organisation named inside tokens [from, to]. */
export function firstNameIn(ctx: Ctx, from: number, to: number): NameMention | null {
  for (let k = from; k <= to; k++) {
    const n = ctx.nameByLast.get(k);
    if (n && n.first >= from && (n.kind === 'person' || n.kind === 'organisation')) return n;
  }
  return null;
}

/** The last name mention wholly inside tokens [from, to]; with `endAt`, only one ending at `to`. */
export function findName(ctx: Ctx, from: number, to: number, endAt = false): NameMention | null {
  for (let k = to; k >= from; k--) {
    const n = ctx.nameByLast.get(k);
    if (n && n.first >= from && (n.kind === 'person' || n.kind === 'organisation')) return n;
    if (endAt) break;
  }
  return null;
}

export function nameSpeaker(ctx: Ctx, n: NameMention): Speaker {
  const person = n.personId ? ctx.byId.get(n.personId) : undefined;
  const type: SpeakerType = person ? 'person' : n.kind === 'person' ? 'person' : 'organisation';
  if (type === 'organisation') {
    const from = bodyNameStart(ctx.para.tokens, n.first);
    // (Not a person before the "and": "Tom Lee and Hale Agency".)
    if (from < n.first && ctx.nameByLast.get(n.first - 2)?.kind !== 'person') {
      const start = ctx.para.tokens[from].start;
      const text = ctx.doc.text.slice(start, n.end);
      return { start, end: n.end, text, name: text, type, personId: null };
    }
  }
  return { start: n.start, end: n.end, text: n.text, name: person ? person.name : n.text, type, personId: person?.id ?? null };
}


/** A line that interrupts a story without being part of it: a crosshead ("GREATER SUCCESS"), pasted page furniture
 *  ("Read more: …"), or a photo caption or credit ("Hansen after the defeat. Andrew Cornaga / INPHO", "Boris Johnson
 *  delivers a statement (House of Commons/PA)"). Read once per paragraph text. */
export function isInterruption(para: Paragraph): boolean {
  return para.memo.get('interruption', () => {
    const line = para.body.trim();
    const words = para.tokens.filter((t) => t.word);
    if (!words.length || /["“”]/.test(line)) return false;
    // (In sentence case too when short: "Coastal erosion".)
    const crosshead = words.length <= 6 && !/[.!?,;:’]$/.test(line) && (line === line.toUpperCase() || words.every((w) => w.cap) || (words.length <= 3 && words[0].cap && words.every((w) => !/\d/.test(w.text))));
    // (Or a caption closing on its agency in capitals, with no full stop: "Stanton's agent confirmed the star had died
    // on Friday afternoon (REUTERS)".)
    // (…or on its credit in brackets: "Residents fear more homes will be lost (Picture: SWNS)".)
    const credit = (words.length <= 16 && /\s\/\s|\/\s*$|^(?:photo|picture|image)s?\b|\([^()]*\/[^()]*\)$/i.test(line)) || (words.length <= 30 && (/\s\(\p{Lu}{2,}(?:[ /&-]\p{Lu}{2,})*\)$/u.test(line) || /\((?:photo|picture|image|credit)s?:[^()]*\)$/i.test(line) || CREDIT_LABEL.test(line)));
    // A byline: "By Alfonso Serrano Jun 27, 2018", "By Ann Lee and Tom Hale, Reuters".
    const byline = words.length <= 12 && /^By\s+\p{Lu}/u.test(line) && words.slice(1).every((w) => w.cap || /^\d/.test(w.text) || /^(?:and|in|for|of|at|with|the)$/.test(w.norm));
    // Page furniture as debris and claims read it, from the paragraph's memo.
    // A bulleted link to another story ("- Tributes paid to Herts police officer"), as under "Read more".
    return crosshead || credit || byline || isListedHeadline(line) || para.memo.get('label', () => labelOf(para.body)) !== null;
  });
}

/** A credit closing a caption, after its label: "… his home. Photo: SAPS.", "Talon, 9. Credit: Cain Andrews/Broome
 *  Advertiser". */
const CREDIT_LABEL = /\b(?:photo|picture|image|credit)s?:\s*\p{Lu}[^.!?:]{0,60}\.?$/iu;

/** The index of the paragraph a paragraph follows in the story: the one before it, past up to two photo credits,
 *  captions or crossheads pasted between ("… issued an apology.¶BEN STANSALL/GettyImages¶“I am sorry …”"); -1 for
 *  none. */
export function storyParagraphBefore(doc: ArticleDoc, index: number): number {
  let k = index - 1;
  while (k > 0 && index - k < 3 && isInterruption(doc.paragraphs[k])) k--;
  return k;
}
