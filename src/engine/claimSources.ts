// Who a sentence rests on: the subject of its reporting verb, or what follows "according to", and whether
// that source is named, unnamed ("officials", "a person familiar with"), or state media.
import { CUE_VERBS, ORG_NOUNS, ROLES, isCommonWord, isPeoplePlural, isRoleWord, singularOf, tagsOf } from './lexicon';
import type { SentenceView } from './claimSentence';
import type { Token } from './text';

export interface SourcePhrase {
  /** Word indices [from, to) in the sentence. */
  from: number;
  to: number;
  /** As written ("North Korean state news agency KCNA"). */
  text: string;
  /** Word index of its head ("officials" in "U.S. officials in Kabul"). */
  head: number;
  /** Who it names, short ("KCNA", "Rathbun"); null for a description without a name ("the event website"). */
  name: string | null;
  anonymous: boolean;
  stateMedia: boolean;
  pronoun: boolean;
  /** Unnamed because described by post or trade ("currency strategists"), not by a word for a source ("officials"). */
  described: boolean;
}

// Verbs that pass on what a source says. Excludes the cue verbs that mostly mean something else
// ("went", "started", "continued", "charged") so that "critics continued" is not an attribution.
const NOT_ATTRIBUTING = /^(?:go|goes|going|went|start|began|begin|begun|continu|point|signal|print|text|charg|message|post|chime|interject|interrupt|laugh|sigh|cry|cried|shout|yell|scream|whisper|mutter|murmur|pray|wonder|muse|jok|quip|boast|thunder|rail|fum|snap|blast|slam|prais|hail|promis|pledg|threat|demand|plead|urg|agree|tout)/;
export const ATTRIBUTING: ReadonlySet<string> = new Set([
  ...[...CUE_VERBS].filter((v) => !NOT_ATTRIBUTING.test(v)),
  ...'theorized theorised theorizes theorises believe believes believed fear fears feared suspect suspects suspected found finds learned learnt expect expects expected'.split(' '),
  // "some analysts also pointed to a disappointing forecast" (not "point", a gun's or a signal's).
  'pointed',
]);

/** Verbs that put a claim on someone's word, for telling a sourced figure from an unsourced one. */
const SOURCING = new Set(
  ('say says said saying tell tells told telling reported reporting stated noted explain explains explained announce announces ' +
    'announced estimated found conclude concludes concluded write writes wrote written adds added confirm confirmed revealed ' +
    'claimed cited citing predicted calculated tweet tweeted observed argue argues argued warn warns warned testify testified according ' +
    'suggest suggests suggested pointed hoped expects thinks disclose discloses disclosed').split(' '),
);
/** Forms that are as often plural nouns ("asylum claims", "media reports"): sourcing only after a name or pronoun, or before "that". */
const SOURCING_OR_NOUN = new Set('reports states notes estimates finds claims cites reveals confirms predicts hopes'.split(' '));
/** Research a figure can come from, named in the sentence ("in the mid-January poll", "a Pew survey"). */
const STUDIES = new Set('poll polls polling survey surveys study studies census'.split(' '));
/** "show": sourcing only when what shows it is named ("ONS figures show"); "figures show" alone is no source. */
const SHOWING = new Set('show shows showed shown'.split(' '));

const AUX = new Set(
  ('has have had having will would shall should can could may might must also later previously recently then now repeatedly ' +
    'publicly privately already reportedly not never is are was were been be being did does do today yesterday earlier first last ' +
    'still just again once further subsequently initially separately').split(' '),
);
const CLAUSE_OPENERS = new Set('that which who whom whose but while because as when after before if although though since where so whether'.split(' '));
const PREPOSITIONS = new Set('of on for from at in with by to near across inside within including familiar close about over under into'.split(' '));
const DETERMINERS = new Set('the a an this that these those his her its their our my your one some another several many'.split(' '));
const INDEFINITE = new Set('a an one another some several many two three four various certain other'.split(' '));
const NAME_JOINERS = new Set('and of the & de du von van'.split(' '));
export const PRONOUNS: ReadonlySet<string> = new Set('he she they it we i you'.split(' '));
const HYPOTHETICAL = new Set('would could might may should'.split(' '));
const TELL = new Set('tell tells told telling'.split(' '));
const OBJECT_PRONOUNS = new Set('him her them us me it'.split(' '));
const CLAUSE_PRONOUNS = new Set('he she they we i'.split(' '));
export const BE_FORMS: ReadonlySet<string> = new Set('is are was were be been being'.split(' '));
const JUDGING = /^(?:rejected|dismissed|denied|disputed|criticised|criticized|condemned|slammed|blamed|accused|praised|hailed|denounced|ridiculed|mocked)$/;

/** Unnamed sources: plural nouns that need no article to stay unnamed ("officials said")... */
const ANON_PLURAL = new Set(
  ('officials sources insiders aides diplomats analysts experts critics observers witnesses individuals posters users commenters reports posts media ' +
    'attendees participants staffers employees lawmakers commentators pundits outlets publications authorities rescuers opponents detractors sceptics skeptics ' +
    // Those who were there, unnamed: "survivors told an aid organisation", "refugees said troops were killing civilians".
    'survivors refugees detainees eyewitnesses spectators onlookers bystanders villagers campaigners activists advocates neighbors neighbours').split(' '),
);
/** ...and singular ones that are unnamed with an indefinite article ("a source", "one poster"). */
const ANON_SINGULAR = new Set(
  'official source insider aide diplomat person individual poster user commenter witness observer analyst expert critic report post attendee participant staffer employee lawmaker survivor refugee detainee eyewitness spectator onlooker bystander villager campaigner activist advocate'.split(' '),
);
/** Unnamed people stay unnamed under a named employer ("Pentagon officials"); a report under a name is named ("an NBC report"). */
const DOCUMENTS = new Set('report reports post posts media posting postings outlets publications'.split(' '));
const SOMEONE = new Set('someone somebody anyone others'.split(' '));
/** "if someone had told me …", "when someone calls round", "as someone mentioned above": anyone at all, in a case
 *  supposed or a habit, is no source. */
const SUPPOSING = /^(?:if|when|whenever|as|until|unless|once)$/;
/** Nouns that, bare after "the", point back to a source left unnamed ("the source", "the person", "the insider"). */
const BACK_TO_SOURCE = new Set('source person insider'.split(' '));
/** People who know from the inside, by their post or trade: unnamed when the story gives only that ("currency strategists
 *  warned", "a senior prison officer told", "paramedics said"). Not titles that single one person out ("a former party
 *  chairman"), people who speak on the record for a body (spokespeople, lawyers, prosecutors), nor the public. */
const INSIDERS = new Set(
  ('analyst strategist economist trader investor shareholder banker executive manager employee staffer insider ' +
    'medic paramedic doctor nurse officer lawmaker legislator mp backbencher minister diplomat negotiator member ' +
    // Police ranks: "a Highway Patrol lieutenant says".
    'lieutenant sergeant constable detective trooper inspector superintendent').split(' '),
);

/** A noun for an insider ("analyst", "medic", "MP"); `plural` for its plural form ("strategists", "MPs"). */
export function isInsiderNoun(norm: string, plural: boolean): boolean {
  const one = plural ? singularOf(norm) : norm;
  return !!one && INSIDERS.has(one);
}

const BODIES = new Set('firms companies banks funds lenders insurers'.split(' '));
const COUNTED = new Set('several multiple numerous various many some'.split(' '));
/** "the two analysts", "these analysts": a definite plural may point back to people already named. */
const ANAPHORIC = new Set('the both these those'.split(' '));
const ORDER = /^(?:first|second|third|fourth|other|same)$/;

const UNNAMED = /^(?:unknown|unnamed|anonymous|unidentified)$/;
const STATE_MEDIA = /^(?:media|news|agency|television|tv|broadcaster|newspaper|radio|outlet|press)$/;
/** Outlets a state runs, known by name: "KCNA said", "Xinhua reported" carry the government's word. */
const STATE_OUTLETS = new Set('kcna kctv xinhua tass ria sputnik irna sana cctv cgtn presstv'.split(' '));

const isStop = (s: SentenceView, i: number) => i >= 0 && i < s.words.length && /[,;:()“”"‘’'—–]|^-$/.test(s.marksBefore[i]);

/** The subject of the reporting verb at word `v`: the words before it, or after it when inverted ("…,” said the post). */
export function subjectOf(s: SentenceView, v: number): SourcePhrase | null {
  let i = v - 1;
  let passive = false;
  // (Past auxiliaries, adverbs in -ly, and a "there" or "here" after the subject: "officials there told CNN".)
  while (i >= 0 && (AUX.has(s.words[i].norm) || (/ly$/.test(s.words[i].norm) && !s.words[i].cap) || (/^(?:there|here)$/.test(s.words[i].norm) && i > 0 && !isStop(s, i))) && !isStop(s, i + 1)) {
    // "fewer people would say …": a hypothetical speaker is no source.
    if (HYPOTHETICAL.has(s.words[i].norm)) return null;
    passive ||= BE_FORMS.has(s.words[i].norm);
    i--;
  }
  // "a system for 3,000 refugees was reportedly rejected by the prime minister": the subject of a passive verb of
  // judging is what was judged, never a source (and judging is no saying: "condemned by the NFU and others" sources
  // nothing either).
  if (passive && JUDGING.test(s.words[v].norm)) return null;
  if (i < 0 || isStop(s, i + 1)) {
    // ", accusing them of …": a participle's subject is the main clause's, out of reach here.
    if (/ing$/.test(s.words[v].norm)) return null;
    // "Labour’s shadow chancellor, Rachel Reeves, accused …": a name set off by commas before the verb is its subject.
    // "Ellison, of Harrogate, denied …": past an apposition to the name before it.
    if (i >= 0 && /,/.test(s.marksBefore[i + 1])) {
      let from = i;
      while (from > 0 && i - from < 5 && !isStop(s, from)) from--;
      const words = s.words.slice(from, i + 1);
      if (isStop(s, from) && /,/.test(s.marksBefore[from]) && words.every((w) => w.cap)) {
        // "Police in Tonbridge, Kent, said", "other witnesses at the event, in Calvia, Mallorca, said": a place's region
        // closes the phrase, or the apposition, before it.
        let back = from - 1;
        while (back > 0 && from - back < 8 && !isStop(s, back)) back--;
        let at = from - 1;
        while (at > back && s.words[at].cap) at--;
        if (at < from - 1 && /^(?:in|at|near|from|outside)$/.test(s.words[at].norm)) {
          const phrase = at === back ? isStop(s, back) && beforeApposition(s, from - 1) : (back === 0 || isStop(s, back)) && isNounPhrase(s, back, at) && describe(s, back, from);
          if (phrase) return phrase;
        }
        return describe(s, from, i + 1);
      }
      if (isStop(s, from) && /,/.test(s.marksBefore[from]) && /^(?:of|from|a|an|the|who|whose)$/.test(s.words[from].norm) && from > 0) {
        let start = from - 1;
        while (start > 0 && from - start < 5 && !isStop(s, start) && s.words[start - 1].cap) start--;
        if (s.words.slice(start, from).every((w) => w.cap) && (start === 0 || isStop(s, start))) return describe(s, start, from);
      }
    }
    // "…,” told reporters": what follows "told" is who was told, never who told.
    if (TELL.has(s.words[v].norm)) return null;
    const after = phraseAfter(s, v + 1);
    // "Dan Obergefell, former head of the water department, said he …": a subject pronoun after the verb opens what
    // was said; the subject is before the apposition.
    // So does a phrase a verb follows ("…, which runs the block, said about 30 homes were evacuated"), and a quotation
    // ("…, said, “For someone who likes cars …”").
    const opens = (s.quoted[v + 1] && !s.quoted[v]) || (after && (CLAUSE_PRONOUNS.has(s.words[after.from].norm) || (i >= 0 && opensClause(s, after.to))));
    if (opens) return i >= 0 ? beforeApposition(s, i) : null;
    // (Only a verb of saying or showing puts its subject after it: "…, show the figures"; "denies perverting the course
    // of justice" has its object there.)
    return after && (SAYING.has(s.words[v].norm) || SHOWING.has(s.words[v].norm) || /^reveals?$/.test(s.words[v].norm)) && !OBJECT_PRONOUNS.has(s.words[after.from].norm) && !/ing$/.test(s.words[after.from].norm) ? after : null;
  }
  const to = i + 1;
  let from = to;
  while (from > 0 && to - from < 16 && !CLAUSE_OPENERS.has(s.words[from - 1].norm) && !isStop(s, from) && (from === to || !isVerb(s, from - 1))) {
    from--;
    // "… and she accused": a pronoun is a whole subject.
    if (PRONOUNS.has(s.words[from].norm)) break;
  }
  while (from < to && /^(?:and|or|but|nor)$/.test(s.words[from].norm)) from++;
  // "…, with officials warning that the toll would rise": the subject of a participle after "with", reporting a claim
  // (not "with one poster writing “…”", which quotes an opinion).
  if (from + 1 < to && s.words[from].norm === 'with' && /ing$/.test(s.words[v].norm) && s.words[v + 1]?.norm === 'that') from++;
  // "in the last month her MPs have said": past a fronted adverbial, the subject starts at its own determiner.
  if (from < to && PREPOSITIONS.has(s.words[from].norm)) {
    for (let k = to - 1; k > from + 1; k--) {
      if (DETERMINERS.has(s.words[k].norm) && !PREPOSITIONS.has(s.words[k - 1].norm) && !DETERMINERS.has(s.words[k - 1].norm)) {
        from = k;
        break;
      }
    }
  }
  // "…, who said": the subject is the relative pronoun's antecedent, out of reach here.
  return from < to && isNounPhrase(s, from, to) ? describe(s, from, to) : null;
}

/** A finite verb at word `at`, right after a phrase: the phrase was a clause's subject. */
const opensClause = (s: SentenceView, at: number) =>
  at < s.words.length && !isStop(s, at) && !s.words[at].cap && (/^(?:is|are|was|were|has|have|had|will|would|could|can|may|might)$/.test(s.words[at].norm) || tagsOf(s.words[at].norm).includes('PastTense'));

/** The phrase before the apposition that ends at word `last` ("Neighbors of the home, about half a mile north, said"):
 *  from the sentence's start or a stop, up to eight words. */
function beforeApposition(s: SentenceView, last: number): SourcePhrase | null {
  let open = last;
  while (open > 0 && last - open < 12 && !isStop(s, open)) open--;
  if (open <= 0 || !/,/.test(s.marksBefore[open])) return null;
  let from = open - 1;
  while (from > 0 && open - from < 8 && !isStop(s, from)) from--;
  return (from === 0 || isStop(s, from)) && isNounPhrase(s, from, open) ? describe(s, from, open) : null;
}

/** Rejects what a backward read catches that is no subject: "by criticism and", "to same-sex couples by". */
function isNounPhrase(s: SentenceView, from: number, to: number): boolean {
  const first = s.words[from].norm;
  const last = s.words[to - 1].norm;
  if (PREPOSITIONS.has(first) && first !== 'including') return false;
  if (PREPOSITIONS.has(last) || DETERMINERS.has(last) || AUX.has(last) || /^(?:and|or|but|nor)$/.test(last)) return false;
  return !s.words.slice(from, to).some((w) => /n['’]t$/.test(w.norm));
}

/** A finite verb ends a subject read backwards ("Clinton said Russian intelligence hacked …"). */
function isVerb(s: SentenceView, i: number): boolean {
  const w = s.words[i];
  if (w.cap) return false;
  // "Some reports in local media said …", "the claims": after a determiner a word is a noun, whatever else it can be.
  if (DETERMINERS.has(s.words[i - 1]?.norm ?? '') && !/^(?:that|this)$/.test(s.words[i - 1].norm)) return false;
  if (ATTRIBUTING.has(w.norm) || tagsOf(w.norm).some((t) => t === 'PastTense' || t === 'PresentTense')) return true;
  return /[^e]ed$/.test(w.norm) && !DETERMINERS.has(s.words[i - 1]?.norm ?? '');
}

/** The noun phrase starting at word `from`, up to a break, a clause, a participle ("made") or a second determiner. */
export function phraseAfter(s: SentenceView, from: number): SourcePhrase | null {
  let to = from;
  while (to < s.words.length && to - from < 12) {
    const w = s.words[to];
    if (to > from && (isStop(s, to) || CLAUSE_OPENERS.has(w.norm))) break;
    // "In a letter obtained by the Press Association they were told …": a subject pronoun opens the clause.
    if (to > from && CLAUSE_PRONOUNS.has(w.norm)) break;
    // …or the verb after it: "seen by the BBC show …" (a present-tense verb the lexicon knows as nothing else).
    if (to > from && !w.cap && (tagsOf(w.norm).includes('PastTense') || /^(?:is|are|was|were|has|have|had|said|says|show|shows|suggest|suggests|reveal|reveals|indicate|indicates)$/.test(w.norm))) break;
    if (to > from && DETERMINERS.has(w.norm) && !PREPOSITIONS.has(s.words[to - 1].norm) && !/^(?:and|or|than)$/.test(s.words[to - 1].norm)) break;
    to++;
  }
  if (to === from) return null;
  const phrase = describe(s, from, to);
  const named = appositiveName(s, to);
  return named && !phrase.name && !phrase.anonymous ? { ...named, from, text: s.text.slice(s.words[from].start, s.words[named.to - 1].end) } : phrase;
}

/** "the team's coach, Alireza Mehraban, …": a name set off by commas right after a description. */
function appositiveName(s: SentenceView, at: number): SourcePhrase | null {
  if (s.marksBefore[at] !== ',' || !ROLES.has(s.words[at - 1].norm)) return null;
  if (!s.words[at]?.cap) return null;
  let to = at + 1;
  while (to < s.words.length && to - at < 4 && s.words[to].cap && !isStop(s, to)) to++;
  if (to < s.words.length && s.marksBefore[to] !== ',') return null;
  const name = describe(s, at, to);
  return name.name ? name : null;
}

/** What a noun phrase says about its source: its name, and whether it is unnamed or state media. */
/** Who issues a paper, at word `k` of a phrase: a name or a body ("by MPs", "from the regulator"), not a day. */
function issuerAt(words: SentenceView['words'], k: number): boolean {
  const w = words[k];
  if (!w || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w.norm)) return false;
  return w.cap || ORG_NOUNS.has(w.norm) || isRoleWord(w.norm) || isPeoplePlural(w.norm);
}

function describe(s: SentenceView, from: number, to: number): SourcePhrase {
  const words = s.words.slice(from, to);
  const norms = words.map((w) => w.norm);
  let text = s.text.slice(words[0].start, words[words.length - 1].end);
  // "The company denied…" → "the company": capitalised only because it opens the sentence.
  if (words[0] === s.words[0] && isCommonWord(words[0].norm)) text = text[0].toLowerCase() + text.slice(1);
  const head = headOf(words);
  const headNorm = words[head].norm;
  // The person named at the head, or closing the phrase ("Ambassador to the United States Hamdullah Mohib").
  const last = words[words.length - 1];
  const person = s.personAt(words[head]) ?? (last.cap ? s.personAt(last) : null);
  // Unnamed by a word for a source ("officials", "a person familiar with").
  // "a report by MPs", "a critical report from the regulator": a paper whose issuer the phrase gives.
  // (A body or a name after it, not a time: "posts on the message board from Friday" are still anonymous.)
  const issued = DOCUMENTS.has(headNorm) && norms.some((n, k) => k > head && /^(?:by|from)$/.test(n) && issuerAt(words, k + (norms[k + 1] === 'the' ? 2 : 1)));
  const unnamedSource =
    norms.some((n, k) => UNNAMED.test(n) && !words[k].cap) ||
    (SOMEONE.has(headNorm) && !SUPPOSING.test(s.words[from - 1]?.norm ?? '')) ||
    // "People in the industry said", "Several people in the area tell WREG": people described and saying — not people
    // at large ("people were asking", "urged people to take care").
    (headNorm === 'people' && norms.length >= 2 && SAYING.has(s.words[to]?.norm ?? '')) ||
    (ANON_PLURAL.has(headNorm) && !namesMembers(norms, head) && !(DOCUMENTS.has(headNorm) && (namedModifier(s, words, head) || issued))) ||
    (ANON_SINGULAR.has(headNorm) && INDEFINITE.has(norms[0]) && !(DOCUMENTS.has(headNorm) && (namedModifier(s, words, head) || issued || ownedPaper(words, head)))) ||
    // "The source added …", "the person said": the unnamed source met before, picked up by the article alone.
    (norms.length === 2 && norms[0] === 'the' && BACK_TO_SOURCE.has(headNorm)) ||
    norms.includes('familiar');
  // "currency strategists warned", "Rebel backbenchers claimed", "a senior prison officer told": people described, not named.
  const described = !unnamedSource && !person && !isProperWord(s, words[head]) && unnamedPeople(norms, head);
  // "Proops and other board members said": one of them named, who can be asked.
  const namedAmong = words.some((w, k) => k < head && norms[k + 1] === 'and' && w.cap && !isCommonWord(w.norm));
  const anonymous = (unnamedSource || described) && !namedAmong;
  const stateMedia = norms.some((n, k) => (/^state(?:-run|-owned|-controlled)?$/.test(n) && STATE_MEDIA.test(norms[k + 1] ?? '')) || STATE_OUTLETS.has(n));
  return {
    from,
    to,
    head: from + head,
    text,
    name: anonymous ? null : (person ?? nameAt(s, words, head)),
    anonymous,
    stateMedia,
    pronoun: words.length === 1 && PRONOUNS.has(headNorm),
    described,
  };
}

/** Verbs of saying proper, for sources described by their post ("officers fired", "a judge found" report no one's
 *  word) and for reported speech. Not the forms that are as often nouns ("claims", "reports", "notes", "comments"). */
export const SAYING: ReadonlySet<string> = new Set(
  ('say says said tell tells told write writes wrote add adds added explain explains explained noted tweeted claim claimed ' +
    'insist insists insisted argue argues argued warn warns warned commented replied responded concluded asserts asserted ' +
    'declared announced suggest suggested believe believes believed predicted estimated confirmed reported revealed stated ' +
    'alleged maintained contended testified').split(' '),
);

/** Capitalised as a name, not as the sentence's first word or an abbreviation's plural ("MPs"). */
const isProperWord = (s: SentenceView, w: Token) => w.cap && w !== s.words[0] && !/^[A-Z]+s$/.test(w.text);

/** A quoted speaker the article leaves unnamed ("a senior customs officer", "currency strategists"): no person behind it,
 *  and a description of people by what they do. */
export function isUnnamedSpeaker(mention: string, personId: string | null): boolean {
  if (personId) return false;
  const norms = mention.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')).filter(Boolean);
  if (!norms.length) return false;
  const p = norms.findIndex((n, k) => k > 0 && PREPOSITIONS.has(n));
  return unnamedPeople(norms, p > 0 ? p - 1 : norms.length - 1);
}

/** A description of unnamed people at the head: a plural person noun ("strategists", "MPs", not "the two leaders"), or a
 *  singular one after an indefinite determiner ("one shareholder", "a senior prison officer"). */
function unnamedPeople(norms: string[], head: number): boolean {
  const h = norms[head];
  // "a member of the public": a passer-by quoted, not an insider ("a member of the police team" is one).
  if (h === 'member' && norms[head + 1] === 'of' && norms[head + 2] === 'the' && norms[head + 3] === 'public') return false;
  // "he and his colleagues": someone named, with others.
  if (namesMembers(norms, head) || norms.some((n) => PRONOUNS.has(n))) return false;
  // "the second council officer", "the other analyst": a person the story tells apart by order, not by name.
  // (Not an office that "first" names: "the first minister", "the first secretary".)
  const office = norms[1] === 'first' && head === 2 && /^(?:minister|secretary)$/.test(h);
  if (ANAPHORIC.has(norms[0]) && ORDER.test(norms[1] ?? '') && !office && (isInsiderNoun(h, true) || isInsiderNoun(h, false))) return true;
  if (isInsiderNoun(h, true)) return !ANAPHORIC.has(norms[0]);
  // "multiple investment firms told me", "several banks said": bodies counted but not named.
  if (BODIES.has(h) && COUNTED.has(norms[0])) return true;
  return INDEFINITE.has(norms[0]) && isInsiderNoun(h, false);
}

/** A capitalised word before the head, other than the sentence's first: "an NBC report", "Pentagon officials". */
// (A sentence's first word is capitalised whatever it is, unless it is all capitals: "ONS figures show".)
const namedModifier = (s: SentenceView, words: Token[], head: number) => words.slice(0, head).some((w) => w.cap && (w !== s.words[0] || (/^\p{Lu}{2,}$/u.test(w.text) && !isCommonWord(w.norm))));

/** "a council report", "an arborist's report", "a report to cabinet", "a report into waiting times": one paper whose
 *  author or addressee is a body or a post, on the record for anyone to ask for (not "a report", "media reports"). */
const ownedPaper = (words: Token[], head: number) =>
  words.slice(0, head).some((w) => ORG_NOUNS.has(w.norm) || isRoleWord(w.norm) || (w.possessive && !PRONOUNS.has(w.norm))) ||
  /^(?:to|into)$/.test(words[head + 1]?.norm ?? '');

/** "officials including John Smith", "critics such as …": the group is named through its members. */
const namesMembers = (norms: string[], head: number) =>
  norms.slice(head + 1).some((n, k, rest) => n === 'including' || (n === 'such' && rest[k + 1] === 'as') || (n === 'led' && rest[k + 1] === 'by'));

/** The head word: the last before the first preposition ("Posts" in "Posts on the message board"). */
function headOf(words: Token[]): number {
  let p = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.norm));
  // "Two of the traders": a partitive's head is what it counts.
  if (p > 0 && words[p].norm === 'of' && QUANTIFIERS.test(words[p - 1].norm)) p = words.findIndex((w, k) => k > p + 1 && PREPOSITIONS.has(w.norm));
  return p > 0 ? p - 1 : words.length - 1;
}
const QUANTIFIERS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|all|none|few|both|each|either|neither|dozens|scores|\d+)$/;

/** The capitalised run ending at the head ("KCNA", "Los Angeles Sheriff's office" → null: its head is lower case). */
function nameAt(s: SentenceView, words: Token[], head: number): string | null {
  let k = head + 1;
  // Back over capitalised words and the small words inside names ("Russia and North Korea", "Department of Agriculture").
  const inName = (j: number): boolean =>
    j >= 0 && ((words[j].cap && !words[j].possessive) || (NAME_JOINERS.has(words[j].norm) && j > 0 && (words[j - 1].cap || (NAME_JOINERS.has(words[j - 1].norm) && inName(j - 1)))));
  while (k > 0 && inName(k - 1)) k--;
  // A sentence's first word is capitalised whatever it is: "Figures show" names no one.
  if (words[k]?.start === s.words[0].start && isCommonWord(words[k].norm)) k++;
  while (k <= head && NAME_JOINERS.has(words[k].norm)) k++;
  return k <= head ? s.text.slice(words[k].start, words[head].end) : null;
}

/** Whether the sentence puts what it says on someone's word (a reporting verb or "according to" in the writer's voice). */
export function isSourced(s: SentenceView): boolean {
  const { plain, firstRelative } = sourcing(s);
  return plain || firstRelative >= 0;
}

/** What is claimed and taken, not said: "a storm that has claimed at least 43 lives", "521 people claimed Jobseeker's
 *  Allowance", "claimed the title". */
const CLAIMED_THINGS = /^(?:lives?|allowances?|benefits?|credits?|compensation|damages|expenses|refunds?|payments?|grants?|pensions?|relief|victory|title|titles|prize|crown|seat|seats|jsa|esa|pip)$/;
/** The verb of claiming at word `i` takes a thing within a few words, no clause: a thing taken, nothing said. */
export function claimsAThing(s: SentenceView, i: number): boolean {
  if (!/^claim(?:ed|s|ing)?$/.test(s.words[i].norm)) return false;
  for (let k = i + 1; k < s.words.length && k <= i + 4 && !s.stops[k]; k++) {
    if (CLAIMED_THINGS.test(s.words[k].norm)) return true;
    if (s.words[k].norm === 'that') return false;
  }
  return false;
}

/** Whether what is said at word `at` is on someone's word: a relative clause after it ("… after a march by fans
 *  who had claimed …") tells of the people it describes; it does not put what comes before on their word.
 *  Returned as a test to run per word, the sentence read once. */
export function sourcedAt(s: SentenceView): (at: number) => boolean {
  const { plain, firstRelative } = sourcing(s);
  return (at) => plain || (firstRelative >= 0 && firstRelative <= at);
}

/** A form of "be" before a participle, making it passive ("was found", "is estimated"). */
const PASSIVE_BE = /^(?:is|are|was|were|been|being)$/;

/** The sentence's sourcing words: whether any is in a main clause, and the first in a relative clause (-1: none). */
function sourcing(s: SentenceView): { plain: boolean; firstRelative: number } {
  let firstRelative = -1;
  const plain = s.words.some((w, i) => {
    if (s.quoted[i]) return false;
    // "is said to have", "was reported to be": a hedge, not a source.
    if (s.words[i + 1]?.norm === 'to' && /^(?:be|have)$/.test(s.words[i + 2]?.norm ?? '')) return false;
    // "it was claimed that", "it has been confirmed": said by no one named.
    if (/^(?:is|was|been)$/.test(s.words[i - 1]?.norm ?? '') && (s.words[i - 2]?.norm === 'it' || s.words[i - 3]?.norm === 'it')) return false;
    // "the reported sighting", "the number of confirmed cases", "1,204 confirmed cases": an adjective, not a verb of
    // reporting.
    const before = s.words[i - 1];
    if (/^(?:reported|confirmed)$/.test(w.norm) && before && (DETERMINERS.has(before.norm) || before.norm === 'of' || /^\d/.test(before.text)) && !s.marksBefore[i]) return false;
    if (claimsAThing(s, i)) return false;
    // "An estimated 2,500 people": an adjective before a figure, estimated by no one named.
    if (w.norm === 'estimated' && /^(?:an|a|the)$/.test(s.words[i - 1]?.norm ?? '')) return false;
    const passive = PASSIVE_BE.test(before?.norm ?? '');
    const agent = s.words[i + 1]?.norm === 'by';
    // "a body … was found the same day": found as in discovered, by no one cited.
    if (w.norm === 'found' && passive) return false;
    // "the cost is estimated at £42bn": an estimate with no one to make it.
    if (w.norm === 'estimated' && passive && !agent) return false;
    // "the roles have not been revealed", "was not announced": a passive that says nothing was said.
    const negated = (before?.norm === 'not' && /^(?:is|are|was|were)$/.test(s.words[i - 2]?.norm ?? '')) || (before?.norm === 'been' && s.words[i - 2]?.norm === 'not');
    if (negated && /ed$/.test(w.norm) && !agent) return false;
    // "were reported missing", "was reported stolen": a state put on record, nothing said about the story.
    if (w.norm === 'reported' && passive && /^(?:missing|stolen|lost|dead|safe|injured|wounded|killed)$/.test(s.words[i + 1]?.norm ?? '')) return false;
    if (!sources(s, w, i)) return false;
    if (!inRelativeClause(s, i)) return true;
    if (firstRelative < 0) firstRelative = i;
    return false;
  });
  return { plain, firstRelative };
}

function sources(s: SentenceView, w: Token, i: number): boolean {
  if (SOURCING.has(w.norm) || STUDIES.has(w.norm)) return true;
  const prev = s.words[i - 1];
  // "the United States", "Pew Reports": a capitalised word inside the sentence belongs to a name, it is no verb.
  if (SOURCING_OR_NOUN.has(w.norm)) return (!w.cap || i === 0) && (s.words[i + 1]?.norm === 'that' || (!!prev && (prev.cap || PRONOUNS.has(prev.norm))));
  if (SHOWING.has(w.norm)) {
    const p = subjectOf(s, i);
    if (p && (p.name || namedModifier(s, s.words.slice(p.from, p.to), p.head - p.from + 1))) return true;
    // "figures from Springboard, which measures footfall across the UK, showed": data named by its source before the
    // verb, past a relative clause.
    // (…past a participle and "the": "Figures released by the Office for National Statistics show".)
    for (let k = Math.max(0, i - 15); k < i - 2; k++) {
      if (!/^(?:figures|data|statistics|numbers|research|analysis|estimates)$/.test(s.words[k].norm)) continue;
      let j = k + 1;
      if (/^(?:released|published|issued|compiled|collected|produced)$/.test(s.words[j].norm)) j++;
      if (!/^(?:from|by)$/.test(s.words[j]?.norm ?? '')) continue;
      if (s.words[j + 1]?.norm === 'the') j++;
      if (j + 1 < i && s.words[j + 1].cap && !s.stops.slice(k + 1, j + 2).some(Boolean)) return true;
    }
    return false;
  }
  return false;
}

/** The verb at `i` opens a relative clause ("who had claimed", "which reported"). */
function inRelativeClause(s: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && AUX.has(s.words[k].norm)) k--;
  return k >= 0 && /^(?:who|which)$/.test(s.words[k].norm);
}
