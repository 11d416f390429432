// What a pronoun or a description stands for: "he" and "she" resolved to the person meant by gender, salience and
// recency; "the spokeswoman", "the German chancellor", "his loved ones", "one of Hunt’s allies" to the person or
// group meant, or kept as the description.
import { paragraphIndexAt, type Paragraph } from './document';
import type { NameMention, PersonInfo } from './people';
import type { Quote, Speaker, SpeakerType } from './types';
import { bracketedAbbreviation, type Token } from './text';
import { FINITE_AUX, GROUPS, HONORIFICS, ORG_NOUNS, PRONOUNS, hasTag, isPeoplePlural, isPlaceWord, isRoleWord, roleGender, tagsOf } from './lexicon';
import { NATIONALITY } from './names';
import { PLATFORMS } from './debris';
import { firstStartingAt, spanAt } from './peopleLookup';
import { isCue, isInterruption, lastOfName, nameSpeaker, possessedHead, storyParagraphBefore, tokenAt, type Ctx } from './attributionContext';
import { COMPANY_NOUNS, DETERMINERS, ISSUED_PARTICIPLES, MEDIA_NOUNS, SKIP_BEFORE_CUE, SOURCE_NOUNS, TIME_WORD, canSpeakNoun, isCueAt, isNounLike, isPastVerb, isThingsPlural, subjectPronoun } from './attributionCues';

/** The speaker a possessive name describes: "Tom Jones’ manager, Gordon Mills" → Gordon Mills; "the mayor’s
 *  spokeswoman" with no name → the description. */
export function possessedSpeaker(ctx: Ctx, owner: NameMention, j: number, previous: Quote | null): Speaker | null {
  const t = ctx.para.tokens;
  // "said Destination Cleveland's Viveca Kimble", "Britain's Boris Johnson": the person named right after the possessive
  // — or after a title: "wrote Animal Asia's Animal Welfare Director Dave Neale", "said Prince George's County Council
  // member Calvin Hawkins".
  // (Past the body's abbreviation in brackets: "said Save Our Libraries Essex's (SOLE) Andy Abbott".)
  const from = t[j + 1]?.text === '(' && bracketedAbbreviation(t, j + 1) ? j + 4 : j + 1;
  for (let k = from; k <= from + 5 && t[k]?.word && (t[k].cap || isRoleWord(t[k].norm)); k++) {
    const named = ctx.nameByLast.get(k);
    if (named?.kind !== 'person') continue;
    const first = tokenAt(t, named.start);
    if (first === from || (first > from && isRoleWord(t[first - 1].norm))) return nameSpeaker(ctx, named);
  }
  const head = possessedHead(ctx, j);
  if (!t[head]?.word || t[head].cap) return nameSpeaker(ctx, owner);
  // Named after the role, set off by a comma or not: "Tom Jones’ manager, Gordon Mills", "Floyd's daughter Gianna".
  const at = t[head + 1]?.text === ',' ? head + 2 : head + 1;
  if (t[at]?.word && t[at].cap) {
    const end = lastOfName(ctx, at);
    const named = end >= 0 ? ctx.nameByLast.get(end) : undefined;
    if (named && named.kind === 'person' && tokenAt(t, named.start) === at) return nameSpeaker(ctx, named);
  }
  const role = t[head].norm;
  const person = isRoleWord(role) ? ctx.lookup.latestWithRole(role, owner.start) : null;
  const span = { start: owner.start, end: t[head].end, text: ctx.doc.text.slice(owner.start, t[head].end) };
  if (person && previous?.speaker?.personId === person.id) return { ...span, name: person.name, type: 'person', personId: person.id };
  return { ...span, name: span.text, type: ORG_NOUNS.has(role) ? 'organisation' : 'person', personId: null };
}

// Offices a country's "leader" holds: "Ghana's President Nana Akufo-Addo … . The Ghanaian leader said".
const HEAD_OF_STATE = /^(?:president|prime|premier|chancellor|king|queen|emir|sheikh|monarch|ruler|dictator|emperor|tsar|czar)$/;
// Offices held by one person at a time, so that "the German chancellor" can only be someone just named.
const SINGLE_OFFICES = /^(?:chancellor|president|premier|minister|leader|king|queen|pope|governor|mayor|ambassador|chairman|chairwoman|ceo|monarch|emperor|sheikh|emir)$/;

// A court's officers: never the one in the dock, who is named without a role.
const BENCH = /^(?:judge|magistrate|coroner|recorder|prosecutor|sheriff)$/;

/** "Angela Merkel met Emmanuel Macron, the French president. The German chancellor said …": the only person named in
 *  the sentence before with no other role can be the office holder the description names; for a description that
 *  is no single office ("Leon Bailey scored. “…,” the Jamaica international said") that person must be its subject. */
function officeHolder(ctx: Ctx, head: string, before: number, named = false): PersonInfo | null {
  let at = ctx.sentenceOf[tokenAt(ctx.para.tokens, before)] ?? 0;
  // The sentence before the quotation the description follows, not one inside it (“Al-Qaeda in Ghana? I don’t
  // know,” the Ghanaian leader said).
  // (At most ten sentences back: a paragraph of thousands of quoted sentences must stay linear.)
  for (let back = 0; back < 10 && at > 0 && ctx.quoted[tokenAt(ctx.para.tokens, ctx.para.sentences[at - 1].start)]; back++) at--;
  if (at > 0) return holderIn(ctx, head, before, named, ctx.para.sentences[at - 1]) ?? throughPronoun(ctx, head, before, named, ctx.para, at - 1);
  // From the paragraph before: its last sentence ("“…,” said Manny Pacquiao. … Broner himself claimed to be put
  // off.¶“…,” the Cincinnati native said" is Broner), else the whole paragraph ("Anna Morgan-Lloyd had agreed … . She
  // admitted … .¶After the riots, the 48-year-old woman …").
  const para = ctx.para.index > 0 ? ctx.doc.paragraphs[ctx.para.index - 1] : null;
  const last = para?.sentences.at(-1);
  if (!para || !last) return null;
  return holderIn(ctx, head, before, named, last) ?? holderIn(ctx, head, before, named, para) ?? throughPronoun(ctx, head, before, named, para, para.sentences.length - 1);
}

/** The office holder of a sentence before `para.sentences[at]`, which names no one fit and opens with "he" or "she"
 *  standing for them: "Gregor Townsend is kicking off the appeal. He's been getting a tour of the factory. The former
 *  Scotland player said …". Two such sentences at most, back into the paragraph before; the person of the pronoun's
 *  gender. */
function throughPronoun(ctx: Ctx, head: string, before: number, named: boolean, para: Paragraph, at: number): PersonInfo | null {
  // (Only a description that names as a name does — "the former Scotland player", "the 54-year-old" — not "the
  // victim", who may be the one the pronoun's sentence acts on.)
  if (!named) return null;
  for (let hops = 0; hops < 2; hops++) {
    const opener = para.tokens[tokenAt(para.tokens, para.sentences[at].start)]?.norm ?? '';
    const g = /^(?:he|he's)$/.test(opener) ? 'm' : /^(?:she|she's)$/.test(opener) ? 'f' : null;
    if (!g) return null;
    if (at === 0) {
      para = ctx.doc.paragraphs[para.index - 1];
      if (!para?.sentences.length) return null;
      at = para.sentences.length;
    }
    at--;
    const found = holderIn(ctx, head, before, named, para.sentences[at]);
    if (found) return !found.gender || found.gender === g ? found : null;
  }
  return null;
}

/** The office holder officeHolder looks for, in the span `prior`. */
function holderIn(ctx: Ctx, head: string, before: number, named: boolean, prior: { start: number; end: number }): PersonInfo | null {
  const single = SINGLE_OFFICES.test(head);
  const candidates = new Set<PersonInfo>();
  const names = ctx.people.names;
  let subject: NameMention | null = null;
  // Only the sentence before: a person named in the description's own sentence is someone else.
  // (At most 50 names: a sentence naming thousands is no place to guess, and must stay linear.)
  const first = firstStartingAt(names, prior.start);
  for (let k = first; k < names.length && k - first < 50 && names[k].start < Math.min(before, prior.end); k++) {
    const n = names[k];
    const p = n.personId ? ctx.byId.get(n.personId) : undefined;
    const possessive = ctx.doc.paragraphs[n.paragraph]?.tokens[n.last - 1]?.possessive;
    if (!subject && !possessive && (n.kind === 'person' || n.kind === 'organisation')) subject = n;
    // (A court's officers are never the one in the dock: "Michael Nicholas appeared in court. The judge said" is not
    // Nicholas, who has no role.)
    if (p && !possessive && ((!p.role && !BENCH.test(head)) || p.roleWords.includes(head) || (head === 'leader' && p.roleWords.some((w) => HEAD_OF_STATE.test(w))))) candidates.add(p);
    else if (p && !possessive) candidates.delete(p);
  }
  // "Mr Spencer said … . The Sherwood MP said …": a description with a capitalised modifier that is no office held by
  // one person at a time names the subject of the sentence before, whatever other role that person has.
  const subjectPerson = subject?.kind === 'person' && subject.personId ? ctx.byId.get(subject.personId) : undefined;
  if (!single && named && subjectPerson && !(roleGender(head) && subjectPerson.gender && roleGender(head) !== subjectPerson.gender)) return subjectPerson;
  if (candidates.size !== 1) return null;
  const only = [...candidates][0];
  const g = roleGender(head);
  if (g && only.gender && g !== only.gender) return null;
  // Any other description ("the Jamaica international") is the subject of the sentence before, named alone there.
  return single || subject?.personId === only.id ? only : null;
}

/** "one" as a speaker: one of the group last named in this paragraph or the one before ("one of Hunt’s allies"). */
export function oneOfGroup(ctx: Ctx, i: number): Speaker {
  const tok = ctx.para.tokens[i];
  const base = { start: tok.start, end: tok.end, text: tok.text, type: 'person' as SpeakerType, personId: null };
  const paragraphs = [ctx.para, ctx.doc.paragraphs[ctx.para.index - 1]].filter((p): p is Paragraph => !!p);
  for (const para of paragraphs) {
    const t = para.tokens;
    // At most 200 words back: a paragraph of thousands of "one said" must stay linear.
    const from = (para === ctx.para ? i : t.length) - 1;
    for (let k = from; k >= 0 && from - k < 200; k--) {
      if (!t[k].word || !GROUPS.has(t[k].norm)) continue;
      // The group with what qualifies it: "Hunt’s allies", "senior officials", "the protesters".
      let from = k;
      while (from > 0 && k - from < 3 && t[from - 1].word && !DETERMINERS.has(t[from - 1].norm) && (t[from - 1].possessive || t[from - 1].cap || hasTag(t[from - 1].norm, 'Adjective'))) from--;
      return { ...base, name: `one of ${ctx.doc.text.slice(t[from].start, t[k].end)}` };
    }
  }
  return { ...base, name: tok.text };
}

/** "he" or "she": the person meant, by gender, salience and recency; "they"/"it": the organisation or group. */
export function pronounSpeaker(ctx: Ctx, i: number, previous: Quote | null): Speaker | null {
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
  // (Not an outlet the story cites or comes from: "told the Associated Press", "(Reuters)".)
  const org = lastName(ctx, tok.start, ctx.lookup.namesOf('organisation'), (n) => !reportedTo(ctx, n));
  if (org && (norm === 'it' || norm === 'they' || norm === 'we')) return { ...base, name: org.text, type: 'organisation', personId: null };
  // "They explained: “…”" with no organisation in reach: someone unnamed, still the speaker; "It said: “…”" after a
  // document ("a submission … . It said:") likewise, unresolved.
  if (norm === 'they') return { ...base, name: base.text, type: 'group', personId: null };
  if (norm === 'it') return { ...base, name: base.text, type: 'organisation', personId: null };
  return null;
}

/** The subject of the sentence before the pronoun's, in its paragraph, when it is a role with no name — "Mrs May's
 *  spokesman", "the judge" — and of a compatible gender: the name to give "he"/"she". */
function describedSubject(ctx: Ctx, offset: number, g: 'm' | 'f'): { name: string; type: SpeakerType; personId: string | null } | null {
  const at = ctx.sentenceOf[tokenAt(ctx.para.tokens, offset)] ?? 0;
  // The sentence before: in this paragraph, or the last of the paragraph before (past a caption or a credit pasted
  // between, whose names are no one's subject).
  const para = at > 0 ? ctx.para : ctx.doc.paragraphs[storyParagraphBefore(ctx.doc, ctx.para.index)];
  const sentence = at > 0 ? para?.sentences[at - 1] : para?.sentences[para.sentences.length - 1];
  if (!para || !sentence) return null;
  const t = para.tokens;
  let k = tokenAt(t, sentence.start);
  if (!t[k]?.word) return null;
  // Past an opening phrase and its comma: "In her ruling, the magistrate said …".
  if (/^(?:in|at|on|during|after|before|following|despite|with|for|speaking|addressing|outside|later)$/.test(t[k].norm)) {
    const comma = t.findIndex((x, j) => j > k && j <= k + 8 && x.text === ',');
    if (comma > 0 && t[comma + 1]?.word) k = comma + 1;
  }
  // The paragraph's names by last token: found by position in the document's sorted list (filtering the whole list
  // for every pronoun was quadratic).
  const names = para === ctx.para ? ctx.nameByLast : namesByLast(ctx, para);
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
  // (A role of two words: "Sainsbury's chief executive Simon Roberts".)
  while (head + 1 < t.length && head - k < 4 && t[head + 1].word && !t[head + 1].cap && isRoleWord(t[head + 1].norm)) head++;
  // "A UK General Election is expected": a role word before a capitalised word that is neither a role nor a name
  // modifies that word; it is no one.
  // (A name starting at a token ends within a few tokens of it: looked up by its last token, not by scanning them all.)
  const nameStartsAt = (k: number) => {
    for (let e = k; e < k + 6 && e < t.length; e++) {
      const n = names.get(e);
      if (n && n.paragraph === para.index && tokenAt(t, n.start) === k) return true;
    }
    return false;
  };
  const next = t[head + 1];
  if (next?.word && next.cap && !isRoleWord(next.norm) && !nameStartsAt(head + 1)) return null;
  // Named in apposition ("Merkel's spokesman, Steffen Seibert, said"): the name is resolved as a person instead.
  // (Past the name's own title: "The Conservative transport spokesman, Councillor Nick Cook, highlighted …".)
  let named0 = head + 2;
  while (named0 < head + 5 && t[named0]?.cap && (HONORIFICS.has(t[named0].norm) || isRoleWord(t[named0].norm)) && !nameStartsAt(named0)) named0 += t[named0 + 1]?.text === '.' ? 2 : 1;
  if (t[head + 1]?.text === ',' && nameStartsAt(named0)) return null;
  // Named right after the role ("Cameroon’s Interior Minister Paul Atanga Nji said"), or after the role's complement
  // ("PNG's High Commissioner to Australia Charles Lepani said"): that person.
  let past = head + 1;
  if (/^(?:to|of|for|at|in)$/.test(t[past]?.norm ?? '')) {
    past++;
    if (t[past]?.norm === 'the') past++;
  }
  // (The complement may be in lower case, or a list, and the name after a comma: "Coventry City Council's cabinet
  // member for finance Richard Brown", "Labor's Shadow Minister for Immigration and Citizenship, Kristina Keneally".)
  const bridged = (s: number) => s === head + 1 || (past > head + 1 && s >= past && s <= past + 4 && t.slice(past, s).every((x, j, a) => x.word || (x.text === ',' && j === a.length - 1)));
  const named = [...names.values()].find((n) => n.kind === 'person' && n.personId && bridged(tokenAt(t, n.start)));
  const person = named ? ctx.byId.get(named.personId!) : undefined;
  if (person && (!person.gender || person.gender === g)) return { name: person.name, type: 'person', personId: person.id };
  const rg = roleGender(t[head].norm);
  if (rg && rg !== g) return null;
  if (!owner) {
    // "The CEO admitted …": the person with that role, if the article has one.
    // Named with the role before the pronoun, even after the description: "The opposition leader in National Assembly
    // Shahbaz Sharif … . … he reiterated".
    const person = ctx.lookup.latestWithRole(t[head].norm, t[head].start, offset - t[head].start) ?? ctx.lookup.affiliated(capitalised(t.slice(k, head)), t[head].start);
    if (person) return { name: person.name, type: 'person', personId: person.id };
  }
  const ownerName = owner?.personId ? ctx.byId.get(owner.personId)?.name ?? owner.text : owner?.text;
  const role = ctx.doc.text.slice(t[k].start, t[head].end);
  // The possessive as the article writes it: "May’s", "Jones’".
  const mark = t[k - 1]?.text.match(/[’']s?$/)?.[0] ?? "'s";
  return { name: ownerName ? `${ownerName}${mark} ${role}` : role, type: 'person', personId: null };
}

/** The token before a name, in its own paragraph, past any "the": "to" in "spoke to the Associated Press". */
function tokenBeforeName(ctx: Ctx, n: NameMention): Token | undefined {
  const t = ctx.doc.paragraphs[n.paragraph]?.tokens;
  return t?.[n.first - 1]?.norm === 'the' ? t[n.first - 2] : t?.[n.first - 1];
}

/** The name follows a preposition (and perhaps "the"): "in the Premier League", "from Chelsea". */
function afterPreposition(ctx: Ctx, n: NameMention): boolean {
  const before = tokenBeforeName(ctx, n);
  return !!before?.word && /^(?:in|on|at|of|from|to|with|for|against|by|into|over|under|about)$/.test(before.norm);
}

/** "on Facebook", "via X": a platform something was written or posted on. */
function writtenOn(ctx: Ctx, n: NameMention): boolean {
  const before = tokenBeforeName(ctx, n);
  return !!before?.word && /^(?:on|via)$/.test(before.norm) && PLATFORMS.test(n.text.toLowerCase());
}

/** "told Reuters", "according to Reuters", "reported by Reuters", a dateline's or credit's "(Reuters)": an outlet
 *  the story cites or comes from, not its subject. */
function reportedTo(ctx: Ctx, n: NameMention): boolean {
  const before = tokenBeforeName(ctx, n);
  return !!before && (/^(?:told|to|by|with)$/.test(before.norm) || (before.text === '(' && ctx.doc.paragraphs[n.paragraph]?.tokens[n.last]?.text === ')'));
}

/** An outlet by what follows its name: "NHK news portal", "Yonhap reported". */
function reporting(ctx: Ctx, n: NameMention): boolean {
  const next = ctx.doc.paragraphs[n.paragraph]?.tokens[n.last];
  return !!next?.word && (/^(?:reported|reports|reporting)$/.test(next.norm) || (!next.cap && /^(?:news|newspaper|portal|agency|broadcaster|tv|television|radio|daily|website)$/.test(next.norm)));
}

/** Who speaks for a body: "a spokesperson", "a representative". */
const SPOKESPEOPLE = /^(?:spokesman|spokeswoman|spokesperson|representative|rep)$/;
/** The body tokens [from, to] name ("for Lancaster City Council") or describe ("for the practice": the organisation
 *  named last whose name holds that word), by its name; null when they name none. */
function bodyDescribed(ctx: Ctx, from: number, to: number): string | null {
  const t = ctx.para.tokens;
  const named = ctx.nameByLast.get(to);
  if (named?.kind === 'organisation') return named.text;
  if (to !== from + 1 || t[from].norm !== 'the' || !t[to].word || t[to].cap) return null;
  const noun = t[to].norm;
  return lastName(ctx, t[from].start, ctx.lookup.namesOf('organisation'), (n) => n.text.toLowerCase().split(/\s+/).includes(noun))?.text ?? null;
}

/** The last of `names` (in text order; of one kind, see PeopleLookup.namesOf) ending before `before`, within three
 *  paragraphs, for which `ok` holds. Scanning all the document's names for a kind was quadratic in a paragraph of
 *  thousands of names of other kinds. */
function lastName(ctx: Ctx, before: number, names: NameMention[], ok: (n: NameMention) => boolean = () => true): NameMention | null {
  // (A quotation run over several paragraphs counts as one: “…¶“…¶“…,” he said reaches back from its first.)
  const reach = 3 + quotedRun(ctx, before);
  // Names are in text order: back from the last one starting before `before` (one still running past it is skipped).
  for (let k = firstStartingAt(names, before) - 1; k >= 0; k--) {
    const n = names[k];
    if (n.end > before) continue;
    if (ctx.para.index - n.paragraph > reach) break;
    if (ok(n)) return n;
  }
  return null;
}

/** How many paragraphs before this one the quotation that ends in it, before `offset`, began: the parts of one
 *  quotation run over several paragraphs. (Attribution reuse reads four paragraphs before a quotation's first.) */
function quotedRun(ctx: Ctx, offset: number): number {
  const q = ctx.lookup.quotationBefore(offset);
  if (!q || q.end <= ctx.para.start) return 0;
  return Math.max(0, ctx.para.index - paragraphIndexAt(ctx.doc, q.start));
}

/** A word for someone of gender `g` ("wife", "woman", "spokeswoman", "she" and "her" too) between `from` and `to`:
 *  outside quotation marks in the pronoun's own paragraph, anywhere in those before it (erring towards no fallback). */
function genderedSince(ctx: Ctx, from: number, to: number, g: 'm' | 'f'): boolean {
  for (let p = paragraphIndexAt(ctx.doc, from); p <= ctx.para.index; p++) {
    const para = ctx.doc.paragraphs[p];
    const quoted = p === ctx.para.index ? ctx.quoted : null;
    for (let k = tokenAt(para.tokens, Math.max(from, para.start)); k < para.tokens.length && para.tokens[k].start < to; k++) {
      const w = para.tokens[k];
      if (!w.word || (quoted && quoted[k])) continue;
      if (roleGender(w.norm) === g || PRONOUNS.get(w.norm) === g) return true;
    }
  }
  return false;
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
  // Not someone named only in a photo caption or a crosshead between the paragraphs.
  const told = (n: NameMention) => !isInterruption(ctx.doc.paragraphs[n.paragraph]);
  const ofGender = lastName(ctx, offset, ctx.lookup.namesOf(g), told);
  const unknown = lastName(ctx, offset, ctx.lookup.namesOf(null), told);
  const recent = ofGender && unknown ? (ofGender.start > unknown.start ? ofGender : unknown) : (ofGender ?? unknown);
  const recentPerson = recent ? ctx.byId.get(recent.personId!) ?? null : null;
  // The one a subject "he" carries on from, when `n` (not a subject) is named later in that "he"'s sentence.
  const carriedOn = (n: NameMention): PersonInfo | undefined => {
    const from = pronounSubjectSentence(ctx, n, g);
    if (from === null) return undefined;
    const topic = (m: NameMention) => told(m) && isSubject(ctx, m);
    const a = lastName(ctx, from, ctx.lookup.namesOf(g), topic);
    const b = lastName(ctx, from, ctx.lookup.namesOf(null), topic);
    const earlier = a && b ? (a.start > b.start ? a : b) : (a ?? b);
    const person = earlier ? ctx.byId.get(earlier.personId!) : undefined;
    return person && compatible(person) ? person : undefined;
  };
  // "Cllr Sam Skyrme-Blackhall told cabinet … “…”. She added …": the previous speaker, whose gender only their given
  // name gave, when no one of the pronoun's gender has been named since.
  // (Counted from where the pronoun's own quotation opens, which may be paragraphs before it.)
  // (Nor a word for someone of that gender since, outside quotation marks: "his wife", "a woman", "the spokeswoman".)
  if (prevPerson?.genderByName && prevPerson.gender !== g && previous && ctx.para.index - quotedRun(ctx, offset) - paragraphIndexAt(ctx.doc, previous.start) <= 1 && (!ofGender || ofGender.start < previous.start) && !genderedSince(ctx, previous.end, offset, g)) return prevPerson;
  if (prevPerson && compatible(prevPerson) && previous && ctx.para.index - paragraphIndexAt(ctx.doc, previous.start) <= 2) {
    // The previous speaker stays the topic unless someone of the right gender was named since in subject position —
    // or is "he" since: "“…,” Rock said. … Smith was back on stage … . In his speech, he apologized … without
    // mentioning Chris Rock. “…,” he said".
    if (recentPerson === prevPerson && recent && recent.start > previous.end && !isSubject(ctx, recent)) {
      const person = carriedOn(recent);
      if (person && person !== prevPerson) return person;
    }
    if (!recentPerson || recentPerson === prevPerson) return prevPerson;
    // Someone introduced as the subject in this paragraph since that quote is the topic now: "Merkel's spokesman,
    // Steffen Seibert, said … . “…,” he said."
    // (Or in the paragraph just before: "Coun. Stavros Karlos … was not in support of the bylaw.\n“…,” he said.")
    if (recent && recent.paragraph >= ctx.para.index - 1 && recent.start > previous.end && isSubject(ctx, recent)) return recentPerson;
    if (prevPerson.gender === g && recentPerson.gender !== g) return prevPerson;
    if (recent && !isSubject(ctx, recent)) {
      // "Rathbun requested donations …, in order to help Montalvo … . He described Montalvo as …": the subject of
      // that sentence, named since the quote, is the topic now, not the one it names later.
      const first = recent.paragraph >= ctx.para.index - 1 ? nameBefore(ctx, recent) : null;
      const subject = first?.kind === 'person' && first.personId && first.start > previous.end ? ctx.byId.get(first.personId) : undefined;
      return subject && compatible(subject) && (subject.gender === g || prevPerson.gender !== g) ? subject : prevPerson;
    }
  }
  if (recentPerson && recent && !isSubject(ctx, recent)) {
    // "Judge Mitchell took over from Judge Philip Clegg … . He said": the subject of that sentence, not its object.
    const subject = subjectOfSentence(ctx, recent);
    if (subject && compatible(subject)) return subject;
    // "Smith was back on stage … . In his acceptance speech, he apologized … without mentioning Chris Rock. “…,” he
    // said": when that sentence's subject is itself "he", the one that "he" carries on from, named before it as a
    // subject.
    const person = carriedOn(recent);
    if (person) return person;
  }
  if (recentPerson) {
    // Prefer a person of known matching gender over one of unknown gender named more recently — unless that one is
    // the subject just before, in this paragraph ("Guardiola, 52, admitted … . “…,” he told BBC Sport").
    const topic = ctx.para.index - recent!.paragraph <= 1 && isSubject(ctx, recent!);
    if (recentPerson.gender === null && !topic) {
      const knownPerson = ofGender ? ctx.byId.get(ofGender.personId!) : undefined;
      if (knownPerson) return knownPerson;
    }
    return recentPerson;
  }
  // Nobody named within reach: the previous speaker, else the person the article is about (named most, and at
  // least twice as often as anyone else of that gender).
  if (prevPerson && compatible(prevPerson)) return prevPerson;
  const main = ctx.lookup.mainPerson(g);
  return main && main.mentions[0].start < offset ? main : null;
}

/** The person or organisation named first in the sentence of `n`, before it and not as a possessive ("Merkel's
 *  spokesman, Steffen Seibert": the possessive qualifies the subject); null when `n` comes first, or no sentence. */
function nameBefore(ctx: Ctx, n: NameMention): NameMention | null | undefined {
  const para = ctx.doc.paragraphs[n.paragraph];
  const s = spanAt(para.sentences, n.start);
  if (!s) return undefined;
  // "Led in evidence by the prosecution counsel, Rotimi Oyedepo, Anosike described": names in an opening phrase
  // come before the subject; the clause starts after the phrase's comma — past a name in apposition after it, not
  // at a later comma of the clause ("Speaking at …, Liang said … “…”, noting China held drills after Lai assumed …").
  const t = para.tokens;
  const first = tokenAt(t, s.start);
  const at = tokenAt(t, n.start);
  let from = s.start;
  if (t[first]?.word && (/^(?:in|on|at|during|with|for|from|by|under|after|before|despite|following|amid|speaking|asked)$/.test(t[first].norm) || /(?:ed|ing)$/.test(t[first].norm))) {
    let comma = -1;
    for (let k = first + 1; k < at; k++) {
      if (t[k].text !== ',') continue;
      if (comma >= 0 && !t.slice(comma + 1, k).every((x) => x.word && x.cap)) break;
      comma = k;
    }
    if (comma >= 0) from = t[comma].end;
  }
  // Names are in text order: only those from the sentence's start to this one can come before it.
  const names = ctx.people.names;
  for (let k = firstStartingAt(names, from); k < names.length && names[k].start < n.start; k++) {
    const o = names[k];
    if (o !== n && o.paragraph === n.paragraph && (o.kind === 'person' || o.kind === 'organisation') && !para.tokens[o.last - 1]?.possessive) return o;
  }
  return null;
}

/** The start of the sentence of `n` when a "he" or "she" of gender `g` is its subject, before `n` and among its first
 *  words (past an opening phrase: "In his acceptance speech, he apologized … without mentioning Chris Rock"). */
function pronounSubjectSentence(ctx: Ctx, n: NameMention, g: 'm' | 'f'): number | null {
  const para = ctx.doc.paragraphs[n.paragraph];
  const s = spanAt(para.sentences, n.start);
  if (!s) return null;
  const t = para.tokens;
  const first = tokenAt(t, s.start);
  const last = tokenAt(t, n.start);
  for (let k = first; k < last && k < first + 10; k++) {
    if (t[k].word && PRONOUNS.get(t[k].norm) === g && /^(?:he|she)$/.test(t[k].norm)) return s.start;
  }
  return null;
}

/** The person who is the subject of the sentence of `n`, roughly: the one named first in it. */
function subjectOfSentence(ctx: Ctx, n: NameMention): PersonInfo | null {
  const first = nameBefore(ctx, n);
  return first?.kind === 'person' && first.personId ? ctx.byId.get(first.personId) ?? null : null;
}

/** Is the name the subject of its sentence, roughly: its first noun phrase, or the one a reporting verb follows
 *  ("Godhana turned himself in …, DCI chief Mohamed Amin said.": Amin says it, and is who "he" is next)? */
function isSubject(ctx: Ctx, n: NameMention): boolean {
  const t = ctx.doc.paragraphs[n.paragraph].tokens;
  // (Not the subject of a clause of time or cause: "… sent out a BOLO after her father Eric reported her missing".)
  if (isCueAt(t, n.last, false)) return !t.slice(Math.max(0, n.first - 4), n.first).some((x) => x.word && /^(?:after|before|when|while|because|since|until|once|if|although)$/.test(x.norm));
  // "He further spoke on Sameehg Doutie …": a pronoun before the name is the subject.
  const s = spanAt(ctx.doc.paragraphs[n.paragraph].sentences, n.start);
  for (let k = s ? tokenAt(t, s.start) : n.first; k < n.first; k++) if (t[k].word && /^(?:he|she|they)$/.test(t[k].norm)) return false;
  return nameBefore(ctx, n) === null;
}

/** A description as speaker: "the spokeswoman", "officials", "the newspaper", "a spokesman for the ministry". */
export function descriptionSpeaker(ctx: Ctx, i: number, dir: 'forward' | 'backward', previous: Quote | null, floor = 0, agent = false): Speaker | null {
  const t = ctx.para.tokens;
  let from = i;
  let to = i;
  if (dir === 'forward') {
    if (!t[i]?.word) return null;
    // "said the Russian ambassador", "said officials", "said a spokesman for the ministry"
    let j = i;
    // (A modal or an auxiliary starts the clause's verb: "…, said the convention could be …" names no speaker.)
    while (j < t.length && t[j].word && !ctx.quoted[j] && j - i < 6 && !isCue(ctx, j) && !/^(?:in|on|at|after|before|during|when|while|that|who|which|and|but|to|as|of|for|with|from|by)$/.test(t[j].norm) && !(j > i + 1 && /(?:ed|ing)$/.test(t[j].norm))) {
      // (After a passive's "by", the agent ends where the main clause's verb begins: "described as “unstoppable” by his
      // proud father has become …".)
      if (j > i && (FINITE_AUX.test(t[j].norm) || t[j].norm === 'be')) {
        if (agent) break;
        return null;
      }
      j++;
    }
    to = j - 1;
    from = i;
  } else {
    if (!t[i]?.word) return null;
    // "the 34-year-old mother of three": the head stands before "of".
    // "a rep for the band", "a spokesman for the ministry": a role before "for" is the head too.
    // ("the charity behind the scheme": a body or a person behind what it runs.)
    const of = [i - 1, i - 2, i - 3].find((k) => k > floor && (t[k]?.norm === 'of' || (t[k]?.norm === 'for' && isRoleWord(t[k - 1]?.norm ?? '')) || (t[k]?.norm === 'behind' && canSpeakNoun(t[k - 1]?.norm ?? ''))));
    // (Not an "of" that closes a preposition of its own, "on the back of", "in the wake of", "on behalf of": the
    // people after it head the description — "… on the back of many referees saying".)
    const compound = of !== undefined && t[of].norm === 'of' && isPeoplePlural(t[i].norm) && !canSpeakNoun(t[of - 1]?.norm ?? '') && /^(?:on|in|at|by|under|with)$/.test(t[DETERMINERS.has(t[of - 2]?.norm ?? '') ? of - 3 : of - 2]?.norm ?? '');
    if (of !== undefined && t[of - 1]?.word && !compound) {
      const head = descriptionSpeaker(ctx, of - 1, 'backward', previous, floor);
      // "a spokesperson for the practice": the body the description names, or the one named last that it describes.
      const body = head && !head.personId && t[of].norm === 'for' && SPOKESPEOPLE.test(t[of - 1].norm) ? bodyDescribed(ctx, of + 1, i) : null;
      if (head && body) return { ...head, end: t[i].end, text: ctx.doc.text.slice(head.start, t[i].end), name: `${body} ${t[of - 1].text}` };
      if (head) return { ...head, end: t[i].end, text: ctx.doc.text.slice(head.start, t[i].end) };
    }
    let j = i;
    // (Not past a preposition — "with detectives saying" is the detectives' — unless an adjective of the description
    // takes it: "another source familiar with Cruz's thinking said".)
    const stops = (k: number) => /^(?:and|but|that|as|said|says|because|while|when|which)$/.test(t[k].norm) || (/^(?:with|from|by|to|in|on|at|among|amid|including)$/.test(t[k].norm) && !/^(?:familiar|close|closer|associated|involved|connected|linked|acquainted|briefed)$/.test(t[k - 1]?.norm ?? ''));
    // (Nor past a time opening the clause: "Yesterday pensioners accused", "On Monday residents said" — unless an
    // article or a possessive makes it the subject's own word: "the morning paper said", "Saturday’s alert said".)
    const when = (k: number) => TIME_WORD.test(t[k].norm) && !t[k].possessive && !DETERMINERS.has(t[k - 1]?.norm ?? '');
    while (j - 1 >= floor && t[j - 1].word && !ctx.quoted[j - 1] && i - j < 6 && !DETERMINERS.has(t[j].norm) && !stops(j - 1) && !when(j - 1) && !(compound && j - 1 === of)) j--;
    // "The brother at the inquest told", "Residents in the village said": where people are is not who speaks — the
    // people before the preposition head the description.
    const where = t[j - 1]?.word && /^(?:at|in|from|on)$/.test(t[j - 1].norm) && j - 2 >= floor && !isRoleWord(t[i].norm) && !isPeoplePlural(t[i].norm);
    // (A spokesperson "at the council" speaks for it, as one "for" it does.)
    if (where && t[j - 2]?.word && !SPOKESPEOPLE.test(t[j - 2].norm) && (isRoleWord(t[j - 2].norm) || isPeoplePlural(t[j - 2].norm))) {
      const head = descriptionSpeaker(ctx, j - 2, 'backward', previous, floor);
      if (head) return { ...head, end: t[i].end, text: ctx.doc.text.slice(head.start, t[i].end) };
    }
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
  // "the statement said": the one who issued the paper the copy mentioned before, if it says who; "the club's
  // statement": the body or person the owning description stands for, when it resolves to one.
  const issued = (): Pick<Speaker, 'name' | 'type' | 'personId'> | null => {
    if (words[0].norm !== 'the' || !ISSUED.test(headNorm)) return null;
    if (words.length === 2) return issuerOf(ctx, headNorm, span.start, previous);
    const owner = words.length === 3 && words[1].possessive && !words[1].cap ? descriptionSpeaker(ctx, t.indexOf(words[1]), 'backward', previous, from) : null;
    return owner && (owner.personId || owner.name !== owner.text.replace(/^(?:the|a|an)\s+/i, '')) ? { name: owner.name, type: owner.type, personId: owner.personId } : null;
  };
  // (And bodies or outlets in the plural: "media outlets argue", "newspapers reported"; people by the form of their
  // noun: "commuters said", "motorists have accused" — capitalised only where it opens the sentence, and no name:
  // "Pensioners have accused", not "Sanders said".)
  const opensAlone = () => words.length === 1 && (from === 0 || !t[from - 1].word) && (ctx.nameByLast.get(to)?.kind ?? 'other') === 'other';
  const singular = headNorm.replace(/s$/, '');
  if (GROUPS.has(headNorm) || (hasTag(headNorm, 'Plural') && isRoleWord(singular)) || (/[^s]s$/.test(headNorm) && MEDIA_NOUNS.test(singular)) || (isPeoplePlural(headNorm) && (!head.cap || opensAlone()))) {
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'group', personId: null };
  }
  // "the broadcaster" is a person's trade or an outlet: with nobody in that role, the outlet named last.
  const outletToo = MEDIA_NOUNS.test(headNorm) && !ctx.lookup.latestWithRole(headNorm, span.start, 1500);
  if (isRoleWord(headNorm) && !outletToo) {
    // "the spokeswoman": the person with that role, else the description itself.
    // "the first GOP lawmaker", "another official": one of several, not the one named with that role.
    const oneOfSeveral = words.some((w) => /^(?:first|second|third|another|other|one|some|several)$/.test(w.norm));
    const modifiers = capitalised(words.slice(1, -1));
    // ("the French president" is not the one the article calls "Ukrainian president": a people before the role that
    // the role found names another of.)
    const peoples = words.slice(1, -1).filter((w) => hasTag(w.norm, 'Demonym')).map((w) => w.norm);
    const otherPeople = (p: PersonInfo) => peoples.length > 0 && !!p.role && p.role.split(/\s+/).some((w) => hasTag(w.toLowerCase(), 'Demonym') && !peoples.includes(w.toLowerCase()));
    const fits = (p: PersonInfo | null | undefined) => (p && !otherPeople(p) ? p : undefined);
    // (The one person whose role names the description's body comes before the sentence's office holder: "The MD of
    // the International Monetary Fund (IMF), Kristalina Georgieva" is "the IMF boss".)
    const found = oneOfSeveral ? null : fits(ctx.lookup.latestWithRole(headNorm, span.start, 1500)) ?? (words[0]?.norm === 'the' ? fits(ctx.lookup.affiliated(modifiers, span.start)) ?? fits(officeHolder(ctx, headNorm, span.start, modifiers.length > 0)) : null);
    // "a Trump spokesman" is not Walter Jones, "a spokesman for Brad Raffensperger": someone's spokesman, unnamed,
    // is not one whose role names no such someone.
    // (A person's: "a High Court judge" may be the Mr Justice Hume named next.)
    const owners = words.slice(1, -1).filter((w) => ctx.nameByLast.get(t.indexOf(w))?.kind === 'person').map((w) => w.text);
    const unnamed = /^(?:a|an)$/.test(words[0]?.norm ?? '') && !!found && owners.length > 0 && !owners.some((m) => (found.role ?? '').includes(m));
    const person = unnamed ? null : found;
    if (person) return { ...span, name: person.name, type: 'person', personId: person.id };
    const g = roleGender(headNorm);
    // The one quoted last, of no other gender, when their role is this one — or when it is "the teenager", "the
    // father-of-three": a word for a stage of life or kin, which no office names, quoted within two paragraphs.
    if (previous?.speaker?.personId && !words.some((w) => w.norm === 'a' || w.norm === 'an')) {
      const prev = ctx.byId.get(previous.speaker.personId);
      const lifeWord = words[0]?.norm === 'the' && words.length === 2 && LIFE_WORDS.test(headNorm) && ctx.para.index - paragraphIndexAt(ctx.doc, previous.start) <= 2;
      if (prev && (!g || !prev.gender || g === prev.gender) && ((prev.roleWords.includes(headNorm) && !otherPeople(prev)) || lifeWord)) return { ...span, name: prev.name, type: 'person', personId: prev.id };
    }
    // "Police Scotland said … . “…,” a spokesperson said": a bare spokesperson speaks for the organisation named last.
    if (words.length === 2 && SPOKESPEOPLE.test(headNorm) && !/^(?:for|of|at|from|to)$/.test(t[to + 1]?.norm ?? '')) {
      const org = lastName(ctx, span.start, ctx.lookup.namesOf('organisation'));
      if (org) return { ...span, name: `${org.text} ${head.text}`, type: 'person', personId: null };
    }
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'person', personId: null };
  }
  const company = COMPANY_NOUNS.test(headNorm);
  if (ORG_NOUNS.has(headNorm) || hasTag(headNorm, 'Organization') || company || outletToo) {
    // "the newspaper wrote": the outlet named last; "the company said": the organisation named last, not one only
    // reported to or by ("told Reuters", "first carried by Reuters"); "the ministry said": an organisation whose
    // name says ministry; otherwise ("the government") the description is the speaker.
    // (Not "the country's weather agency": a description owned by something else is no outlet named before.)
    const media = MEDIA_NOUNS.test(headNorm) && !words.some((w) => w.possessive);
    // (Nor, for "the company", an outlet reporting on it: "…, Japan's NHK news portal reported. “…,” the company said".)
    const ok = (n: NameMention) => ((media || (company && !reporting(ctx, n))) && !reportedTo(ctx, n)) || n.text.toLowerCase().includes(headNorm);
    // (One named as a subject before one named after a preposition: "Chelsea have announced … after a poor run in the
    // Premier League. “…,” the club said" is Chelsea.)
    const orgs = ctx.lookup.namesOf('organisation');
    // (Never a platform written on: "Writing on Facebook, the group said".)
    const org = lastName(ctx, span.start, orgs, (n) => ok(n) && !afterPreposition(ctx, n)) ?? lastName(ctx, span.start, orgs, (n) => ok(n) && !writtenOn(ctx, n));
    if (org && words.some((w) => w.norm === 'the')) return { ...span, name: org.text, type: 'organisation', personId: null };
    const issuer = issued();
    if (issuer) return { ...span, ...issuer };
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'organisation', personId: null };
  }
  // "The 66-year-old said": the person of that age, if the article gives it, else (after "the") the subject of the
  // sentence before, as for "the Dutchman said" — a nationality for a person.
  const age = /^(\d{1,3})-year-old$/.exec(headNorm);
  const nationality = head.cap && words[0]?.norm === 'the' && NATIONALITY.test(headNorm);
  if ((age && DETERMINERS.has(t[from].norm)) || nationality) {
    // (Failing both, the person quoted last, if their age is not another: "“…,” he told a news conference. … The
    // 62-year-old claimed that …".)
    const last = previous?.speaker?.personId ? ctx.byId.get(previous.speaker.personId) : undefined;
    // (No one whose age the article gives as another: "Jane Smith, 41" is not "the 62-year-old".)
    const ageFits = (p: PersonInfo | null | undefined): p is PersonInfo => !!p && (!age || p.age === null || p.age === Number(age[1]));
    const subject = words[0]?.norm === 'the' ? officeHolder(ctx, headNorm, span.start, true) : null;
    const lastFits = !!age && ageFits(last) && ctx.para.index - paragraphIndexAt(ctx.doc, previous!.start) <= 3;
    const person = (age ? ctx.people.people.find((p) => p.age === Number(age[1])) : undefined) ?? (ageFits(subject) ? subject : null) ?? (words[0]?.norm === 'the' && lastFits ? last : null);
    return { ...span, name: person ? person.name : span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'person', personId: person?.id ?? null };
  }
  // "Jane Doe’s family", "Acme’s chief executive": someone owned by a name, after an opening phrase too (not "John’s
  // praise", which cannot speak).
  // (…and a body's wing or arm: "Hamas's military wing said", "Daesh's Amaq propaganda arm said" — whatever the
  // lexicon made of the owner's name.)
  const part = /^(?:wing|arm)$/.test(headNorm);
  const canSpeak = canSpeakNoun(headNorm) || part;
  for (let k = from; k < to && canSpeak; k++) {
    const owner = t[k].possessive ? ctx.nameByLast.get(k) : undefined;
    if (owner && part && owner.kind !== 'place') return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type: 'organisation', personId: null };
    if (owner && (owner.kind === 'person' || owner.kind === 'organisation')) return possessedSpeaker(ctx, owner, k, previous);
  }
  // Any other noun phrase with a determiner: "one poster", "a message", "the letter", "the city".
  // (A place's possessive stands for the article too: "Guinea's political opposition".)
  const placeOwned = t[from].possessive && t[from].cap && ctx.nameByLast.get(from)?.kind === 'place';
  // (…and a day's for the document of that day: "Saturday’s alert said".)
  const dayOwned = t[from].possessive && TIME_WORD.test(t[from].norm) && SOURCE_NOUNS.test(headNorm);
  // ("the alert": a document's word the lexicon knows as an adjective too.)
  if ((DETERMINERS.has(t[from].norm) || /^(?:his|her|their|its|our)$/.test(t[from].norm) || placeOwned || dayOwned) && words.length >= 2 && !head.cap && (isNounLike(headNorm) || SOURCE_NOUNS.test(headNorm) || (words.length === 2 && /ing$/.test(headNorm)))) {
    // (A time cannot speak: "got straight into the tone of the evening saying:" is the subject's, and "thefts the last
    // few years reported to the Sheriff's Office" no years' report.)
    if ((TIME_WORD.test(headNorm) && words.length === 2) || TIME_SPAN.test(headNorm)) return null;
    const plural = hasTag(headNorm, 'Plural') || (/s$/.test(headNorm) && !/ss$/.test(headNorm) && !tagsOf(headNorm).length);
    // Plural things cannot speak: "defended the suspensions, said …" is no group's word; people in the plural can.
    if (plural && isThingsPlural(headNorm)) return null;
    const type: SpeakerType = plural ? 'group' : SOURCE_NOUNS.test(headNorm) || isPlaceWord(headNorm) ? 'organisation' : 'person';
    const holder = type === 'person' && words[0].norm === 'the' && !SKIP_BEFORE_CUE.has(headNorm) && !isPastVerb(head) ? officeHolder(ctx, headNorm, span.start) : null;
    if (holder) return { ...span, name: holder.name, type: 'person', personId: holder.id };
    const issuer = issued();
    if (issuer) return { ...span, ...issuer };
    return { ...span, name: span.text.replace(/^(?:the|a|an)\s+/i, ''), type, personId: null };
  }
  return null;
}

const LIFE_WORDS = /^(?:teenager|youngster|pensioner|schoolboy|schoolgirl|grandmother|grandfather|grandad|granddad|gran|grandma|grandpa|widow|widower|mum|dad|(?:father|mother|mum|dad)-of-(?:one|two|three|four|five|six))$/;

/** Papers a person or body issues, which speak for their issuer ("the statement added", "the document said"). */
const ISSUED_WORDS = 'statement|declaration|communiqu[eé]|document|release|letter|memo|note';
const ISSUED = new RegExp(`^(?:${ISSUED_WORDS})$`);

/** The issuer of the paper the copy mentioned last before `at` (that noun, or another paper's: "in a declaration" …
 *  "the document said"), within a few paragraphs' reach: the name owning it ("Kim Yo Jong’s statement"), the name it
 *  is from or by ("a statement from the White House"), the name that said something in it ("the Sudan Doctors
 *  Network said in a statement"), else the first person or body named in its sentence outside quotation marks. */
function issuerOf(ctx: Ctx, noun: string, at: number, previous: Quote | null): Pick<Speaker, 'name' | 'type' | 'personId'> | null {
  const text = ctx.doc.text;
  const from = Math.max(0, at - 2000);
  let p = -1;
  let found = '';
  for (const m of text.slice(from, at).matchAll(new RegExp(`\\b(?:${noun}|${ISSUED_WORDS})\\b`, 'giu'))) {
    const q = from + m.index;
    // (Not an earlier "the statement read" itself, which names no issuer: "released a statement … . “…,” the
    // statement read. … “…,” the statement continued.")
    // (Nor "said the statement", the same seen from the other side.)
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, q - 4), q)) && (/^\s+(?:said|says|read|reads|continued|continues|added|adds|went on|stated|states)\b/i.test(text.slice(q + m[0].length, q + m[0].length + 12)) || /\b(?:said|says|read|reads|added|adds|continued|stated)\s+the\s+$/i.test(text.slice(Math.max(0, q - 16), q)))) continue;
    p = q;
    found = m[0];
  }
  if (p < 0) return null;
  // The last quotation's speaker said it in that paper: "“…,” the company said in a statement. “…,” the statement
  // said" (a speaker the article describes rather than names).
  const said = previous?.speaker && previous.cue && previous.cue.end <= p ? text.slice(previous.cue.end, p) : null;
  if (said !== null && /^\s+(?:[\p{L}-]+\s+){0,3}in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u.test(said)) return { name: previous!.speaker!.name, type: previous!.speaker!.type, personId: previous!.speaker!.personId };
  const names = ctx.people.names;
  const ok = (n: NameMention | undefined): n is NameMention => !!n && (n.kind === 'person' || n.kind === 'organisation');
  const who = (n: NameMention) => {
    const person = n.personId ? ctx.byId.get(n.personId) : undefined;
    return person ? { name: person.name, type: 'person' as const, personId: person.id } : { name: n.text, type: (n.kind === 'person' ? 'person' : 'organisation') as SpeakerType, personId: null };
  };
  const k = firstStartingAt(names, p);
  const owner = names[k - 1];
  // (A name before the paper is its issuer too: "the CPS report", "a Kremlin statement".)
  if (ok(owner) && /^(?:['’]s?)?\s+$/.test(text.slice(owner.end, p))) return who(owner);
  // The sentence's start, as the paragraph's sentences have it (not at the stop of "U.K.").
  const para = ctx.doc.paragraphs[paragraphIndexAt(ctx.doc, p)];
  const sentenceStart = para.sentences.find((s) => s.start <= p && p < s.end)?.start ?? para.start;
  const after = names[k];
  // "In a statement, the CPJ said …": the paper opens the sentence, and its subject comes next.
  if (ok(after) && /^(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(sentenceStart, p)) && /^[\p{L}]+,?\s+(?:the\s+)?$/u.test(text.slice(p, after.start))) return who(after);
  // (Past a participle of issuing: "a statement posted on the New York State Police department's Facebook page".)
  if (ok(after) && after.start - p < 50 && new RegExp(`^${found}\\s+(?:(?:${ISSUED_PARTICIPLES}|shared|put out)\\s+)?(?:from|by|of|on)\\s+(?:the\\s+)?$`, 'iu').test(text.slice(p, after.start))) return who(after);
  const first = firstStartingAt(names, sentenceStart);
  for (let j = k - 1; j >= first; j--) {
    // (Past the comma closing an apposition: "The ship's insurer, the U.K. P&I Club, said in a statement".)
    if (ok(names[j]) && /^,?\s+(?:said|says|stated|states|added|adds|wrote|writes)\s+(?:[\p{L}-]+\s+){0,3}in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(names[j].end, p))) return who(names[j]);
  }
  for (let j = first; j < k; j++) if (ok(names[j]) && !insideQuotation(text, sentenceStart, names[j].start)) return who(names[j]);
  return null;
}

/** Whether a quotation opened between `from` and `at` is still open at `at`. */
function insideQuotation(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** The capitalised words of a description's modifiers, lower-cased: "sinn", "fein" in "the Sinn Fein TD". */
function capitalised(words: readonly Token[]): string[] {
  return words.filter((w) => w.word && w.cap).map((w) => w.norm);
}

/** The name mentions of a paragraph by the token index of their last word. */
function namesByLast(ctx: Ctx, para: Paragraph): Map<number, NameMention> {
  const all = ctx.people.names;
  const out = new Map<number, NameMention>();
  for (let k = firstStartingAt(all, para.start); k < all.length && all[k].start < para.end; k++) out.set(all[k].last - 1, all[k]);
  return out;
}

/** Spans of time in the plural or by the decade, which no one is: "the last few years", "recent decades" (not
 *  "minutes", a meeting's record). */
const TIME_SPAN = /^(?:years|months|weeks|days|decades|hours|centuries|decade|century)$/;
