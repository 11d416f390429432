// Capitalised names in running text: found per paragraph, stripped of honorifics and titles, and classified
// as a person, an organisation, a place or something else from compromise's lexicon and the words around them.
import { relativeParagraph, type Paragraph } from './document';
import { MONTH_ABBR, bracketedAbbreviation, isOrdinal, uncontracted, type Token } from './text';
import type { Span } from './types';
import { DETERMINERS } from './attributionCues';
import { CUE_VERBS, GROUPS, HONORIFICS, LEGAL_FORMS, OFFICE_WORDS, ORG_NOUNS, hasTag, isAdjectiveRank, isRoleWord, isCommonWord, isDictionaryWord, isFirstName, isForenameToo, isHoliday, isLastName, isOrgWord, isPlaceWord, singularOf, tagsOf } from './lexicon';

export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

export interface NameChunk extends Span {
  paragraph: number;
  /** Index in the paragraph's tokens of the first name token (after honorific and title). */
  first: number;
  /** Index after the last name token. */
  last: number;
  /** The name's own tokens: "Kim Jong-un" in "North Korean leader Kim Jong-un". */
  words: Token[];
  honorific: Token | null;
  /** Capitalised title words stripped from the front: "President", "Afghan Ambassador". */
  title: Token[];
  kind: EntityKind;
  /** How sure the classification is: 2 strong (honorific, known first name, title), 1 shape, 0 guess. */
  evidence: number;
  /** Starts its sentence, so its capital letter says nothing. */
  sentenceInitial: boolean;
  /** Reads like a thing, not a person: "Microsoft’s Internet Explorer", "Internet Explorer 9", "the Cruise video". */
  thingLike: boolean;
}

/** A chunk found in a paragraph laid out on its own, with the token indices that place it anywhere. */
interface FoundChunk {
  chunk: NameChunk;
  honorific: number;
  title: number[];
}

// Lower-case particles inside names: "Osama bin Laden", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi".
export const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'dos', 'das', 'y', 'ben', 'bint', 'abu', 'ter', 'ten', 'zu']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const POST_NOMINALS = /^(?:KC|QC|MP|MSP|MS|AM|MEP|MLA|TD|MBE|OBE|CBE|KBE|DBE|FRS|PhD|MD|JP|SC)$/;
export const isPostNominal = (word: string): boolean => POST_NOMINALS.test(word);
/** "R-Tennessee", "D-N.Y.": a party and a state after a lawmaker's name. */
export const isPartyCode = (word: string): boolean => /^[RDI]-\p{Lu}/u.test(word);
// Credentials set off by commas after a name: "Evie Merritt, RN, said", "Jane Doe, CPA".
const CREDENTIALS = /^(?:RN|LPN|BSN|MSN|DNP|CPA|CFA|DDS|DVM|Esq|PhD|MD|DO)\.?$/;
// Time words are capitalised but never part of a name.
const TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow)$/;
// "… Ahmed Mohamed Image: Twitter / NASA": a caption's label is not part of the name before it.
const CAPTION_LABEL = /^(?:image|images|photo|photos|picture|video|credit|credits|source|file|caption|graphic|illustration)$/;
// A page's dateline stamp, which no name holds: "05:55 pm ET Updated Mar 05, 2012".
const PAGE_STAMP = /^(?:updated|posted|published|modified|edited)$/;
// Events and occasions: "Lantern Festival", "World Cup", "Cold War".
const EVENT = /^(?:festival|games|cup|championship|championships|conference|summit|war|day|week|awards?|prize|olympics|expo|fair|show|tournament|league|series|election|elections|act|bill|treaty|accord|agreement|plan|programme|program|project|scheme|strategy|initiative|operation|campaign|challenge|festival|marathon|open|syndrome|disease|disorder|test|night|tour|concert|gala|parade|rally|inquiry|inquest|trophy|medal|shield|plaque|carnival|jubilee)$/;
// Named operations and storms: "Operation Lucy", "Hurricane Helene", "Storm Ciarán".
const EVENT_LEAD = /^(?:operation|hurricanes?|typhoons?|cyclones?|storms?|tropical|project)$/;
// Two words fused where a space went missing: capitals run into a capitalised word ("TOWNThe"), or a word of five
// letters or more into another ("IrelandNurses"); "McDonald", "DeSantis", "MacArthur" have shorter heads.
const FUSED = /^(?:\p{Lu}{3,}\p{Ll}{2,}|(\p{Lu}\p{Ll}{5,})\p{Lu}\p{Ll}{2,})$/u;

/** A word fused from two (see FUSED) — when its head is a word the lexicon knows and the whole is not: "IrelandNurses",
 *  but not the brands and names written in camel case ("PolitiFact", "BlackRock", "ExxonMobil"). */
function fusedWord(w: Token): boolean {
  const m = FUSED.exec(w.text);
  if (!m) return false;
  if (!m[1]) return true;
  return tagsOf(m[1].toLowerCase()).length > 0 && !tagsOf(w.norm).length && !isOrgWord(w.norm);
}
// Organisations' last words: "Security Affairs", "News Agency".
const ORG_HEAD = /^(?:affairs|agency|ministry|department|office|bureau|commission|committee|council|court|service|news|authority|assembly|parliament|senate|congress|party|union|association|federation|foundation|institute|board)$/;
// Languages and nationalities by their ending: "Spanish", "Danish", "Japanese", "Congolese" (and "Irish", too short for
// the ending alone: "Trish" is a given name).
const DEMONYM_LIKE = /^(?:[a-z]{3,}(?:ish|ese)|irish)$/;
const ABSTRACT = /(?:tion|sion|ment|ness|ity|ism|ency|ancy|acy|ance|ence|ship|ology|graphy|ders|ics|esis|osis|ysis)$/;
// …or that open with one ("Subscription Scams", a headline's words): the endings no given name has ("Agyness" does -ness).
const ABSTRACT_LEAD = /(?:tion|sion|ment|ism|ship|ology)$/;
/** Family: a person's, never a body's. */
export const KIN = /^(?:father|mother|son|daughter|brother|sister|wife|husband|widow|widower|nephew|niece|uncle|aunt|cousin|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|fiancée?|girlfriend|boyfriend|partner)$/;
/** The last word of a street's name, in an address. */
const ADDRESS_HEAD = /^(?:street|road|lane|avenue|close|drive|crescent|terrace|grove|way|gardens|square|walk|row|mews|place|court|view)$/;
/** The words of ADDRESS_HEAD that end only streets, no one's surname ("Close", "Grove", "Way", "Court" do), and
 *  "boulevard". */
const STREET_ONLY = /^(?:street|road|lane|avenue|drive|crescent|terrace|mews|boulevard)$/;
/** Streets abbreviated, as written (capitalised): "Thomas St", "Hume Fwy", "Noarana Dve". */
const STREET_ABBR = /^(?:St|Sts|Rd|Ave|Aves|Fwy|Hwy|Dve|Pde|Cres|Tce|Blvd|Pkwy|Cct|Esp)\.?$/;
// Last words of place names; surnames that are also such words (Hill, Park, Bridge, Street) are left out.
const PLACE_LEAD_WORDS = /^(?:fort|ft|port|mount|mt|lake|cape|county|grand|greater|mid|san|santa|northern|southern|eastern|western|upper|lower|higher|nether|little|great|river|loch|market|chipping|long|sierra|bukit|kampung|kuala|sungai|wadi|el|los|las|new|nueva|nuevo|puerto)$/;
/** A word that opens a place's name: one of those, or a point of the compass ("East Harling", "Northeast Miami-Dade"). */
const isPlaceLead = (norm: string) => PLACE_LEAD_WORDS.test(norm) || COMPASS.test(norm);
/** Parties as a council report abbreviates them before a ward: "(Lab, Tottenham Hale)", "(Green, Ridgeway)". */
const PARTY_ABBREVIATION = /^(?:Lab|Con|LD|Lib|Green|Ind|SNP|Plaid|Reform|UKIP|Dem|Rep)$/;
const PLACE_HEAD = /^(?:port|avenue|road|lane|square|crescent|terrace|mews|boulevard|parkway|highway|motorway|valley|county|area|river|lake|lakes|island|islands|mountains|heights|airport|station|terminus|stadium|arena|harbour|harbor|bay|beach|coast|forest|district|borough|province|canyon|desert|peninsula|straits?|gulf|ocean|sea|trafford|sur|norte|oriental|occidental|grounds|gardens|city|parish|vale|creek|springs|falls|shoal|shoals|reef|reefs|atoll|cape|strait|broadway|moor|moors|moorland|fen|fens|marshes|wetlands|beck|meadow|meadows|reservoir|estuary|loch|lough|glen|dam|canal|pier|quay|wharf|shire|commons)$/;
// The abbreviated states of American datelines: "BUFFALO, N.Y. (WKBW) —", "SCOTT CITY, Mo. --".
const US_STATE_ABBR = /^(?:N\.Y|N\.J|N\.C|S\.C|N\.D|S\.D|N\.M|N\.H|R\.I|W\.Va|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.?$/;
/** Public bodies that places listed together share: "… and Chester Council", "… and Redbridge University Hospitals". */
const SHARED_BODY = /^(?:council|councils|university|universities|hospital|hospitals|trust|trusts|nhs|authority|authorities|police|constabulary|fire|service|services|board|boards|borough|district|county|commission|committee|party|association|union|federation|foundation|institute|department|ministry|agency)$/;
/** "and" then capitalised words closing on a body's word within four ("and Chester Council", "and Redbridge University
 *  Hospitals"), from token `at`. */
function sharedBodyAfter(tokens: Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'and') return false;
  for (let k = at + 1; k <= at + 4 && tokens[k]?.word && tokens[k].cap; k++) {
    const n = tokens[k].norm;
    if (SHARED_BODY.test(n)) return k > at + 1;
  }
  return false;
}

/** Those who work for or own a body, before "at" or "of" its name ("workers at Baker Hughes"). */
const EMPLOYEES = /^(?:workers|employees|staff|staffers|shareholders|customers|bosses|management|managers)$/;
/** …and after it ("an Active Northumberland employee", "its VM Motori unit"). */
const EMPLOYEE_AFTER = /^(?:employee|employees|worker|workers|staffer|staffers|shareholders|customers|founder|co-founder|cofounder|founders|boss|bosses|owner|owners|administrators|subsidiary|unit|division|plant|factory|store|stores|branch|branches)$/;
/** Canadian provinces as datelines abbreviate them ("Clinton, B.C.", "Kingston, Ont."). */
const PROVINCE_ABBR = /^(?:B\.C|Alta|Sask|Man|Ont|Que|N\.S|N\.B|Nfld|P\.E\.I|N\.W\.T|Y\.T)\.?$/;
// Facilities by their last word: "… Space Telescope", "… Velodrome", "… Bazaar".
/** A place's common noun, in lower case after its name: "(George Washington) bridges", "(Old Wixom) road". */
const PLACE_NOUN_AFTER = /^(?:bridges?|tunnels?|roads?|streets?|avenues?|lanes?|rivers?|lakes?|mountains?|islands?|airports?|mines?|collier(?:y|ies)|reservoirs?|canals?|estuary|motorways?|highways?|expressways?|freeways?)$/;
/** Participles of building and doing up, which only a place or a thing undergoes. */
const BUILT = /^(?:built|rebuilt|opened|reopened|renovated|refurbished|restored|redeveloped|revamped|constructed|completed|upgraded|extended|demolished)$/;
const FACILITY_HEAD = /^(?:site|mine|colliery|fountain|synagogue|telescope|observatory|centre|center|building|buildings|tower|memorial|monument|theatre|theater|house|pavilion|playhouse|hospitals|infirmary|clinic|cathedral|mosque|temple|palace|mall|hotel|prison|velodrome|racecourse|bazaar|bazar|market|pier|wharf|dome|elementary|basilica|chapel|chapels|kitchen|jail|courthouse|cemetery|graveyard|churchyard|baths|playground|skatepark|ranch)$/;
// Lower-case nouns after a name that make it a place: "Camarines Sur province", "Naga city", "a Kali Uling village".
const PLACE_NOUN = /^(?:province|provinces|region|regions|county|counties|district|districts|village|villages|villagers|parish|municipality|municipalities|regency|prefecture|island|islands|city|town|township|townships|suburb|neighbourhood|neighborhood|governorate|oblast|mall|area|port|harbour|harbor)$/;
const STOP_CAPS = new Set(['i', 'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'from', 'as', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while', 'if', 'after', 'before', 'since', 'so', 'yet', 'both', 'some', 'many', 'most', 'all', 'no', 'not',
  // Sentence adverbs that open a sentence before a comma ("Nonetheless, police say …"), which the lexicon may not tag.
  'nonetheless', 'nevertheless', 'meanwhile', 'however', 'moreover', 'furthermore', 'likewise', 'otherwise', 'besides', 'regardless', 'instead']);


/** Is the word sentence-initial: first word of a sentence, or right after an opening quotation mark or a colon? */
function initialIndex(tokens: Token[], sentences: Span[]): Set<number> {
  const out = new Set<number>();
  let s = 0;
  // The sentence whose first word has been seen.
  let seen = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    if (!t.word) continue;
    const prev = tokens[i - 1];
    const sentenceStart = s < sentences.length && sentences[s].start <= t.start && seen !== s;
    if (s < sentences.length && sentences[s].start <= t.start) seen = s;
    // After an opening mark (attached to the word) a capital says nothing; after a closing one ("…?” Biden said) it does.
    const opens = !!prev && !prev.word && (/^[“‘(\[]$/.test(prev.text) || (/^["']$/.test(prev.text) && prev.end === t.start) || /^[:—–-]$/.test(prev.text));
    if (sentenceStart || opens) out.add(i);
  }
  return out;
}

/** Title-case lines (headlines) capitalise every word: there a common word ends a name. */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && t.norm.length > 3);
  return words.length >= 4 && words.filter((t) => t.cap).length / words.length > 0.8;
}

/** The names of a paragraph of the document: found once per paragraph text (cached), then placed. */
export function nameChunksOf(para: Paragraph): NameChunk[];
/** …each with `facts[i]`, what the caller found about the i-th name of this paragraph text (one object shape for
 *  every chunk: adding a property afterwards made property reads on chunks slow). */
export function nameChunksOf<F>(para: Paragraph, facts: readonly F[]): (NameChunk & { facts: F })[];
export function nameChunksOf<F>(para: Paragraph, facts?: readonly F[]): (NameChunk & { facts: F | null })[] {
  const found = para.memo.get('names', () => foundChunks(relativeParagraph(para)));
  if (!found.length) return [];
  // Fresh objects every time: later steps reclassify chunks in place. A chunk's words are always the tokens
  // first..last; its honorific and title are placed by index.
  const t = para.tokens;
  // Every field written out: an object spread here was most of the cost of placing names.
  return found.map(({ chunk: c, honorific, title }, i) => ({
    start: c.start + para.start,
    end: c.end + para.start,
    paragraph: para.index,
    first: c.first,
    last: c.last,
    words: t.slice(c.first, c.last),
    honorific: honorific >= 0 ? t[honorific] : null,
    title: title.length ? title.map((k) => t[k]) : [],
    kind: c.kind,
    evidence: c.evidence,
    sentenceInitial: c.sentenceInitial,
    thingLike: c.thingLike,
    facts: facts ? facts[i] : null,
  }));
}

/** How many names a paragraph has (without placing them). */
export function nameCount(para: Paragraph): number {
  return para.memo.get('names', () => foundChunks(relativeParagraph(para))).length;
}

function foundChunks(para: Paragraph): FoundChunk[] {
  const chunks = findNameChunks(para);
  if (!chunks.length) return [];
  const index = new Map(para.tokens.map((t, k) => [t, k]));
  return chunks.map((chunk) => ({ chunk, honorific: chunk.honorific ? index.get(chunk.honorific)! : -1, title: chunk.title.map((t) => index.get(t)!) }));
}

/** The names of one paragraph. */
export function findNameChunks(para: Paragraph): NameChunk[] {
  const tokens = para.tokens;
  const initial = initialIndex(tokens, para.sentences);
  // A dateline and a string of titles can make a sentence look title-case ("New Delhi [India] March 15 (ANI): Union
  // Railways Minister … said no … came to meet him"), and so can names of places ("After the closure of Bryn GP
  // Surgery, Owen Sage was moved to …"): two lower-case verbs or nouns make it running text — or one, when the line
  // ends in a full stop as no headline does ("Robert Cook (59) of Graham Street, Wishaw, was sentenced at Hamilton
  // Sheriff Court.").
  const lower = tokens.filter((t) => t.word && !t.cap && t.norm.length > 3 && !hasTag(t.norm, 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'));
  const stopped = /^\.["”’']?$/.test(tokens[tokens.length - 1]?.text ?? '') && lower.some((t) => /^[a-z]/.test(t.text));
  const titleCase = isTitleCase(tokens) && lower.length < 2 && !stopped;
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, initial, titleCase)) {
      i++;
      continue;
    }
    let j = i + 1;
    let pronoun = false;
    while (j < tokens.length && !tokens[j - 1].possessive && !initial.has(j)) {
      const t = tokens[j];
      // Two words the tokenizer split where a paste ran them together ("BusinessHe", "Bluestein.Spratt") are two.
      if (t.word && tokens[j - 1].end === t.start && tokens[j - 1].word) break;
      if (CAPTION_LABEL.test(t.norm) && tokens[j + 1]?.text === ':') break;
      // Letters after a name are not part of it: "James Holt KC", "Jane Smith MP", "Ann Lee OBE".
      if (POST_NOMINALS.test(t.text)) break;
      // A pronoun ends the name, and the capitals after it are a title's: "I Miss You" is a song, not Miss You.
      if (t.word && /^(?:i|you|he|she|it|we|they|me|him|us|them)(?:['’](?:ve|m|ll|d|re|s))?$/.test(t.norm)) {
        pronoun = true;
        break;
      }
      // A month's abbreviation before a day opens a date: "By Alfonso Serrano Jun 27, 2018".
      if (t.word && monthBeforeDay(tokens, j)) break;
      // A month after a first name or honorific is a surname, unless a date follows: "Theresa May", "Mrs May".
      const surnameMonth = TIME.test(t.norm) && (isFirstName(tokens[j - 1].norm) || HONORIFICS.has(tokens[j - 1].norm)) && !/^\d/.test(tokens[j + 1]?.text ?? '');
      // (In title case a common word ends the name — but not a surname after a given name, before a comma or the
      // line's end: "By David Young, Press Association".)
      // (…nor a given name that is a word too, after an office and before a surname: "CIA Director Bill Burns,".)
      const givenAfterOffice = (g: number) => isRoleWord(tokens[g - 1]?.norm ?? '') && isForenameToo(tokens[g].norm) && !!tokens[g + 1]?.word && tokens[g + 1].cap;
      const surnameInTitle = (isFirstName(tokens[j - 1].norm) || givenAfterOffice(j - 1)) && (!tokens[j + 1] || /^[,.:]$/.test(tokens[j + 1].text));
      if (t.word && t.cap && (!TIME.test(t.norm) || surnameMonth) && !(titleCase && isCommonOrCompound(t.norm) && !isRoleWord(t.norm) && !surnameInTitle && !givenAfterOffice(j))) j++;
      else if (t.word && PARTICLES.has(t.norm) && tokens[j + 1]?.cap && tokens[j + 1].word && adjacent(tokens, j)) j++;
      // An Arabic article joined to a capitalised surname: "Abdel Fattah al-Burhan", "Ali el-Sisi".
      else if (t.word && /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\p{Lu}\p{Ll}/u.test(t.text)) j++;
      // Two particles in a row: "Ursula von der Leyen", "Jan van den Berg".
      else if (t.word && PARTICLES.has(t.norm) && tokens[j + 1]?.word && PARTICLES.has(tokens[j + 1].norm) && !tokens[j + 1].cap && tokens[j + 2]?.cap && tokens[j + 2].word && adjacent(tokens, j) && adjacent(tokens, j + 1)) j += 2;
      else if (t.word && SUFFIXES.has(t.norm) && t.cap) j++;
      else if (t.text === ',' && SUFFIXES.has(tokens[j + 1]?.norm ?? '')) j += 2;
      else break;
    }
    // A run of more than eight capitalised words is a title-case line or a list, not one name — unless titles and
    // honorifics make it long, with a short name after the last of them ("Deputy Prime Minister Datuk Seri Dr
    // Ahmad Zahid Hamidi").
    // After a colon or a dash a capital may open a sentence, but a name there is still read as mid-sentence: "her
    // famous peers: Taylor Swift", "Two GOP senators — Rand Paul of Kentucky — joined".
    const opening = initial.has(i) && !(i > 0 && /^[:—–]$/.test(tokens[i - 1].text) && isCapitalisedName(tokens, i, j));
    if (j - i <= 8 || titledName(tokens, i, j)) chunks.push(...classifyRun(para, tokens, i, j, opening));
    else {
      // (…but its tail may be a titled name after a long office: "said Coast Guard Station Portsmouth Harbor Petty
      // Officer Matthew Merical" — the roles closing the run, then a known given name and up to three words more.)
      const tail = titledTail(tokens, i, j);
      if (tail > i) chunks.push(...classifyRun(para, tokens, tail, j, false));
    }
    i = j;
    if (pronoun) while (i < tokens.length && tokens[i].word && tokens[i].cap && !initial.has(i)) i++;
  }
  sloganWords(tokens, chunks);
  listedPlaces(tokens, chunks);
  listedKinds(tokens, chunks);
  listedPeople(tokens, chunks);
  return chunks;
}

/** The runs of chunks listed together: only a comma, "and" or "or" between one and the next (a chunk alone is a run
 *  of one). */
function listedRuns(tokens: Token[], chunks: NameChunk[]): NameChunk[][] {
  const joined = (k: number) => {
    const between = tokens.slice(chunks[k].last, chunks[k + 1].first);
    return between.length > 0 && between.length <= 2 && between.every((t) => t.text === ',' || /^(?:and|or)$/.test(t.norm));
  };
  const runs: NameChunk[][] = [];
  for (let a = 0; a < chunks.length; ) {
    let b = a;
    while (b + 1 < chunks.length && joined(b)) b++;
    runs.push(chunks.slice(a, b + 1));
    a = b + 1;
  }
  return runs;
}

/** "the foreign ministers of Qatar, Jordan, and Saudi Arabia", "prisons in Guayaquil, Quito, Ambato and Cuenca": one
 *  word read as a given name (or a guess) in a list with places and no one named surely is a place too. */
function listedPlaces(tokens: Token[], chunks: NameChunk[]): void {
  for (const list of listedRuns(tokens, chunks)) {
    // (Two are enough after a preposition of place: "thefts in Skegness and Lincoln".)
    const located = list.length === 2 && /^(?:in|at|near|across|between)$/.test(tokens[indexBefore(list[0])]?.norm ?? '');
    if ((list.length >= 3 || located) && list.some((c) => c.kind === 'place') && !list.some((c) => c.kind === 'person' && (c.evidence >= 2 || c.words.length > 1))) {
      for (const c of list) if (c.kind === 'person' && c.words.length === 1 && !c.title.length && !c.honorific) set(c, 'place', 1);
    }
  }
}

/** "students Pranav Iyer, Max Coy, Quinn Hudson and Matthew Coy": a name of two or three words the classifier could
 *  not place, listed with people and nothing else named, is someone too ("Coy" is an adjective to the lexicon). */
function listedPeople(tokens: Token[], chunks: NameChunk[]): void {
  for (const list of listedRuns(tokens, chunks)) {
    const people = list.filter((c) => c.kind === 'person' && c.evidence >= 1 && c.words.length >= 2).length;
    const unplaced = list.filter((c) => c.kind === 'other' && c.evidence === 0);
    if (list.length >= 3 && people >= 2 && people + unplaced.length === list.length) {
      for (const c of unplaced) if (c.words.length >= 2 && c.words.length <= 3 && !c.honorific && c.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !w.possessive)) set(c, 'person', 1);
    }
  }
}

/** Names listed after a plural noun that says what they are: bodies after a kind of body ("fast food chains like
 *  McDonald’s, Wendy’s and Burger King", "brands such as KFC"), whatever given name they share ("Wendy"); works after a
 *  kind of work ("productions including Miss Julie, Antigone, Uncle Vanya"), whatever title or name they hold; people
 *  after their kin ("his children Tessa, Emily, Oscar and Rupert"), though the lexicon knows no surname for them. */
function listedKinds(tokens: Token[], chunks: NameChunk[]): void {
  for (let a = 0; a < chunks.length; a++) {
    const c = chunks[a];
    const k = indexBefore(c);
    const introduced = /^(?:like|including)$/.test(tokens[k]?.norm ?? '') ? tokens[k - 1] : tokens[k]?.norm === 'as' && tokens[k - 1]?.norm === 'such' ? tokens[k - 2] : undefined;
    // (Kin may stand before a comma: "twin daughters, Charlene and Myla".)
    const head = introduced ?? (tokens[k]?.text === ',' && KIN_PLURAL.test(tokens[k - 1]?.norm ?? '') ? tokens[k - 1] : tokens[k]);
    if (!head?.word || head.cap) continue;
    const kind = introduced && BODY_KINDS.test(head.norm) ? 'organisation' : introduced && WORK_KINDS.test(head.norm) ? 'other' : !introduced && KIN_PLURAL.test(head.norm) ? 'person' : null;
    if (!kind) continue;
    for (let b = a; b < chunks.length; b++) {
      const between = b === a ? [] : tokens.slice(chunks[b - 1].last, chunks[b].first);
      // (A member read as no name stands between: "McDonald's, Burger King, Wendy's". So does a child's age: "their
      // children, Charlotte, 11, Laura, nine, and 18-month-old Zachary".)
      if (between.length > (kind === 'person' ? 7 : 5) || !between.every((t) => t.text === ',' || /^(?:and|or)$/.test(t.norm) || (t.word && t.cap) || (kind === 'person' && isAgeWord(t)))) break;
      const m = chunks[b];
      if (kind === 'organisation' && !m.title.length && !m.honorific && m.kind !== 'organisation') set(m, 'organisation', 1);
      else if (kind === 'other') set(m, 'other', 1);
      else if (kind === 'person' && m.kind !== 'place' && m.kind !== 'organisation' && m.evidence < 1) set(m, 'person', 1);
    }
  }
}

/** A word of an age in a list of kin: "11", "nine", "18-month", "-", "old", "2-year-old". */
const isAgeWord = (t: Token): boolean => t.text === '-' || /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|old|\d{1,2}-(?:year|month|week)s?(?:-old)?)$/.test(t.norm);

/** Words that read as a person's name: one at least a name or unknown to the lexicon, none a preposition, conjunction
 *  or determiner ("Condoleezza Rice", not "By Design": "Director of Well By Design" runs a programme). */
function readsAsName(words: Token[]): boolean {
  return words.some((x) => !tagsOf(x.norm).length || isFirstName(x.norm) || isLastName(x.norm)) && !words.some((x) => hasTag(x.norm, 'Preposition', 'Conjunction', 'Determiner'));
}

/** A verb of saying right after token `k`, perhaps after "has" or "had": "has said", "vows". */
/** A word the lexicon knows only as a verb's bare form ("unite"): a sentence that opens with it and then a verb of
 *  saying opens with a name. */
const isOnlyVerb = (norm: string): boolean => {
  const tags = tagsOf(norm);
  return tags.length > 0 && tags.every((x) => x === 'Infinitive' || x === 'Verb');
};

function speaksNext(tokens: Token[], k: number): boolean {
  const at = /^(?:has|had|have)$/.test(tokens[k]?.norm ?? '') ? k + 1 : k;
  return !!tokens[at]?.word && !tokens[at].cap && CUE_VERBS.has(tokens[at].norm) && !/ing$/.test(tokens[at].norm);
}

/** Two or three capitalised words, none a common word the lexicon knows (a first name, a surname or a word it does
 *  not know): a name wherever it stands. */
function isCapitalisedName(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 2 && to - from <= 3 && tokens.slice(from, to).every((t) => t.word && !isCommonWord(t.norm));
}

/** "Sabka Saath, Sabka Vikas, Sabka Vishwas": three or more two-word names listed with bare commas (no "and" before
 *  the last, as a list of people has), sharing a first word the lexicon does not know and each with its own second
 *  word, are a phrase in title case (a slogan, a motto in another language), not people. */
function sloganWords(tokens: Token[], chunks: NameChunk[]): void {
  let run: NameChunk[] = [];
  const close = () => {
    const end = run[run.length - 1]?.last ?? 0;
    const coordinated = tokens[end]?.norm === 'and' || tokens[end]?.norm === 'or' || (tokens[end]?.text === ',' && /^(?:and|or)$/.test(tokens[end + 1]?.norm ?? ''));
    if (run.length >= 3 && !coordinated && new Set(run.map((c) => c.words[1].norm)).size === run.length) for (const c of run) set(c, 'other', 1);
    run = [];
  };
  for (const c of chunks) {
    const prev = run[run.length - 1];
    const two = c.words.length === 2 && !c.honorific && !c.title.length && !tagsOf(c.words[0].norm).length;
    const listed = !!prev && two && c.words[0].norm === prev.words[0].norm && c.first - prev.last === 1 && tokens[prev.last].text === ',';
    if (!listed) close();
    if (two) run.push(c);
  }
  close();
}

/** Where the titled name closing a long run of capitals starts (its first role word), or -1: role words, then a known
 *  given name, then at most three words to the run's end. */
function titledTail(tokens: Token[], from: number, to: number): number {
  let k = to - 2;
  while (k > from && to - k <= 5 && !(isFirstName(tokens[k].norm) && isRoleWord(tokens[k - 1].norm) && !isFirstName(tokens[k - 1].norm))) k--;
  if (k <= from || to - k > 4) return -1;
  let r = k - 1;
  while (r - 1 > from && isRoleWord(tokens[r - 1].norm) && !isFirstName(tokens[r - 1].norm)) r--;
  return r;
}

function titledName(tokens: Token[], from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && !HONORIFICS.has(tokens[k].norm) && !(isRoleWord(tokens[k].norm) && !isFirstName(tokens[k].norm))) k--;
  return k > from && to - k - 1 >= 1 && to - k - 1 <= 4 && tokens.slice(from, k + 1).every((t) => HONORIFICS.has(t.norm) || isRoleWord(t.norm) || OFFICE_WORDS.test(t.norm) || isPlaceWord(t.norm) || t.norm === 'prime');
}

/** A word the lexicon does not know, then a trade's or a companion's noun that is no office, before a verb of saying or
 *  an apposition: a given name and a surname ("Lakhan Pal, a worker at the pump, said", "Ravi Cook said"), not an
 *  office ("Knesset Speaker said"). */
function tradeSurname(tokens: Token[], words: Token[], to: number): boolean {
  if (words.length !== 2) return false;
  const [given, last] = words;
  if (given.text === given.text.toUpperCase() || isDictionaryWord(given.norm) || tagsOf(given.norm).length || NOT_SURNAME_ROLE.test(last.norm) || PERSONAL_OFFICE.test(last.norm)) return false;
  return speaksNext(tokens, to) || (tokens[to]?.text === ',' && /^(?:a|an|the|who|of|from)$/.test(tokens[to + 1]?.norm ?? ''));
}
/** Role words that head an office or a rank, never a surname after an unknown word ("Zulu King", "Knesset Speaker"). */
const NOT_SURNAME_ROLE = /^(?:king|queen|prince|princess|emperor|empress|sultan|emir|pope|speaker|chief|leader|chairman|chairwoman|chair|head|spokesman|spokeswoman|spokesperson|director|general|ambassador|envoy|president|minister|officer|captain|commander|colonel|major|lieutenant|sergeant|inspector|constable|superintendent|councillor|councilor|bishop|archbishop|cardinal|imam|rabbi)$/;

/** A person by nationality: "Dutchman", "Scot", "Portuguese", "Brazilian". */
export const NATIONALITY = /^(?:(?:dutch|french|english|irish|scots|welsh|country|fellow)?m[ae]n|scot|spaniard|swede|dane|finn|pole|brit|kiwi|aussie|croat|serb|argentine|argentinian|portuguese|swiss|italian|german|brazilian|american|australian|canadian|belgian|norwegian|austrian|mexican|colombian|uruguayan|chilean|nigerian|ghanaian|senegalese|egyptian|moroccan|japanese|korean|chinese|indian|pakistani|frenchwoman|englishwoman|dutchwoman|irishwoman|scotswoman|welshwoman)$/;
const FIELD_PLURAL = /(?:tions|sions|ments|nesses|ities|ances|ences|ships|ures|ases|ices|ics|ies)$/;
/** The last word of a newspaper's name; those of a byline's outlet are among them ("The Irish Times"). */
const MASTHEAD_WORDS = 'times|post|herald|tribune|gazette|telegraph|guardian|independent|express|mirror|journal|chronicle|observer|examiner|standard|press';
const MASTHEAD = new RegExp(`^(?:${MASTHEAD_WORDS}|courier|advertiser|sentinel|enquirer|inquirer|argus|star|mail|echo|dispatch|bee|globe|register|recorder|bulletin|citizen)$`);
const NEWS_WORDS = new RegExp(`^(?:${MASTHEAD_WORDS}|news|reuters|ap|afp|bbc|cnn|online|today)$`);

/** From token `from` to the end of the paragraph, one to four capitalised words ending in a news word: an outlet
 *  closing a byline ("ABS-CBN News", "The Irish Times"). */
function bylineOutlet(tokens: Token[], from: number): boolean {
  // Length first: slicing the rest of a long paragraph for every name and comma in it would be quadratic.
  if (from >= tokens.length || tokens.length - from > 6) return false;
  const rest = tokens.slice(from);
  const words = rest.filter((t) => t.word);
  return words.length >= 1 && words.length <= 4 && rest.every((t) => (t.word && (t.cap || /^the$/.test(t.norm))) || t.text === '-') && NEWS_WORDS.test(words[words.length - 1].norm);
}

/** A name alone after "By" on a paragraph of its own (a dash may lead it): the writer's byline. */
function isBylineName(tokens: Token[], c: NameChunk): boolean {
  const by = c.first - 1;
  if (tokens[by]?.norm !== 'by') return false;
  // (Loops that stop at the first word: a paragraph of "by X by Y …" stays linear.)
  for (let k = 0; k < by; k++) if (tokens[k].word || tokens[k].text !== '-') return false;
  for (let k = c.last; k < tokens.length; k++) if (tokens[k].word || !/^[.,]?$/.test(tokens[k].text)) return false;
  return true;
}

function adjacent(tokens: Token[], j: number): boolean {
  return tokens[j].start - tokens[j - 1].end <= 1 && tokens[j + 1].start - tokens[j].end <= 1;
}

/** A common word, or a hyphenated compound of them ("Driver-Side" in "… Takata Driver-Side Airbag Recall"): in title
 *  case it ends a name and opens none. */
const isCommonOrCompound = (norm: string): boolean => isCommonWord(norm) || (norm.includes('-') && norm.split('-').every((part) => isCommonWord(part)));

/** Token `k` is a month's abbreviation before a day ("Jun 27", "Aug. 8"): a date, which starts and continues no name. */
function monthBeforeDay(tokens: Token[], k: number): boolean {
  const day = (d: number) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[d]?.text ?? '');
  return MONTH_ABBR.test(tokens[k].norm.replace(/\.$/, '')) && (day(k + 1) || (tokens[k + 1]?.text === '.' && day(k + 2)));
}

/** Does the sentence from token `i` end in a question mark (within 40 tokens)? */
function asks(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 40); k++) if (/^[.!?]$/.test(tokens[k].text)) return tokens[k].text === '?';
  return false;
}

/** A month that is a given name before a surname the lexicon does not know, which ends the name or speaks: "said
 *  April Goggans, core organizer of …" (not after a word of time: "in May Johnson resigned"). */
function monthGiven(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!/^(?:april|may|june)$/.test(tokens[i].norm) || !next?.word || !next.cap) return false;
  if (/^(?:in|on|by|since|until|till|from|last|next|early|late|mid|this|that|of|during|before|after)$/.test(tokens[i - 1]?.norm ?? '')) return false;
  const closed = !after || /^[,.)]$/.test(after.text) || (after.word && CUE_VERBS.has(after.norm));
  // (A surname that is a noun too may follow before an apposition or a verb of saying: "June Fender, of the
  // residents' association, said".)
  const nounSurname = tagsOf(next.norm).every((x) => /^(?:Noun|Singular|ProperNoun|LastName)$/.test(x)) && (after?.text === ',' || (!!after?.word && CUE_VERBS.has(after.norm)));
  return closed && ((tagsOf(next.norm).length === 0 && !isDictionaryWord(next.norm)) || nounSurname);
}

function startsName(tokens: Token[], i: number, initial: Set<number>, titleCase: boolean): boolean {
  const t = tokens[i];
  // (Nor a model or a code: "F-35", "S-400", "A380".)
  if (!t.word || !t.cap || (TIME.test(t.norm) && !monthGiven(tokens, i)) || /\d/.test(t.text)) return false;
  // "He was going to graduate Aug. 8": a month's abbreviation before a day is a date.
  if (monthBeforeDay(tokens, i)) return false;
  if (STOP_CAPS.has(uncontracted(t.norm)) && !HONORIFICS.has(t.norm)) return false;
  // "A GROUP of activists protested", "THOUSANDS of patients": a paper's opening word in capitals is a word, not a name
  // (but initials that speak are a body's: "BA said").
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && isDictionaryWord(t.norm) && !hasTag(t.norm, 'Organization') && !!tokens[i + 1]?.word && !tokens[i + 1].cap && (initial.has(i) || initial.has(i - 1)) && !speaksNext(tokens, i + 1)) return false;
  // "Convicting Hewitt, the chairwoman said": a sentence opening on a participle and its object before a comma is a
  // clause, not a name — unless the lexicon knows the word as one ("Manning Smith, …").
  if (initial.has(i) && /[a-z]{3}ing$/.test(t.norm) && tokens[i + 1]?.cap && tokens[i + 2]?.text === ',' && !isFirstName(t.norm) && !isLastName(t.norm)) return false;
  if (initial.has(i) || titleCase) {
    // A capitalised common word at the start of a sentence is just a word ("Calling", "Since") — unless it is a
    // noun that doubles as a first name before a known surname ("Bill Clinton", "Rose Byrne").
    const next = tokens[i + 1];
    // …or a month ("Jan Koum", "June Sarpong") before a surname the lexicon knows, or before a word it does not
    // know that ends the name ("Jan Koum, founder of WhatsApp").
    const after = tokens[i + 2];
    // (…or a photo credit's slash or bracket: "(Ray Ewing/Vineyard Gazette)".)
    const unknownSurname = !titleCase && !!next && next.cap && next.word && !tagsOf(next.norm).length && (!after || /^[,)/]$/.test(after.text) || (after.word && CUE_VERBS.has(after.norm)));
    const forename = !!next && next.cap && (isLastName(next.norm) || unknownSurname) && tagsOf(t.norm).every((x) => /Noun|Singular|Uncountable|Month/.test(x));
    // "Small, who attended the rally, said": a capitalised word that a relative clause describes is a name.
    if (next?.text === ',' && tokens[i + 2]?.norm === 'who') return true;
    // "Storm Bert lashed …": a storm's or an operation's first word opens its name.
    const eventLead = EVENT_LEAD.test(t.norm) && !!next?.cap && next.word;
    // A word that is a given name too, before a capitalised word that is no word of the language or that speaks or
    // ends the clause: "Cliff Richard won", "Bill Gates said" (not "Rose Garden ceremony").
    const givenToo = isForenameToo(t.norm) && !!next?.word && next.cap && (!isCommonWord(next.norm) || (!!after && (/^[,.]$/.test(after.text) || (after.word && CUE_VERBS.has(after.norm)))));
    // ("Will Smith hit Chris Rock": the modal is a given name before a surname and a verb in the past — or before a
    // surname the lexicon does not know and a verb of saying or an apposition: "Will Travers, of the pressure group
    // ZooCheck, said".)
    const surnameNext = !!next?.word && next.cap && (isLastName(next.norm) || !tagsOf(next.norm).length);
    const apposition = after?.text === ',' && /^(?:of|from|a|an|the|who)$/.test(tokens[i + 3]?.norm ?? '');
    // (Not in a question: "Will Britain, a nation of shopkeepers, leave?")
    const will = t.norm === 'will' && surnameNext && ((!!after?.word && !after.cap && (hasTag(after.norm, 'PastTense') || CUE_VERBS.has(after.norm))) || (apposition && !asks(tokens, i)));
    // A noun or adjective opening a body's name that speaks: "Age UK said", "Independent Age said" — the word after is
    // a place's, a body's or the language's, no one's name, and a verb of saying follows the two.
    const body = !titleCase && !!next?.word && next.cap && !!after?.word && CUE_VERBS.has(after.norm) && !isFirstName(next.norm) && !isLastName(next.norm) && (isPlaceWord(next.norm) || isOrgWord(next.norm) || isCommonWord(next.norm)) && !isRoleWord(next.norm) && !GROUPS.has(next.norm) && !isPluralRole(next.norm) && !tagsOf(t.norm).some((x) => /Adverb|Conjunction|Preposition|Determiner|Pronoun|Modal|Date|Month|WeekDay/.test(x));
    // Initials or a bare verb before a verb of saying, which no sentence opens with but a body's name: "BA said",
    // "Unite warned", "Reform said".
    // ("Report says …" heads a story about a report.)
    const speaker = (t.text === t.text.toUpperCase() || (isOnlyVerb(t.norm) && tokens[i + 1]?.norm !== 'says')) && !titleCase && speaksNext(tokens, i + 1);
    if (isCommonOrCompound(t.norm) && !isRoleWord(t.norm) && !HONORIFICS.has(t.norm) && !isFirstName(t.norm) && !forename && !eventLead && !givenToo && !will && !body && !speaker) return false;
    // A sentence adverb the lexicon lacks opens no name either: "Afterwards Martel said", "Tellingly Smith …".
    if (initial.has(i) && /(?:wards|ly)$/.test(t.norm) && isDictionaryWord(t.norm) && !isFirstName(t.norm) && !isLastName(t.norm) && !tagsOf(t.norm).length) return false;
  }
  return true;
}

/** Splits a run of capitalised tokens into honorific, title and name, and classifies the name. */
function classifyRun(para: Paragraph, tokens: Token[], from: number, to: number, sentenceInitial: boolean): NameChunk[] {
  let k = from;
  let honorific: Token | null = null;
  const title: Token[] = [];
  // A plural title before names joined by "and": "Presidents Zelenskyy and Biden", "Senators Warren and Sanders".
  // Alone ("the Presidents") it names no one; nor does it before one name with no list after ("Earls Colne" is a village).
  const listed = (j: number) => /^(?:and|&)$/.test(tokens[j]?.norm ?? '') || (tokens[j]?.text === ',' && !!tokens[j + 1]?.cap && /^(?:and|&|,)$/.test(tokens[j + 2]?.norm ?? ''));
  if (isPluralRole(tokens[k].norm) && (to - k === 1 || (!isCommonWord(tokens[k + 1].norm) && listed(to)))) {
    if (to - k === 1) return [];
    title.push(tokens[k]);
    k++;
  }
  // A naval rating's class before the name: "Yeoman 3rd Class Shingo Alexander Douglass".
  const rated = tokens[k].norm === 'class' && isOrdinal(tokens[k - 1]?.text ?? '') && to - k >= 2;
  if (rated) title.push(tokens[k++]);
  // A people before a name: "Australians Lesley and Doug McGrath" — the plural nationality is no part of it.
  if (to - k >= 2 && hasTag(tokens[k].norm, 'Demonym') && hasTag(tokens[k].norm, 'Plural') && isFirstName(tokens[k + 1].norm)) k++;
  // Leading title words: "North Korean Leader", "U.S. President", "Afghan Ambassador", "Prime Minister".
  for (let m = k; m < to; m++) {
    const n = tokens[m].norm;
    // …but not before a plural common noun that ends the run: "Stranger Things" is a title, not a stranger.
    // …nor before an organisation's words: "Justice Department", "Defence Ministry".
    // …but a company's name alone after a personal office is a surname: "Premier Ford", "President Ford".
    const surnameLikeFirm = m + 2 === to && PERSONAL_OFFICE.test(n) && hasTag(tokens[m + 1].norm, 'Organization') && !ORG_NOUNS.has(tokens[m + 1].norm) && !/s$/.test(tokens[m + 1].norm);
    // (Not a word for anyone at all, which no one bears as a title: "Man Booker", "Human Rights".)
    // …nor before an event's or an abstract noun's word that ends the run: "a UK General Election".
    const eventAfter = m + 2 === to && (EVENT.test(tokens[m + 1].norm) || ABSTRACT.test(tokens[m + 1].norm)) && !isFirstName(tokens[m + 1].norm) && !isLastName(tokens[m + 1].norm);
    // (…though after a rank or a personal office a word like a plural is a surname: "Superintendent Burns", "Sheriff
    // Masters".)
    const rankedSurname = (PERSONAL_OFFICE.test(n) || RANK.test(n)) && !BODY_PLURAL.test(tokens[m + 1]?.norm ?? '');
    if (isRoleWord(n) && !isFirstName(n) && !ANYONE.test(n) && m + 1 < to && !eventAfter && !(m + 2 === to && (hasTag(tokens[m + 1].norm, 'Plural') || BODY_PLURAL.test(tokens[m + 1].norm)) && !tagsOf(tokens[m + 1].norm).some((x) => /Name|Person/.test(x)) && !rankedSurname) && (surnameLikeFirm || !tokens.slice(m + 1, to).every((w) => isOrgWord(w.norm)))) {
      title.push(...tokens.slice(k, m + 1));
      k = m + 1;
    } else if (!(isPlaceWord(n) || /^[A-Z]{2,4}$/.test(tokens[m].text) || /^[a-z](?:\.[a-z])+$/.test(n) || hasTag(n, 'Demonym', 'Adjective') || isRoleWord(n) || isOrgWord(n) || OFFICE_WORDS.test(n))) {
      // Capitalised words of an office the lexicon does not list, a role word, then a known first name:
      // "Senate Majority Leader Mitch McConnell", "House Minority Whip Steny Hoyer".
      let role = m;
      while (role < Math.min(m + 5, to - 1) && !isRoleWord(tokens[role].norm) && !isFirstName(tokens[role].norm) && !HONORIFICS.has(tokens[role].norm)) role++;
      // Several role words run together: "Prime Minister" — or with a service's word between them: "Deputy Fire
      // Chief", "Assistant Police Commissioner".
      while (role + 1 < to - 1 && isRoleWord(tokens[role].norm)) {
        const next = tokens[role + 1].norm;
        if (isRoleWord(next) && !isFirstName(next)) role++;
        else if (role + 2 < to - 1 && !isFirstName(next) && isRoleWord(tokens[role + 2].norm) && !isFirstName(tokens[role + 2].norm)) role += 2;
        else break;
      }
      // The name after the role: a known first name, or two capitalised words or more ("Keir Starmer").
      // (Or two or three words ending in a known name, though the first is also a common word: "Leo Gerard".)
      const rest = tokens.slice(role + 1, to);
      // (Or up to four words with a known given name among them, ending in no common word: "Burkinabe President Roch
      // Marc Christian Kabore".)
      // (Or, after a role, two words ending in no common word, though the first is one: "Plum Police Chief Frank
      // Monoco", "Scripps CEO Rich Boehne".)
      const afterRole = rest.length === 2 && role > m && !isRoleWord(rest[0].norm) && !isCommonWord(rest[1].norm) && !isRoleWord(rest[1].norm);
      const named = afterRole || isFirstName(tokens[role + 1]?.norm ?? '') || (rest.length >= 2 && rest.every((w) => !isRoleWord(w.norm) && !isCommonWord(w.norm))) || (rest.length >= 2 && rest.length <= 3 && rest.every((w) => !isRoleWord(w.norm)) && (isFirstName(rest[rest.length - 1].norm) || isLastName(rest[rest.length - 1].norm))) || (rest.length >= 2 && rest.length <= 4 && rest.every((w) => !isRoleWord(w.norm)) && rest.some((w) => isFirstName(w.norm)) && !isCommonWord(rest[rest.length - 1].norm));
      if (role === m || role >= to - 1 || !isRoleWord(tokens[role].norm) || !named) break;
      title.push(...tokens.slice(k, role + 1));
      k = role + 1;
      m = role;
    }
  }
  // An honorific after office words: "Undersecretary for Education Mr. Toccafondi" (the run starts at "Education");
  // of several ("Retired Lt. Gen. Michael Flynn") the last is kept, the others join the title.
  // (Or after a body's name ending in its word: "Seal Beach Police Sgt. Steve Bowles".)
  let rank = k;
  while (rank < Math.min(to - 1, k + 4) && !HONORIFICS.has(tokens[rank].norm)) rank++;
  // (…or a service's, past the rank's own first word: "Coast Guard Rear Adm. Matthew Bell", "Air Force Staff Sgt.".)
  let body = rank - 1;
  while (body > k && /^(?:rear|vice|staff|master|chief|first|deputy)$/.test(tokens[body].norm)) body--;
  const bodyRank = rank > k && rank < to - 1 && HONORIFICS.has(tokens[rank].norm) && (isOrgWord(tokens[body].norm) || /^(?:guard|force)$/.test(tokens[body].norm)) && tokens.slice(k, rank).every((x) => !isFirstName(x.norm));
  // (A clear form of address deeper in a long run of office words: "Environmental Services Portfolio Holder Cllr Ron
  // Williams".)
  // (A councillor's, after the ward's name: "Current River Coun. Andrew Foulds".)
  const addressAt = (from: number, re: RegExp) => {
    const i = tokens.slice(from, to - 1).findIndex((x) => re.test(x.norm.replace(/\.$/, '')));
    return i >= 0 ? from + i : -1;
  };
  const councillor = addressAt(k + 1, /^(?:cllr|coun)$/);
  const deep = councillor >= 0 ? councillor : addressAt(k + 4, /^(?:mr|mrs|ms|miss|cllr|dr)$/);
  if (deep >= 0 && tokens[deep + 1].cap) {
    title.push(...tokens.slice(k, deep));
    honorific = tokens[deep];
    k = deep + 1;
  }
  for (let h = k; h + 1 < to && h < k + 4 && !honorific; h++) {
    // ("DR Congo": the Democratic Republic's initials, in capitals before a word that is not.)
    if (HONORIFICS.has(tokens[h].norm) && tokens[h + 1].cap && !(tokens[h].text === 'DR' && !/^\p{Lu}+$/u.test(tokens[h + 1].text))) {
      while (h + 2 < to && HONORIFICS.has(tokens[h + 1].norm) && tokens[h + 2].cap) h++;
      title.push(...tokens.slice(k, h));
      honorific = tokens[h];
      k = h + 1;
      break;
    }
    // Office, role and place words may come first, or one other word that is not a name: "Democratic Sen.
    // Claire McCaskill", "Former Rep. Barney Frank".
    // ("Democratic U.S. Rep. Nancy Pelosi": a party and a country's initials too.)
    const office = bodyRank || OFFICE_WORDS.test(tokens[h].norm) || isRoleWord(tokens[h].norm) || isPlaceWord(tokens[h].norm) || /^[a-z](?:\.[a-z])+$/.test(tokens[h].norm) || /^(?:democratic|republican|labour|conservative|liberal|independent)$/.test(tokens[h].norm);
    if (!office && !(h === k && !isFirstName(tokens[h].norm) && !isLastName(tokens[h].norm) && HONORIFICS.has(tokens[h + 1].norm))) break;
  }
  // A portfolio after "Minister for" or "Secretary of" opens the run, and a name the lexicon does not know follows it:
  // "Minister for Transport Darragh O’Brien".
  const portfolio = k === from && /^(?:for|of)$/.test(tokens[from - 1]?.norm ?? '') && !!tokens[from - 2]?.word && isRoleWord(tokens[from - 2].norm);
  if (portfolio && to - k >= 3 && OFFICE_WORDS.test(tokens[k].norm)) {
    title.push(tokens[k]);
    k++;
  } else if (portfolio && to - k >= 4) {
    // (…or a portfolio of several words, then a known given name and a surname closing the run: "Assistant Director for
    // Integrated Passenger Transport Richard Owens said".)
    const given = to - 2;
    if (isFirstName(tokens[given].norm) && !isCommonWord(tokens[to - 1].norm) && tokens.slice(k, given).every((x) => !isFirstName(x.norm) && !isLastName(x.norm))) {
      title.push(...tokens.slice(k, given));
      k = given;
    }
  }
  // A description run into a name: "Scientologist Tom Cruise", "Democrat Hillary Clinton" — one or two words
  // that are not names themselves, before a known first name.
  // Not right after an office, where the name starts: "FO spokesperson Mumtaz Zehra Baloch"; nor a storm's or an
  // operation's first word, which names it with the first name: "Storm Bert", "Hurricane Katrina".
  const afterOffice = rated || (title.length > 0 ? isRoleWord(title[title.length - 1].norm) : k === from && from > 0 && tokens[from - 1].word && isRoleWord(tokens[from - 1].norm));
  for (let m = k + 1; m <= k + 2 && m + 1 < to && !afterOffice; m++) {
    const lead = tokens.slice(k, m).map((t) => t.norm);
    // (Not before a particle that a given name may also be: "Shireen Abu Akleh" is one name — unless a country or city
    // leads, which no name runs on from: "of Creative Scotland Ben Thomson".)
    // (Nor a place's first word, which binds to the next: "San Jose State", "Port Elizabeth".)
    if (isFirstName(tokens[m].norm) && (!PARTICLES.has(tokens[m].norm) || lead.some((n) => hasTag(n, 'Country', 'City'))) && lead.every((n) => !isFirstName(n) && !isLastName(n) && !HONORIFICS.has(n) && !EVENT_LEAD.test(n)) && !(lead.length === 1 && isPlaceLead(lead[0]))) {
      title.push(...tokens.slice(k, m));
      k = m;
      break;
    }
  }
  // A place or organisation run into a name: "the United States Hamdullah Mohib", "Refugee Council Enver Solomon".
  let lead = leadingMultiword(tokens, k, to);
  if (lead === k) lead = nameAfterPlaceOrOrg(tokens, k, to);
  if (lead > k && to - lead >= 2) {
    const out = classifyRun(para, tokens, k, lead, sentenceInitial);
    return [...out, ...classifyRun(para, tokens, lead, to, false)];
  }
  // One name after an organisation's or office's words: "Security Affairs Wiranto", "North Press Agency Erdogan
  // said". After an office ("Minister for Legal Affairs Wiranto") it is its holder.
  const named = nameAfterOrgWords(tokens, k, to);
  if (named > k) {
    const out = classifyRun(para, tokens, k, named, sentenceInitial);
    const name = classifyRun(para, tokens, named, to, false);
    if (officeBefore(tokens, k)) for (const c of name) set(c, 'person', 2);
    return [...out, ...name];
  }
  // "Secretary of State Condoleezza Rice", "Minister of Health Ayesha Verrall": right after an office's "of", one word
  // names the department and the two after it its holder.
  if (to - k === 3 && k > 0 && tokens[k - 1].norm === 'of' && tokens[k - 2]?.cap && HOLDS_DEPARTMENT.test(tokens[k - 2].norm) && tokens.slice(k, to).every((x) => x.word && x.cap) && readsAsName(tokens.slice(k + 1, to))) {
    const dept = classifyRun(para, tokens, k, k + 1, sentenceInitial);
    const holder = classifyRun(para, tokens, k + 1, to, false);
    for (const c of holder) set(c, 'person', 2);
    return [...dept, ...holder];
  }
  if (k >= to) {
    // Only a title ("the President"), or a lone capitalised word that is a title: not a name.
    return [];
  }
  // "the Palaszczuk Government": the leader's surname is the name; the capitalised word after it is no part of it.
  // (Not the end of a longer name: "the Food and Drug Administration".)
  const joined = k > 0 && ((tokens[k - 1].cap && !STOP_CAPS.has(tokens[k - 1].norm)) || /^(?:and|of|&)$/.test(tokens[k - 1].norm));
  if (to - k === 2 && !honorific && !title.length && !joined && /^(?:Government|Administration)$/.test(tokens[k + 1].text) && leadsGovernment(tokens[k])) to = k + 1;
  const words = tokens.slice(k, to);
  // A form of address, an honorific and an office: "Mr President", "Madam Speaker".
  // (But after "Mr", "Mrs", "Ms", "Miss" or a councillor's "Cllr", "Coun", "Cr" a role word that no one is addressed by
  // is a surname: "Mr Monk was cleared", "Mrs Baker", "Cllr Count believes", "Coun King added"; and after "Dr" too when
  // its bearer speaks: "“…,” Dr Major said".)
  const addressed = /^(?:president|speaker|chairman|chairwoman|chair|secretary|minister|ambassador|governor|mayor|premier|chancellor|commissioner|senator|congressman|congresswoman|chief|director|officer)$/.test(words[0]?.norm ?? '');
  if (honorific && words.length === 1 && isRoleWord(words[0].norm) && (addressed || !(/^(?:mrs?|ms|miss|cllr|coun|cr)$/.test(honorific.norm.replace(/\.$/, '')) || (CUE_VERBS.has(tokens[to]?.norm ?? '') && honorific.norm === 'dr')))) return [];
  // An office alone, its words no one's names: "The Information Minister explained", "Foreign Affairs Minister".
  const office = words.length >= 2 && words.length <= 4 && isRoleWord(words[words.length - 1].norm) && words.every((w) => !isFirstName(w.norm) && !isLastName(w.norm));
  if (!honorific && office && !tradeSurname(tokens, words, to)) return [];
  // A title, one word and "of", after "the": "the Deputy Registrar of the Court", "the Chief Whip of the party" —
  // an office named, not a person.
  if (!honorific && title.length && words.length === 1 && tokens[from - 1]?.norm === 'the' && tokens[to]?.norm === 'of') return [];
  // Only title words left ("Prime Minister’s Questions" cut at the possessive): no name here — unless one role word
  // after a personal office speaks, a surname: "Judge King said".
  // (Not the second word of an office: "Secretary General said", "President Minister".)
  const surname = title.length > 0 && words.length === 1 && PERSONAL_OFFICE.test(title[title.length - 1].norm) && !OFFICE_SECOND.test(words[0].norm) && speaksNext(tokens, to);
  if (!honorific && !surname && words.every((w) => isRoleWord(w.norm) && !isFirstName(w.norm)) && (title.length || words.length > 1 || !isLastName(words[0].norm))) return [];
  const chunk: NameChunk = {
    start: (honorific ?? words[0]).start,
    end: nameEnd(words[words.length - 1]),
    paragraph: para.index,
    first: k,
    last: to,
    words,
    honorific,
    title,
    kind: 'other',
    evidence: 0,
    sentenceInitial: sentenceInitial && title.length === 0 && !honorific,
    thingLike: false,
  };
  classify(chunk, tokens);
  // "a Vauxhall Astra", "an Anabolic Steroid finding", "a Class B felony": a name read as someone's after a lower-case
  // "a" is a thing or a kind (but "finding a Rahul Gandhi in every …", a given name and a surname, still names him).
  const article = tokens[k - 1];
  if (chunk.kind === 'person' && !honorific && !title.length && article?.word && /^(?:a|an)$/.test(article.text) && !(words.length >= 2 && isFirstName(words[0].norm) && !isPlaceWord(words[0].norm))) set(chunk, 'other', 1);
  return [chunk];
}

/** The plural of a title: "presidents", "senators", "ministers" (not "governors-general", nor "Childs", which is no
 *  word's plural but a surname). */
function isPluralRole(norm: string): boolean {
  return /[^s]s$/.test(norm) && isRoleWord(norm.slice(0, -1)) && !isFirstName(norm) && !isLastName(norm) && isDictionaryWord(norm);
}

/** The index of the token before a name, its title and honorific included ("said" in "said Prime Minister Mr X");
 *  -1 when the name opens its paragraph. */
export function indexBefore(c: NameChunk): number {
  return c.first - 1 - (c.honorific ? 1 : 0) - c.title.length;
}

/** The end of a name, without its possessive ending: "Putin" in "Putin’s". */
export function nameEnd(t: Token): number {
  return t.possessive ? t.end - (/s['’]$/i.test(t.text) && !/['’]s$/i.test(t.text) ? 1 : 2) : t.end;
}

/** "Texas Arlington Amneh Jafari", "Refugee Council Enver Solomon": where a person's name starts after place or
 *  organisation words, when the rest is two or more words that look like a name. */
function nameAfterPlaceOrOrg(tokens: Token[], from: number, to: number): number {
  let i = from;
  // A language or nationality the lexicon does not list opens it too: "head of Spanish Dinorah Souto".
  if (DEMONYM_LIKE.test(tokens[i].norm) && !tagsOf(tokens[i].norm).length) i++;
  const placeWord = (k: number) => isPlaceWord(tokens[k].norm) || isOrgWord(tokens[k].norm) || hasTag(tokens[k].norm, 'Place', 'Country', 'City', 'Organization');
  // An office after a place that opens on a word binding the next ("San Miguel County Sheriff Bill Masters"): the name
  // starts at the office, which is its holder's title.
  if (to - i >= 5 && isPlaceLead(tokens[i].norm)) {
    let j = i + 2;
    while (j < to && !isRoleWord(tokens[j].norm) && (placeWord(j) || PLACE_HEAD.test(tokens[j].norm))) j++;
    if (to - j >= 3 && tokens[j].cap && isRoleWord(tokens[j].norm) && (isFirstName(tokens[j + 1].norm) || isForenameToo(tokens[j + 1].norm))) return j;
  }
  while (i < to && placeWord(i)) i++;
  if (i === from || to - i < 2) return from;
  // (A place's first word alone binds to the next: "San Jose State", "Port Talbot Town", not "Jose State".)
  if (i === from + 1 && isPlaceLead(tokens[from].norm)) return from;
  const rest = tokens.slice(i, to).map((t) => t.norm);
  // …or a known surname first, as a family name leads ("Office Chan Chun Sing", where "sing" is also a verb).
  const looksLikeName = isFirstName(rest[0]) || rest.every((n) => !tagsOf(n).length || isFirstName(n) || isLastName(n)) || (isLastName(rest[0]) && !isPlaceWord(rest[0]) && rest.every((n) => !isOrgWord(n) && !isPlaceWord(n) && !isCommonWord(n) || hasTag(n, 'Infinitive')));
  return looksLikeName ? i : from;
}

/** Where a name of one to three words starts at the end of tokens[from..to), after two or more organisation words
 *  ending in an organisation's head ("Security Affairs", "North Press Agency"), or -1. The name's words are names or
 *  words the lexicon does not know, shaped like a name and not like common nouns. */
function nameAfterOrgWords(tokens: Token[], from: number, to: number): number {
  for (let start = to - 1; start >= to - 3 && start - 1 > from; start--) {
    const name = tokens[start];
    // (Hyphenated too: "Mainland Affairs Council Chiu Tai-san".)
    if (!/^\p{Lu}(?:\p{Ll}{2,}|\p{Ll}+(?:-\p{L}\p{Ll}+)+)(?:['’]s)?$/u.test(name.text) || (tagsOf(name.norm).length && !isLastName(name.norm) && !isFirstName(name.norm)) || isPlaceWord(name.norm) || isOrgWord(name.norm)) return -1;
    if (ABSTRACT.test(name.norm) || /(?:al|ure|ery|ory|ary|ive|ing|ist|ism)$/.test(name.norm)) return -1;
    const head = tokens[start - 1].norm;
    // (A station's name goes on after "Radio": "BBC Radio Kent", "Radio Clyde".)
    if (/^(?:radio|tv|television)$/.test(head)) return -1;
    if (ORG_HEAD.test(head) || (isOrgWord(head) && !hasTag(head, 'Organization', 'SportsTeam'))) return start;
  }
  return -1;
}

/** An office in the words before a run: a role word, then "for" or "of" ("Coordinating Minister for Political,
 *  Legal and Security Affairs"), over capitalised words, commas, "and", "the". */
function officeBefore(tokens: Token[], from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 16; j--) {
    const t = tokens[j];
    if (t.word && isRoleWord(t.norm) && t.cap && /^(?:for|of)$/.test(tokens[j + 1]?.norm ?? '')) return true;
    if (!(t.text === ',' || (t.word && (t.cap || /^(?:and|of|for|the)$/.test(t.norm))))) return false;
  }
  return false;
}

/** Index after a known multi-word place or organisation at the front of tokens[from..to). */
function leadingMultiword(tokens: Token[], from: number, to: number): number {
  for (let n = Math.min(4, to - from - 1); n >= 2; n--) {
    const key = tokens.slice(from, from + n).map((t) => t.norm).join(' ');
    const tags = tagsOf(key);
    if (tags.some((x) => /Place|Country|City|Region|Organization/.test(x))) return from + n;
  }
  return from;
}

const BODY_AFTER = /^(?:party|parties|government|governments|benches|bloc|camp|coalition|alliance|ministry|authorities)$/;

function classify(c: NameChunk, tokens: Token[]): void {
  const norms = c.words.map((w) => w.norm);
  const before = tokens[c.first - 1 - (c.honorific ? 1 : 0)];
  const prevWord = before && before.word ? before.norm : '';
  // An age in commas or brackets after the name, ", 52," or " (29)" — not a count in a tally, "Davao, 4,658;", where
  // the comma separates thousands.
  const agedAfter = () => {
    const age = tokens[c.last + 1];
    const thousands = tokens[c.last + 2]?.text === ',' && tokens[c.last + 2].start === age?.end && /^\d{3}$/.test(tokens[c.last + 3]?.text ?? '') && tokens[c.last + 3].start === tokens[c.last + 2].end;
    return /^[,(]$/.test(tokens[c.last]?.text ?? '') && !!age && /^\d{1,2}$/.test(age.text) && /^[,)]$/.test(tokens[c.last + 2]?.text ?? '') && !thousands;
  };
  // A name that keeps its "’s" (read so before a verb of saying: "McDonald’s said") is a firm's; no one's name ends so.
  if (!c.honorific && !c.title.length && /['’]s$/i.test(c.words[c.words.length - 1].text) && !c.words[c.words.length - 1].possessive) return set(c, 'organisation', 1);
  // "Adelaide Writers' Week", "the Farmers' Market": a possessive mark after a plural of people inside a capitalised name
  // makes it one event's or body's, no one's (but "Harry Styles' Wembley gigs" are his).
  const ownerWord = c.words[c.words.length - 1];
  const pluralOwner = /^['’]$/.test(tokens[c.last]?.text ?? '') && tokens[c.last].start === ownerWord.end && hasTag(ownerWord.norm, 'Plural') && (hasTag(ownerWord.norm, 'Actor') || isRoleWord(ownerWord.norm.replace(/s$/, ''))) && !isLastName(ownerWord.norm);
  if (!c.honorific && pluralOwner && !!tokens[c.last + 1]?.word && tokens[c.last + 1].cap) return set(c, 'other', 1);
  // "NZ Police", "UK Sport", "NZ Cops Head for Australia": a country's letters open a body's name or a headline's
  // words, no one's.
  if (norms.length >= 2 && !c.honorific && /^(?:NZ|UK|US|USA|EU|UN|UAE|GB)$/.test(c.words[0].text)) return set(c, 'organisation', 1);
  // "the freshly built Tom Griffin Park", "the newly reopened Jubilee Pool": what was built or done up is a place, though
  // its name is a person's.
  if (!c.honorific && !c.title.length && norms.length >= 2 && BUILT.test(prevWord) && /^(?:the|a|newly|freshly|recently|long-awaited)$/.test(tokens[c.first - 2]?.norm ?? '')) return set(c, 'place', 1);
  // "U-turn", "X-ray", "T-shirt": a capital letter and a hyphen open a word of the language, no one's name.
  if (c.words.some((w) => /^\p{Lu}-\p{Ll}+$/u.test(w.text))) return set(c, 'other', 1);
  // "the Clock Tower Christmas lights", "Father Christmas", "Mr Christmas": a feast is in no one's name — but a
  // surname after a given name may be spelled like one ("illustrator Johnnie Christmas").
  if (norms.some(isHoliday) && !(norms.length >= 2 && isFirstName(norms[0]) && !isHoliday(norms[0]))) return set(c, 'other', 1);
  const lastNorm = norms[norms.length - 1];
  // "Sir William Romney's Leisure Centre", "Dr Challoner's Grammar School": a name owning a body's capitalised name
  // is the body's, named for the person (not "Ardern's Labour Party", a person's party).
  if (c.words[c.words.length - 1].possessive) {
    let k = c.last;
    while (k < c.last + 3 && tokens[k]?.word && tokens[k].cap) k++;
    if (k > c.last && /^(?:school|college|academy|hospital|centre|center|foundation|limited|ltd|almshouses)$/.test(tokens[k - 1].norm)) return set(c, 'organisation', 1);
    // (…and a county: "Prince George's County Public Schools", "Queen Anne's County" — not "Mr Smith's County Durham
    // home", a county named before a place.)
    if (tokens[c.last]?.norm === 'county' && tokens[c.last].cap && !(tokens[c.last + 1]?.cap && isPlaceWord(tokens[c.last + 1].norm))) return set(c, 'place', 1);
  }
  // "Driver A had been arrested": a letter alone stands for someone the copy does not name; before a common word it
  // names a kind ("the D Class lifeboat"; "J Smith" is someone).
  if (/^\p{Lu}$/u.test(c.words[0].text) && (c.words.length === 1 || (c.words.length === 2 && isDictionaryWord(norms[1]) && !isLastName(norms[1]) && !isFirstName(norms[1])))) return set(c, 'other', 1);
  // "Cabbies Won't Budge": a contraction is no part of a name.
  if (c.words.some((w) => /n['’]t$/i.test(w.text))) return set(c, 'other', 1);
  // "the Licensing Sub-Committee", "Madgwicks Lawyers": a body's word after a hyphen, or a firm's trade in the plural,
  // closes a body's name.
  // (A prefix before the hyphen, not a surname: "Loretta Newman-Ford" is someone.)
  const [prefix, ...rest] = lastNorm.split('-');
  if (norms.length >= 2 && !c.honorific && ((rest.length === 1 && isDictionaryWord(prefix) && !isLastName(prefix) && isOrgWord(rest[0])) || (FIRM_TRADES.test(lastNorm) && !isFirstName(norms[0])))) return set(c, 'organisation', 1);
  // "Resident Medical Officers", "Junior Doctors": a plural of a role word closes a grade's name, no one's.
  // (Only after words of the language, never a given name: "Shari Childs"; nor letters: "Tory MPs", a party's members.
  // A given name that is a word too is the word: "Foster Carers", "Faith Leaders" — unless a role set off in commas
  // after it says who it is: "Rob Cousins, FOPM chairman, has …".)
  if (!c.honorific && norms.length >= 2 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(c.words[c.words.length - 1].text) && isRoleWord(lastNorm.slice(0, -1)) && !isLastName(lastNorm) && norms.slice(0, -1).every((n) => isDictionaryWord(n) && (!isFirstName(n) || isForenameToo(n))) && !roleInCommas(tokens, c.last)) return set(c, 'other', 1);
  // "Yeoman 3rd Class", "Fire Controlman 2nd Class": a naval rating, no one.
  if (isOrdinal(tokens[c.last]?.text ?? '') && tokens[c.last + 1]?.norm === 'class') return set(c, 'other', 1);
  // "Sen. Lamar Alexander, R-Tennessee, …": a party and a state, no one.
  // "Gardaí said", "13,998 Gardaí in the service": a word for a group of people, capitalised, names no one.
  if (c.words.length === 1 && !c.honorific && !c.sentenceInitial && GROUPS.has(norms[0]) && !isLastName(norms[0]) && !isFirstName(norms[0])) return set(c, 'other', 2);
  // (…and one whose place is more than a word: "D-Las Vegas", "D-North Las Vegas".)
  if (isPartyCode(c.words[0].text)) return set(c, 'other', 2);
  // "the Sri Lankan family": the island's people, though "Sri" is a form of address too.
  if (norms.length === 2 && norms[0] === 'sri' && /^lankans?$/.test(norms[1])) return set(c, 'other', 2);
  // "Coventry Conservative councillors": a party's local branch, named by its place.
  if (norms.length === 2 && !c.honorific && !c.title.length && isPlaceWord(norms[0]) && !isFirstName(norms[0]) && /^(?:conservatives?|labour|tory|tories|liberals?|greens?|democrats?|republicans?)$/.test(norms[1])) return set(c, 'organisation', 2);
  // "from Maine to Virginia": the end of a range between places is a place; so is where someone named is from ("Ron
  // from Houston's going a little further out").
  if (c.words.length === 1 && !c.honorific && !c.title.length && prevWord === 'to' && tokens[c.first - 3]?.norm === 'from' && tokens[c.first - 2]?.cap) return set(c, 'place', 2);
  if (c.words.length === 1 && !c.honorific && !c.title.length && prevWord === 'from' && tokens[c.first - 2]?.word && tokens[c.first - 2].cap && !isDictionaryWord(tokens[c.first - 2].norm) && !isFirstName(norms[0])) return set(c, 'place', 1);
  // "of nearby Stapleford", "neighbouring Powys": what lies near is a place.
  if (!c.honorific && !c.title.length && !before?.cap && NEARBY.test(prevWord)) return set(c, 'place', 1);
  // "the Charlotte Observer", "The Evelyn Herald": a masthead after "the", whatever given name it opens with.
  if (norms.length >= 2 && !c.honorific && !c.title.length && prevWord === 'the' && MASTHEAD.test(norms[norms.length - 1])) return set(c, 'organisation', 2);
  // "Beneath British Waters", "Beyond Meat", "Against Malaria Foundation": no one's name opens with a preposition; a
  // group's or a firm's may.
  if (norms.length >= 2 && !c.honorific && !c.title.length && /^(?:beneath|above|under|beyond|within|over|against|without|behind|between|across|among|inside|outside|through|towards|upon)$/.test(norms[0])) return set(c, 'organisation', 2);
  // "MV Grand Manan", "HMS Victory", "USS Nimitz": a ship, no one.
  if (norms.length >= 2 && SHIP_PREFIX.test(c.words[0].text)) return set(c, 'other', 2);
  // "Op Sceptre", "Operation Yewtree": a police operation, no one.
  if (norms.length >= 2 && /^(?:op|operation)$/.test(norms[0])) return set(c, 'other', 2);
  // "Dr Michael Frain Ltd", "J Smith Incorporated": a company registered under someone's name, whatever title opens it.
  if (norms.length >= 2 && /^(?:ltd|limited|plc|llp|llc|inc|incorporated)\.?$/.test(norms[norms.length - 1])) return set(c, 'organisation', 2);
  // "Ofwat", "Ofgem", "Ofsted", "Ofcom": a regulator by its "Of-" (not a word of the language: "Often", "Offshore").
  if (c.words.length === 1 && /^Of[b-df-hj-np-tv-z][a-z]{2,}$/.test(c.words[0].text) && !isDictionaryWord(norms[0])) return set(c, 'organisation', 2);
  // "Balochistan", "Waziristan", "Kurdistan": a land by its ending.
  if (c.words.length === 1 && /^\p{Lu}\p{Ll}{3,}stan$/u.test(c.words[0].text)) return set(c, 'place', 1);
  // …and its people by the land's name less its ending: "Kyrgyz" of Kyrgyzstan, "Uzbek", "Afghan".
  if (c.words.length === 1 && (hasTag(norms[0] + 'stan', 'Country') || hasTag(norms[0] + 'istan', 'Country'))) return set(c, 'other', 2);
  // "The principal Opposition party", "the Labour government": a word read with a body's noun after it, not someone (a
  // name the lexicon knows stays one: "the Trump administration"); the speaker is the whole phrase ("Labour party").
  const body = tokens[c.last];
  if (c.words.length === 1 && !c.honorific && body?.word && !body.cap && BODY_AFTER.test(body.norm) && isDictionaryWord(norms[0]) && !isFirstName(norms[0]) && !isLastName(norms[0])) return set(c, 'other', 1);
  // "Roman Catholic", "Torres Strait Islander": a faith or a people named in capitals, no one.
  // (Not a person whose surname is one, "Tony Christian said" — unless a noun follows, "a Roman Catholic priest", or
  // it is what something is: "the school is Roman Catholic".)
  // (A word the lexicon knows only by its ending is a noun too: "Roman Catholic churches".)
  const nounAfter = () => !!body?.word && !body.cap && (hasTag(body.norm, 'Noun') || (!tagsOf(body.norm).length && isDictionaryWord(body.norm))) && !hasTag(body.norm, 'Verb', 'PastTense', 'PresentTense');
  if (norms.length >= 2 && !c.honorific && !c.title.length && FAITH_OR_PEOPLE.test(norms[norms.length - 1]) && (!isFirstName(norms[0]) || nounAfter() || /^(?:is|was|are|were|be|been|a|an|the)$/.test(prevWord))) return set(c, 'other', 2);
  // "UC Irvine", "UC San Diego": a campus of the University of California.
  if (norms.length >= 2 && c.words[0].text === 'UC') return set(c, 'organisation', 2);
  // "the Anderson family", "the Harris family's home": a household by its surname, not one of its people.
  if (c.words.length === 1 && !c.honorific && !c.title.length && prevWord === 'the' && body?.word && /^famil(?:y|ies)(?:['’]s?)?$/.test(body.norm)) return set(c, 'other', 2);
  // "Bognor Regis resident Julia Macfarlane", "Sheffield residents": a name before the word for who lives there is the
  // place (not a name with a title or a given name: "Mr Hale's residents"); so is one before its police, its buses or
  // its commuters ("Hamilton police confirmed", "violence on Sydney buses").
  if (!c.honorific && !c.title.length && !isFirstName(norms[0]) && !c.words[c.words.length - 1].possessive && body?.word && !body.cap && /^(?:residents?|villagers?|householders?|homeowners?|police|buses|trains|trams|commuters|motorists|firefighters)$/.test(body.norm)) return set(c, 'place', 2);
  // Letters after a name, which end it (see findNameChunks), are no one and nothing: "Gavin Millar QC, who …".
  if (c.words.length === 1 && !c.honorific && !c.title.length && isPostNominal(c.words[0].text) && !!before?.word && before.cap) return set(c, 'other', 2);
  // "Galway RNLI", "Penlee RNLI": a body's initials after a place (or a word no given name) are its local branch; no
  // one's name ends in an acronym but letters after it, which end the name before (see findNameChunks).
  const initials = c.words[c.words.length - 1].text.replace(/['’]s$/, '');
  if (norms.length >= 2 && !c.honorific && !c.title.length && /^[A-Z]{2,5}$/.test(initials) && !isPostNominal(initials) && !isLastName(initials.toLowerCase()) && !isFirstName(norms[0]) && !/^\p{Lu}+$/u.test(c.words[0].text)) return set(c, 'organisation', 1);
  // (A plural of an organisation's word too: "Total Life Christian Ministries", "Acme Industries".)
  // (And "Welfare Associations", "Trade Unions": plurals in -ions, which no surname takes.)
  // (And "Resistance Committees", "Community Councils": a body's plural head closing the name.)
  const hasOrg = norms.some((n) => isOrgWord(n) || (/ies$/.test(n) && isOrgWord(singularOf(n)!)) || (/ions$/.test(n) && isOrgWord(n.slice(0, -1)))) || (norms.length > 1 && tagsOf(norms.join(' ')).includes('Organization')) || (norms.length > 1 && BODY_PLURAL.test(norms[norms.length - 1]));
  const acronym = c.words.length === 1 && /^[A-Z]{2,6}$/.test(c.words[0].text.replace(/['’]s$/, ''));
  // A broadcaster's call sign: "WKMG-TV reports", "KQED-FM".
  if (c.words.some((w) => /^\p{Lu}{3,5}-(?:TV|FM|AM|DT)$/u.test(w.text.replace(/['’]s$/, '')))) return set(c, 'organisation', 2);
  const placeAll = norms.every((n) => isPlaceWord(n) || hasTag(n, 'Place')) || tagsOf(norms.join(' ')).some((x) => /Place|Country|City|Region/.test(x));
  const firstKnown = isFirstName(norms[0]) && !isPlaceWord(norms[0]);
  const lastKnown = isLastName(norms[norms.length - 1]);
  const allUnknownOrNames = norms.every((n) => !tagsOf(n).length || isFirstName(n) || isLastName(n) || hasTag(n, 'Person'));
  // (Not a rank in lower case, which is an adjective: "the first major Hamas rocket barrage".)
  const roleBefore = (isRoleWord(prevWord) && !(before && isAdjectiveRank(before))) || c.title.length > 0;
  // "Mylo's father Neil", "Joyce's daughter": whoever has a father or a daughter is someone (a given name no lexicon
  // knows too). ("Partner" is a firm's as well: "Google's partner Samsung".)
  const kinOwner = c.words[c.words.length - 1].possessive && !!tokens[c.last]?.word && !tokens[c.last].cap && KIN.test(tokens[c.last].norm) && tokens[c.last].norm !== 'partner';
  if (kinOwner && !c.title.length && norms.length <= 2 && !hasOrg && !isPlaceWord(norms[0])) return set(c, 'person', 1);
  // "Corrections Victoria says", "Parks Canada": a plural of a common noun opens no one's name (a given name the
  // lexicon knows may look like one: "Brooks Koepka"; an adverb in -wards is no plural: "Afterwards Martel said").
  // (Nor before a surname the lexicon knows as one: "Miles Davis".)
  const pluralLead = norms.length >= 2 && isCommonPlural(norms[0]) && isDictionaryWord(norms[0]) && !/wards$/.test(norms[0]) && !isFirstName(norms[0]) && !isLastName(norms[0]) && !hasTag(norms[0], 'Person') && !(norms.length === 2 && hasTag(norms[1], 'LastName'));
  if (pluralLead && !c.title.length && !c.honorific) return set(c, 'organisation', 1);

  // Product names and abbreviations end in capitals ("Windows XP"); concepts end in abstract nouns ("Iodine
  // Deficiency Disorders"). People's names rarely do either (a given name before one makes it a surname: "Amanda
  // Harkness").
  const notAName = c.words.some((w, i) => (i > 0 && /^[A-Z]{2,}$/.test(w.text)) || (c.words.length > 1 && /^[A-Z]{3,}$/.test(w.text))) || (norms.length > 1 && norms[norms.length - 1].length > 6 && ABSTRACT.test(norms[norms.length - 1]) && !isLastName(norms[norms.length - 1]) && !(norms.length === 2 && isFirstName(norms[0]) && !isCommonWord(norms[1]))) || (norms.length === 2 && norms[0].length > 6 && ABSTRACT_LEAD.test(norms[0]) && !isLastName(norms[0]) && !isFirstName(norms[0])) || /(?:ists|ians|ites|crats|icans|landers)$/.test(norms[norms.length - 1]);
  // A capitalised word right after a possessive is the thing possessed: "Prime Minister’s Questions".
  const possessed = !!before && before.possessive && norms.length === 1;
  // …and after a plural's, the rest of a body's name: "the Holyoke Soldiers’ Home", "the Women’s Hospital".
  // (A plural's mark is a token of its own.)
  const owner = tokens[c.first - 2];
  const pluralOwned = !!before && /^['’]$/.test(before.text) && !!owner?.word && owner.cap && owner.end === before.start && isCommonPlural(owner.norm);
  if (norms.length === 1 && !c.honorific && !c.title.length && (pluralOwned || (possessed && /^(?:(?:wo)?men|children|people)$/.test(before.norm) && before.cap)) && isDictionaryWord(norms[0]) && !isFirstName(norms[0])) return set(c, 'organisation', 1);
  const after = tokens[c.last];
  // (Not two words or more in title case, no body's word among them, that go on to speak: "Plaid Cymru's Sian
  // Gwenllian called it …" is the party's member; "CHILDREN'S CHARITY BARNARDOS has called" is still the charity.)
  // (Nor a known given name and a surname the lexicon knows, or one set off in commas: "Wakefield's Joanne Roney, who
  // will take a cut".)
  const ownedPerson = norms.length === 2 && firstKnown && (lastKnown || tokens[c.last]?.text === ',') && !isOrgWord(norms[1]) && !isPlaceWord(norms[1]);
  c.thingLike = (!!before && before.possessive && before.cap && !ownedPerson && !(norms.length >= 2 && speaksNext(tokens, c.last) && c.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !isOrgWord(w.norm)))) || (!!after && /^\d/.test(after.text) && after.start - c.end <= 1) || prevWord === 'the';

  // "Deputy Labour leader Angela Rayner": a party's or a body's word after a title, before a lower-case role and a
  // name, says whose role it is; it names no one.
  const roleAfter = !!after?.word && !after.cap && isRoleWord(after.norm) && !!tokens[c.last + 1]?.cap && tokens[c.last + 1].word;
  // (…and between two role words, the first in lower case, any word the lexicon does not take for a name: "chief Brexit
  // negotiator Michel Barnier" — not "President Trump adviser Kellyanne Conway", where a title stands before a name.)
  if (norms.length === 1 && roleAfter && (isCommonWord(norms[0]) || isOrgWord(norms[0]) || (isRoleWord(prevWord) && !before!.cap && !hasTag(norms[0], 'Person'))) && !isLastName(norms[0]) && !isFirstName(norms[0])) return set(c, 'other', 1);
  // "the Anadarko Lady Warriors": "Lady" before a plural is a girls' team, not a peer.
  if (c.honorific?.norm === 'lady' && norms.length === 1 && /[^s]s$/.test(norms[0]) && !isLastName(norms[0])) return set(c, 'other', 1);
  // "St Elphin", "St. Wilfrid": a saint's name before a school, a church or a parish, not someone in the news.
  if (norms.length === 2 && /^(?:st|st\.)$/.test(norms[0])) return set(c, 'place', 1);
  // "Deputy Fatally Shot …", "Cooperation Globally": an adverb in a headline's capitals is no one's name.
  if (c.words.some((w) => ADVERB.test(w.norm) && !isLastName(w.norm) && !isFirstName(w.norm))) return set(c, 'other', 1);
  // "the St. Louis Rams", "in Saint Petersburg": a name after "St." is the rest of a place named for a saint.
  if (/^(?:St\.?|Saint)$/.test(before?.text ?? '') && !c.honorific) return set(c, 'place', 1);
  // "King George hospitals", "the Grace Kelly hospital": named for someone, a building stands for no one.
  // (A person's name, with a title or a given name: "Anglican church" is a denomination's.)
  if (!c.honorific && (c.title.length || isFirstName(norms[0])) && FACILITY_AFTER.test(tokens[c.last]?.text ?? '')) return set(c, 'place', 1);
  // (…and a name no one is known by, before one: "one at Kidane Meheret hospital" is a building.)
  if (!c.honorific && !c.title.length && !norms.some((n) => isFirstName(n) || isLastName(n) || tagsOf(n).length) && FACILITY_AFTER.test(tokens[c.last]?.text ?? '')) return set(c, 'organisation', 1);
  // A part someone plays is no one in the news: "a bravura performance as Christine Baskets", "starred as Dave Moss"
  // (not "the role of Dominic Cummings", which is his). Nor is what someone dies of: "died from Ventricular
  // Tachycardia due to Myotonic Dystrophy".
  const leadAt = indexBefore(c);
  const lead = tokens[leadAt]?.norm ?? '';
  const twoBack = tokens[leadAt - 1]?.norm ?? '';
  // (…and one played, portrayed or voiced: "who played Princess Leia", "for playing Don Draper"; or named in brackets
  // after the actor in a cast list: "Christian Slater (Ricky Roma)".)
  // (Not an opponent: "Nadal played Federer", "Murray playing Djokovic" — the verb after "who" or an auxiliary, the
  // participle after a preposition.)
  const played = ((/^(?:played|portrayed|voiced)$/.test(lead) && /^(?:who|which|had|has|have|also|once|famously|memorably|previously|originally)$/.test(twoBack)) || (/^(?:playing|portraying|voicing)$/.test(lead) && /^(?:for|after|while|by|in|from|since|when)$/.test(twoBack))) && !speaksNext(tokens, c.last);
  // (Not after an office or a body, "The Secretary of National Defense (Carlito Galvez)", "the Defense Secretary (…)":
  // the bracket names its holder.)
  const officeHeld = () => officeBefore(tokens, leadAt) || isRoleWord(tokens[leadAt - 1]?.norm ?? '') || isOrgWord(tokens[leadAt - 1]?.norm ?? '');
  const cast = lead === '(' && tokens[c.last]?.text === ')' && norms.length >= 2 && !!tokens[leadAt - 1]?.cap && !officeHeld();
  const part = (lead === 'as' && /^(?:performance|role|part|turn|starred|stars|starring|appeared|appears|cast|debut)$/.test(twoBack)) || played || cast;
  // (Not one owning the cause: "due to Salman Rushdie's planned visit".)
  const owned = c.words[c.words.length - 1].possessive && !/^(?:disease|syndrome|palsy)$/.test(tokens[c.last]?.norm ?? '');
  const cause = (/^(?:from|of)$/.test(lead) && /^(?:died|dies|dying|suffering|suffered|suffers|complications)$/.test(twoBack)) || (lead === 'to' && twoBack === 'due' && !owned) || (lead === 'with' && twoBack === 'diagnosed');
  if (part || cause) return set(c, 'other', 1);
  // "the official Suna news agency", "the state-run Ahram newspaper": an outlet by the noun after it, whatever role
  // comes before.
  // (A name of two words or more before "radio", "television" or "channel" too: "told France Info radio" — one word
  // may be someone's, in "a Biden television ad".)
  const outletAfter = !!after?.word && !after.cap && (/^(?:agency|newspaper|broadcaster|tabloid|daily|weekly|magazine|website)$/.test(after.norm) || (norms.length >= 2 && /^(?:radio|television|tv|channel|station)$/.test(after.norm)) || (after.norm === 'news' && /^(?:agency|service|channel|network|website|outlet)$/.test(tokens[c.last + 1]?.norm ?? '')));
  if (outletAfter && !c.title.length && !c.honorific && !firstKnown) return set(c, 'organisation', 1);
  // "the Standing Rock Sioux tribe", "Wet'suwet'en clan": a people's name before the word for its community.
  if (!c.title.length && !c.honorific && !!after?.word && !after.cap && /^(?:tribe|tribes|tribal|clan|clans|iwi|hapu|nation|nations|people|peoples)$/.test(after.norm) && !firstKnown) return set(c, 'organisation', 1);
  // "Simon Gratz High School Mastery Charter": a school or a hospital inside a name is the institution's.
  if (norms.length >= 3 && !c.title.length && !c.honorific && norms.slice(1, -1).some((n) => /^(?:school|university|college|hospital|academy)$/.test(n))) return set(c, 'organisation', 1);
  // "Oxford Utd", "Plymouth Argyle", "Tranmere Rovers": a club by the word that closes its name.
  if (norms.length >= 2 && !c.title.length && !c.honorific && TEAM_TAIL.test(norms[norms.length - 1]) && !isFirstName(norms[0])) return set(c, 'organisation', 1);
  // An address after a person, and its town: "Denise Pye, 39, of Oswald Street, Accrington", "Robert Cook (59) of
  // Graham Street" — a street may be named for someone, but after ", of" or an age's bracket it is where someone lives.
  const street = (k: number) => !!tokens[k]?.word && ADDRESS_HEAD.test(tokens[k].norm);
  if (norms.length >= 2 && street(c.last - 1) && prevWord === 'of' && /^[,)]$/.test(tokens[c.first - 2]?.text ?? '')) return set(c, 'place', 1);
  // (After the age itself, any name is where they live: "Keith Riley, 56, of Thornton Cleveleys, Lancashire".)
  const afterAge = prevWord === 'of' && ((tokens[c.first - 2]?.text === ',' && /^\d{1,3}$/.test(tokens[c.first - 3]?.text ?? '') && tokens[c.first - 4]?.text === ',') || (tokens[c.first - 2]?.text === ')' && /^\d{1,3}$/.test(tokens[c.first - 3]?.text ?? '')));
  if (afterAge && !c.title.length && !c.honorific) return set(c, 'place', 1);
  // …and a business between ", of" and such an address: "Farjana Rita, of Bombay Brasserie, Vine Road, Johnston".
  const addressAfter = tokens[c.last]?.text === ',' && [2, 3, 4].some((d) => street(c.last + d) && tokens.slice(c.last + 1, c.last + d + 1).every((x) => x.word && x.cap));
  if (norms.length >= 2 && !street(c.last - 1) && !c.title.length && !c.honorific && prevWord === 'of' && tokens[c.first - 2]?.text === ',' && addressAfter) return set(c, 'organisation', 1);
  // So is a street, a park or a bridge after a preposition of place or "the": "gathered outside the council's HQ on
  // Nicholas Street", "a hit-and-run at Mitchell Park", "drove across the George Washington Bridge".
  const placeHead = street(c.last - 1) || /^(?:park|bridge|square)$/.test(norms[norms.length - 1]);
  if (norms.length >= 2 && placeHead && !c.title.length && !c.honorific && /^(?:on|in|at|along|off|near|down|up|onto|into|outside|opposite|across|the)$/.test(prevWord)) return set(c, 'place', 1);
  // …and the end of a route, by a word only streets end in ("closed from Robin's Hill Road to Evelyn Drive"; not
  // "wrote to Jane Close", a surname too).
  if (norms.length >= 2 && !c.title.length && !c.honorific && /^(?:to|from|via|towards|toward|past|between)$/.test(prevWord) && STREET_ONLY.test(norms[norms.length - 1])) return set(c, 'place', 1);
  // …and the cross street of a corner: "caught the bus on 19th Avenue and Van Buren", "at Main St. and Lincoln".
  const corner = (k: number) => street(k) || STREET_ABBR.test(tokens[k]?.text ?? '') || (tokens[k]?.text === '.' && STREET_ABBR.test(tokens[k - 1]?.text ?? ''));
  if (!c.title.length && !c.honorific && prevWord === 'and' && corner(c.first - 2) && !speaksNext(tokens, c.last)) return set(c, 'place', 1);
  // (The town before a relative clause too: "…, of Wordsworth Road, Colne, who has worked there", "measures in
  // Brownedge Lane, Bamber Bridge, which is …".)
  if (norms.length <= 2 && !c.title.length && !c.honorific && tokens[c.first - 1]?.text === ',' && street(c.first - 2) && tokens.slice(Math.max(0, c.first - 8), c.first - 2).some((x) => x.norm === 'of' || x.norm === 'in') && /^[,.]$/.test(tokens[c.last]?.text ?? '')) return set(c, 'place', 1);
  // "Sabina and I learned …": one named beside the speaker's "I" is someone.
  if (norms.length <= 2 && !c.title.length && tokens[c.last]?.norm === 'and' && /^(?:i|me)$/.test(tokens[c.last + 1]?.norm ?? '') && (firstKnown || !tagsOf(norms[0]).length)) return set(c, 'person', 1);
  // "the president, who is known as Jokowi": the name someone goes by.
  if (norms.length === 1 && !c.title.length && prevWord === 'as' && tokens[c.first - 2]?.norm === 'known' && tokens.slice(Math.max(0, c.first - 6), c.first - 2).some((x) => x.norm === 'who')) return set(c, 'person', 1);
  // "Another resident, who gave his name as Chimezie": the name someone gives.
  if (norms.length <= 2 && !c.title.length && prevWord === 'as' && tokens[c.first - 2]?.norm === 'name' && /^(?:his|her|their|only)$/.test(tokens[c.first - 3]?.norm ?? '')) return set(c, 'person', 1);
  if (c.honorific) return set(c, 'person', 2);
  // A word that is a given name too, then a given name, a surname or a verb of saying: "Cliff Richard won", "Bill
  // Gates said" (see startsName).
  if (norms.length === 2 && !c.title.length && isForenameToo(norms[0]) && !isFirstName(norms[0]) && (isFirstName(norms[1]) || isLastName(norms[1]) || speaksNext(tokens, c.last)) && !isPlaceWord(norms[1]) && !isOrgWord(norms[1])) return set(c, 'person', 1);
  // (…and before a village the lexicon knows, when the two speak or a role follows in commas: "Robin Ashcroft, chair
  // of trustees, said", "Holly Ashcroft said" — a town, a city, a country or a region never speaks so.)
  const villageSurname = norms.length === 2 && hasTag(norms[1], 'Place') && !hasTag(norms[1], 'Country', 'City', 'Region', 'Organization');
  const introduced = speaksNext(tokens, c.last) || (tokens[c.last]?.text === ',' && !!tokens[c.last + 1]?.word && (isRoleWord(tokens[c.last + 1].norm) || OFFICE_WORDS.test(tokens[c.last + 1].norm)));
  if (villageSurname && !c.title.length && isForenameToo(norms[0]) && !isFirstName(norms[0]) && introduced) return set(c, 'person', 1);
  // "the Stone Roses", "the Beach Boys": capitals after "the" closing on the plural of a word of the language name a
  // band or a team, not a person.
  if (prevWord === 'the' && norms.length >= 2 && !c.title.length && isCommonPlural(lastNorm) && !isLastName(lastNorm)) return set(c, 'organisation', 1);
  // "A female Kyar Si villager", "a Pale Township resident": after "a" (and an adjective), before a lower-case role,
  // two words or more that no one bears say where the person is from or whom they work for. (One word may be a
  // surname the lexicon knows as a word: "a Trump spokesman".)
  const article = /^(?:a|an)$/.test(prevWord) || (/^(?:a|an)$/.test(tokens[c.first - 2]?.norm ?? '') && !!before?.word && !before.cap);
  const roleAfterName = !!after?.word && !after.cap && (isRoleWord(after.norm) || GROUPS.has(after.norm));
  // (A given name may open them when a word of the language closes them: "a Roman Catholic bishop".)
  const closingWord = isDictionaryWord(norms[norms.length - 1]) && !isFirstName(norms[norms.length - 1]);
  if (article && roleAfterName && norms.length >= 2 && !c.title.length && !norms.some((n) => isLastName(n)) && (closingWord || !norms.some((n) => isFirstName(n)))) return set(c, 'other', 1);
  // "Cheshire West and Chester Council", "Barking, Havering and Redbridge University Hospitals": places listed before a
  // body's name that they share. (Read as places, which speak for no one: "Andrew Foster, chief executive of
  // Wrightington, Wigan and Leigh NHS trust, said".)
  if (!c.title.length && !firstKnown && sharedBodyAfter(tokens, c.last)) return set(c, 'place', 1);
  // "workers at Baker Hughes", "an Active Northumberland employee", "its VM Motori unit": an employer.
  // (Not one of those words used as a verb, an object after it: "Barbara Feeney and Frank Iltis plant a fruit tree".)
  const objectAfter = /^(?:a|an|the|their|his|her|its|our|some|more)$/.test(tokens[c.last + 1]?.norm ?? '');
  const employer = (/^(?:at|of)$/.test(prevWord) && EMPLOYEES.test(tokens[c.first - 2]?.norm ?? '')) || (!!tokens[c.last]?.word && !tokens[c.last].cap && EMPLOYEE_AFTER.test(tokens[c.last].norm) && !objectAfter);
  if (employer && !c.title.length && !firstKnown) return set(c, 'organisation', 1);
  // "the Turnbull government", "the Trump administration": one word before the government it heads is a leader's
  // surname, unless it is a place, a people or a party ("the Kenya government", "the Labour government").
  // ("The" before it is the government's, not the name's: no thing named like "the Internet Explorer".)
  const joined = /^(?:and|of|&)$/.test(tokens[c.first - 1]?.norm ?? '');
  // So is one before a campaign, a presidency or an era named for its leader ("the Trump campaign", "the Obama era"),
  // unless it is a word of the language ("the Leave campaign").
  const led = /^(?:government|administration)$/.test(tokens[c.last]?.norm ?? '') || (/^(?:campaign|presidency|camp|era)$/.test(tokens[c.last]?.norm ?? '') && !isCommonWord(norms[0]));
  // (Not after a word for the tier of government, which the name then places: "the interim Tigray government".)
  const tier = !!before?.word && !before.cap && /^(?:interim|federal|regional|state|provincial|local|municipal|central|transitional|caretaker|colonial|military|royal)$/.test(prevWord);
  if (norms.length === 1 && !c.title.length && !joined && led && !tier && leadsGovernment(c.words[0])) {
    c.thingLike = false;
    return set(c, 'person', 1);
  }
  // "Sebastian County Sheriff", "Dallas City Manager": an office named by its place, no one's name.
  if (norms.length >= 3 && isRoleWord(norms[norms.length - 1]) && norms.slice(1, -1).some((n) => /^(?:county|city|state|district|borough|parish|town)$/.test(n))) return set(c, 'other', 1);
  // "Johnson & Johnson", "Procter & Gamble": in running prose, names joined by an ampersand are a firm's (a headline
  // writes "&" for "and": "Ruto & Odinga meet").
  // (Whether the line is prose is asked only beside an ampersand: reading the paragraph for every name was quadratic.)
  const ampersand = (tokens[c.last]?.text === '&' && tokens[c.last + 1]?.cap) || (tokens[c.first - 1 - (c.honorific ? 1 : 0)]?.text === '&' && tokens[c.first - 2 - (c.honorific ? 1 : 0)]?.cap);
  if (ampersand && hasLowerCase(tokens) && !isTitleCase(tokens) && /[.!?]["”’']?$/.test(tokens[tokens.length - 1]?.text ?? '')) return set(c, 'organisation', 1);
  // A word that builds Welsh, Irish or Gaelic place names makes the name a place's ("Croes Onnen", "Yr Wyddfa").
  // (So does Welsh "y" between its words, "Pen y Wern" — not after a given name: "José Ortega y Gasset".)
  const welshArticle = !firstKnown && c.words.some((w, i) => i > 0 && w.text === 'y' && !isLastName(norms[i - 1]));
  if (!c.honorific && !c.title.length && (norms.some((n) => CELTIC_PLACE.test(n)) || welshArticle) && !hasOrg && !(norms.length === 2 && firstKnown)) return set(c, 'place', 1);
  // "Hepatitis C", "Hinkley C", "Plan B": a lone capital closing a name no given name opens is a thing's letter
  // (not a judge's J: "Fordham J" is Mr Justice Fordham).
  if (norms.length >= 2 && !c.honorific && !c.title.length && !firstKnown && /^(?!J$)\p{Lu}$/u.test(c.words[c.words.length - 1].text)) return set(c, 'other', 1);
  // "Sky Sports", "Sports Desk", "New Zealand Rugby": a sport's word names a broadcaster, a desk or a governing body.
  if (norms.length >= 2 && norms.some((n) => SPORT_BODY.test(n)) && !(norms.length === 2 && isFirstName(norms[0]) && !isPlaceWord(norms[0]))) return set(c, 'organisation', 1);
  // "three Golden Globe nominations": an award's name.
  if (norms.length >= 2 && AWARD.test(norms[norms.length - 1])) return set(c, 'other', 1);
  // "Truro Coroner", "Cornwall Council Leader": an office named by its place, no one's name.
  if (norms.length === 2 && isPlaceWord(norms[0]) && !isFirstName(norms[0]) && isRoleWord(norms[1]) && !isLastName(norms[1])) return set(c, 'other', 1);
  // "west of Clinton, B.C.", "Springfield, Ill.": a town before its state's or province's abbreviation.
  if (!c.honorific && !c.title.length && tokens[c.last]?.text === ',' && (US_STATE_ABBR.test(tokens[c.last + 1]?.text ?? '') || PROVINCE_ABBR.test(tokens[c.last + 1]?.text ?? '')) && !(norms.length >= 2 && firstKnown)) return set(c, 'place', 1);
  // "Healthwatch Worcestershire", "Transport Scotland": a body named for the place it serves (not "Whitney Houston":
  // a given name first; not a surname the lexicon knows).
  // (Not a place the lexicon knows whole: "New York"; nor a name with an age after it, "Sudesh Amman, 20,", or a role
  // before it: "Bradford Council chief executive Kersten England".)
  // (Nor one set off after a role: "Hampshire Police spokeswoman, Kirsty Langton, said".)
  const afterRole = tokens[c.first - 1]?.text === ',' && isRoleWord(tokens[c.first - 2]?.norm ?? '');
  // (Nor one a role describes in commas after it: "Esme Ward, the director of the museum, said".)
  if (norms.length === 2 && !agedAfter() && !isRoleWord(prevWord) && !afterRole && !roleInCommas(tokens, c.last) && /^[a-z]{3,}$/.test(norms[0]) && !c.title.length && !isFirstName(norms[0]) && !isPlaceWord(norms[0]) && !isLastName(norms[0]) && (isPlaceWord(norms[1]) || /[a-z]shire$/.test(norms[1])) && !isLastName(norms[1]) && !hasTag(norms[1], 'Person', 'Demonym') && !tagsOf(norms.join(' ')).some((x) => /Place|Country|City|Region/.test(x)) && !isPlaceLead(norms[0])) return set(c, 'organisation', 1);
  // "Telford Central", "Manchester Piccadilly"-style stations and districts: a name ending in "Central" is a place.
  if (norms.length >= 2 && norms[norms.length - 1] === 'central') return set(c, 'place', 1);
  // "the Liberal Democrat", "the Atlanta Democrat": a party's member, no one's name; "Oversight Committee Republicans"
  // a group.
  if (/^(?:democrat|republican|unionist|nationalist|socialist|communist|loyalist|separatist|federalist|royalist|marxist|maoist|populist|centrist|leftist)$/.test(norms[norms.length - 1])) return set(c, 'other', 1);
  if (/^(?:democrats|republicans)$/.test(norms[norms.length - 1])) return set(c, 'organisation', 1);
  // "Tsilhqot’in First Nations", "Six Nations of the Grand River": a people's own government.
  if (norms.length >= 2 && /^nations?$/.test(norms[norms.length - 1]) && /^(?:first|six)$/.test(norms[norms.length - 2])) return set(c, 'organisation', 1);
  // "Don Valley East": a place and a compass point are a riding or a district.
  if (norms.length >= 3 && /^(?:north|south|east|west|central)$/.test(norms[norms.length - 1]) && PLACE_HEAD.test(norms[norms.length - 2])) return set(c, 'place', 1);
  // "the General Election": a title before an abstract noun is no one's ("General" is a rank too).
  if (norms.length === 1 && c.title.length && norms[0].length > 6 && ABSTRACT.test(norms[0]) && !isLastName(norms[0]) && !isFirstName(norms[0])) return set(c, 'other', 1);
  // "the General Synod": after "the", a rank that is an adjective too names a body with the word after it (a general
  // is "General Petraeus", with no "the").
  if (norms.length === 1 && c.title.length === 1 && /^(?:general|major)$/.test(c.title[0].norm) && tokens[indexBefore(c)]?.norm === 'the' && !isLastName(norms[0]) && !isFirstName(norms[0])) return set(c, 'organisation', 1);
  // "Evie Merritt, RN, said": a credential between commas after a name.
  if (c.words.length === 1 && CREDENTIALS.test(c.words[0].text) && tokens[c.first - 1]?.text === ',' && tokens[c.first - 2]?.cap) return set(c, 'other', 1);
  // "T-Mobile", "X-Men": a letter and a hyphen open a brand's name, not a person's ("D-Mass.", "R-Texas" are a
  // senator's party and state).
  if (c.words.length === 1 && /^(?![DRI]-)\p{Lu}-\p{Lu}/u.test(c.words[0].text)) return set(c, 'organisation', 1);
  // "Saudi Aramco", "Korean Air": a nationality and one word no one is named are a company's name.
  if (norms.length === 2 && hasTag(norms[0], 'Demonym') && !isFirstName(norms[0]) && !isFirstName(norms[1]) && !isLastName(norms[1]) && !isRoleWord(norms[1])) return set(c, 'organisation', 1);
  // "Pakistan Rangers", "Texas Rangers": a place and a plural are a force or a team.
  // (Not after a role: "head coach Dallas Eakins".)
  if (norms.length === 2 && !roleBefore && (isPlaceWord(norms[0]) || hasTag(norms[0], 'Country', 'City', 'Region')) && !isFirstName(norms[0]) && /[^s]s$/.test(norms[1]) && !isLastName(norms[1]) && !isFirstName(norms[1])) return set(c, 'organisation', 1);
  // Parks: one of a kind no one's surname makes, whatever given name or title it holds ("Ricketts Glenn State Park is
  // welcoming campers"); and three words or more ending in Park ("Bonita Lakes Park", "Forest Hill Park"; two may be a
  // name: "Jane Park").
  const park = norms[norms.length - 1] === 'park';
  if (park && norms.length >= 2 && !c.honorific && /^(?:state|national|country|county|regional|memorial|theme|holiday|caravan|safari|retail|business|industrial)$/.test(norms[norms.length - 2])) return set(c, 'place', 1);
  // A park named for a monarch: "Queen Elizabeth Park has been vandalised", "King George Park" (no one is titled so
  // and surnamed Park).
  if (park && norms.length >= 2 && c.title.length && /^(?:queen|king|prince|princess)$/.test(c.title[c.title.length - 1].norm)) return set(c, 'place', 1);
  if (park && norms.length >= 3 && (!isFirstName(norms[0]) || norms.slice(1, -1).some((n) => hasTag(n, 'Plural') || PLACE_HEAD.test(n) || (/[^s]s$/.test(n) && !isLastName(n))))) return set(c, 'place', 1);
  // "Texas A&M", "Farmers For Action": an ampersand, or a capitalised "For", "Of" or "And" inside, is no one's name
  // (outside title-case lines, which capitalise every word).
  if (c.words.some((w) => w.text.includes('&')) || (c.words.slice(1, -1).some((w) => /^(?:For|Of|And|Against)$/.test(w.text)) && !isTitleCase(tokens))) return set(c, 'organisation', 1);
  // A degree in initials after a name ("Jane Doe, M.D.") is no one.
  if (c.words.length === 1 && /^(?:M\.D|Ph\.D|D\.D\.S|R\.N|J\.D|M\.B\.A|B\.A|M\.A|M\.S|B\.S)\.?$/.test(c.words[0].text)) return set(c, 'other', 1);
  // "Infectious Diseases", "Foreign Relations", "Natural Resources": an adjective and a plural abstract noun name a
  // field or a department, by their endings (the lexicon knows few such words).
  // (Not a body the lexicon knows by name: "United Nations".)
  if (norms.length === 2 && !isFirstName(norms[0]) && !isLastName(norms[0]) && (hasTag(norms[0], 'Adjective') || /(?:ous|ive|ical|al|ic|ary|ful|less|ible|able)$/.test(norms[0])) && FIELD_PLURAL.test(norms[1]) && !isLastName(norms[1]) && !hasTag(norms.join(' '), 'Organization')) return set(c, 'other', 1);
  // "BofA analyst Justin Post": a known first name after a role is a person's, whatever the word after it.
  if (roleBefore && firstKnown && norms.length === 2 && !c.title.length && isOrgWord(norms[1]) && !isOrgWord(norms[0])) return set(c, 'person', 2);
  // "an analyst at Panmure Liberum", "Natixis Bleichroeder analyst Corey Davis": where someone works — after a role
  // and "at", or (unknown words) before a role and a name.
  // (Not kin: "Shah Rukh Khan's son Aryan Khan" names a father.)
  const roleThenName = norms.length >= 2 && !firstKnown && isRoleWord(tokens[c.last]?.norm ?? '') && !KIN.test(tokens[c.last]?.norm ?? '') && !tokens[c.last]?.cap && !!tokens[c.last + 1]?.cap && tokens[c.last + 1].word;
  if ((prevWord === 'at' && isRoleWord(tokens[c.first - 2 - (c.honorific ? 1 : 0)]?.norm ?? '')) || roleThenName) return set(c, 'organisation', 1);
  // A byline: "Gillan Ropero, ABS-CBN News" closing its line.
  if (norms.length >= 2 && !hasOrg && tokens[c.last]?.text === ',' && bylineOutlet(tokens, c.last + 1)) return set(c, 'person', 1);
  // "Hong Kong-based", "US-led": a compound adjective; "Exhibit F", "Plan B": a common noun and a letter.
  const compound = /-(?:based|born|led|owned|backed|funded|run|made|style|ruled|controlled|occupied|administered|winner|winning|nominated)$/;
  if (compound.test(norms[norms.length - 1])) return set(c, 'other', 1);
  // "Indian-ruled Kashmir", "Iranian-backed Houthis": the compound before a place or a group, not before a first name.
  if (norms.length >= 2 && compound.test(norms[0]) && !isFirstName(norms[1])) return set(c, 'other', 1);
  // "in Sydney", "across Jordan": one word the lexicon knows only as a person's name, where a place stands.
  // ("people coming from Sydney", "hiring people from Sydney": "from" too.)
  // "north-west of Sydney", "outside of Sydney", "in Sydney's west": where a compass point or "outside" stands before
  // it, or a part of it after its possessive, a word the lexicon knows as a person's is the place.
  const compassOf = prevWord === 'of' && (COMPASS.test(tokens[c.first - 2]?.norm ?? '') || /^(?:outside|inside)$/.test(tokens[c.first - 2]?.norm ?? ''));
  const partAfter = c.words[0].possessive && (COMPASS.test(tokens[c.last]?.norm ?? '') || /^(?:suburbs|outskirts|cbd|centre|center|inner|outer)$/.test(tokens[c.last]?.norm ?? ''));
  if (norms.length === 1 && !c.title.length && !c.honorific && hasTag(norms[0], 'Person') && !isFirstName(norms[0]) && (compassOf || partAfter)) return set(c, 'place', 1);
  // "in west Kent", "across northern Tasmania": a compass word in lower case before the name makes it a region's.
  if (norms.length <= 2 && !c.title.length && !c.honorific && !before?.cap && (COMPASS.test(prevWord) || /^(?:northern|southern|eastern|western|central)$/.test(prevWord))) return set(c, 'place', 1);
  // "who represents Rottingdean Coastal ward": an electoral area named before its word.
  if (!c.title.length && !c.honorific && !tokens[c.last]?.cap && /^(?:ward|wards|constituency|electorate|riding)$/.test(tokens[c.last]?.norm ?? '')) return set(c, 'place', 1);
  // A given name too, where nothing but a place can stand ("three decades in Madison"; "a letter from John" is his).
  // ("services through Virginia", "via Kerry": a route passes through places; "a fibre network in Lincoln": a surname
  // too.)
  const within = /^(?:in|near|outside|across|throughout|inside|through|via)$/.test(prevWord);
  if (norms.length === 1 && !c.title.length && /^(?:in|at|near|outside|across|around|throughout|inside|from|through|via)$/.test(prevWord) && !c.words[0].possessive && (isFirstName(norms[0]) ? within : hasTag(norms[0], 'Person') || (within && hasTag(norms[0], 'LastName')))) return set(c, 'place', 1);
  // "was born in Milton Keynes", "moved to Stoke Newington": where someone lives, is born, grows up or moves to is a
  // place, though a given name leads it.
  const settled = /^(?:born|lives|live|living|lived|raised|grew|based|moved|moving|relocated|settled)$/.test(tokens[c.first - 2]?.norm ?? '') || (tokens[c.first - 2]?.norm === 'up' && /^(?:grew|grow|grown|growing)$/.test(tokens[c.first - 3]?.norm ?? ''));
  if (norms.length >= 2 && !c.title.length && !c.honorific && /^(?:in|to)$/.test(prevWord) && settled && !c.words[c.words.length - 1].possessive && norms.every((n) => !isRoleWord(n))) return set(c, 'place', 1);
  // "southwest of Wagga Wagga", "through Merthyr Tydfil": after a compass point's "of", or "through", a name of words
  // the lexicon does not know, led by no given name and owning nothing, is a place. (After "in", "near" and the other
  // prepositions of where, the general rule below decides, whatever the words.)
  if (norms.length >= 2 && !c.title.length && !c.honorific && (prevWord === 'through' || compassOf) && !c.words[c.words.length - 1].possessive && !isFirstName(norms[0]) && norms.every((n) => !tagsOf(n).length || isPlaceWord(n))) return set(c, 'place', 1);
  // "Wolverhampton South West": a constituency or region ends in two compass points (one may be a surname: "Kanye West").
  if (norms.length >= 3 && norms.slice(-2).every((n) => /^(?:north|south|east|west|central)$/.test(n))) return set(c, 'place', 1);
  if (norms.length === 2 && /^\p{Lu}$/u.test(c.words[1].text) && isCommonWord(norms[0])) return set(c, 'other', 1);
  // "Pakistan Tehrik-e-Insaf (PTI)": a name followed by its initials in brackets is an organisation's.
  if (bracketedAbbreviation(tokens, c.last) && isInitialism(c.words, tokens[c.last + 1].text)) return set(c, 'organisation', 2);
  // "the Dutchman said", "the Portuguese added": a nationality after "the" describes someone named before.
  // (…and after an age too: "said the 34-year-old Moroccan".)
  const aged = /^\d{1,3}-year-old$/.test(prevWord) && tokens[c.first - 2]?.norm === 'the';
  if (norms.length === 1 && (prevWord === 'the' || aged) && NATIONALITY.test(norms[0])) return set(c, 'other', 1);
  // "the EA warned", "the FA said": capitals after "the" that spell a common word are a body's initials.
  if (acronym && prevWord === 'the' && !isPlaceWord(norms[0]) && !hasTag(norms[0], 'City', 'Country', 'Region')) return set(c, 'organisation', 1);
  // A byline on its own line, in capitals too: "By GREGG WYCHERLEY", "- BY MATTHEW DAVIES".
  if (norms.length >= 2 && norms.length <= 3 && !c.title.length && !c.honorific && isBylineName(tokens, c)) {
    // (A place's word may close it after a given name: "By Victoria Ward".)
    const givenFirst = (isFirstName(norms[0]) || hasTag(norms[0], 'Person')) && !isPlaceWord(norms[0]);
    if (norms.every((n) => !isOrgWord(n) && (givenFirst || !isPlaceWord(n)))) return set(c, 'person', 2);
  }
  // "BA said", "“…,” BA said", "Unite warned": initials that spell a common word, or a bare verb, when a verb of saying
  // follows, are a body's.
  if ((acronym || (isOnlyVerb(norms[0]) && tokens[c.last]?.norm !== 'says')) && norms.length === 1 && !c.honorific && !c.title.length && speaksNext(tokens, c.last)) return set(c, 'organisation', 1);
  // Common words in capitals are a label or a shouted phrase, not a name: "READ MORE", "BREAKING NEWS".
  if (c.words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase() && isCommonWord(w.norm))) return set(c, 'other', 1);
  // "Unison, who represent thousands of nurses": a plural verb after "who" is a body's, not a person's.
  // (Not a place: "the University of Minnesota, who was not involved" — the "who" is the person before.)
  // (Nor a name where a place stands, after a noun: "a man from Worcester, who", "a proud product of South Buffalo,
  // who" — the "who" is the noun's, or the name's before.)
  // (…or after a comma, where someone is from: "Dave Richens, of Toothill, who saw it".)
  const placeAfterNoun = !firstKnown && /^(?:of|from|in|near)$/.test(prevWord) && ((!!tokens[c.first - 2]?.word && !tokens[c.first - 2].cap) || (/^(?:of|from)$/.test(prevWord) && tokens[c.first - 2]?.text === ','));
  // (Nor a name the word for a body's kind introduces: "housing association Hightown, who told her …".)
  const kindBefore = !c.title.length && !!before?.word && !before.cap && BODY_KIND.test(prevWord);
  if (tokens[c.last]?.text === ',' && tokens[c.last + 1]?.norm === 'who' && !hasOrg && !placeAll && !pluralVerb(tokens[c.last + 2]) && !placeAfterNoun && !(kindBefore && !firstKnown)) return set(c, 'person', 1);
  // (…and a word no lexicon knows opening the sentence before "who" and a verb in the singular, no comma between:
  // "Veskovo who has visited the deepest points …, said".)
  if (c.sentenceInitial && norms.length === 1 && !tagsOf(norms[0]).length && !isDictionaryWord(norms[0]) && tokens[c.last]?.norm === 'who' && /^(?:has|had|was|is|did)$/.test(tokens[c.last + 1]?.norm ?? '') && !hasOrg) return set(c, 'person', 1);
  // "Silveroaks Forestry, which carried out the work,": what "which" describes is no one — a body when its last word
  // is a word of the language and no place's.
  const which = tokens[c.last]?.text === ',' && tokens[c.last + 1]?.norm === 'which';
  if (norms.length >= 2 && which && isDictionaryWord(norms[norms.length - 1]) && !placeAll && !isPlaceWord(norms[norms.length - 1]) && !firstKnown) return set(c, 'organisation', 1);
  // "president and CEO of Icewater Seafoods", "managing director of Arriva North-East": what a firm's office is held
  // in is a firm.
  if (prevWord === 'of' && /^(?:ceo|chairman|chairwoman|founder|co-founder|owner|md|cfo|coo|proprietor|director)$/.test(tokens[c.first - 2]?.norm ?? '') && !firstKnown && !c.words[c.words.length - 1].possessive) return set(c, 'organisation', 1);
  // An age after the name: "Pep Guardiola, 52, admitted", "Ama Mensah (29)".
  // (Not a common noun a headline capitalises: "Schoolboy, 16, dies".)
  const commonNoun = norms.length === 1 && isCommonWord(norms[0]) && !isForenameToo(norms[0]) && !isLastName(norms[0]);
  if (agedAfter() && !hasOrg && !placeAll && !commonNoun) return set(c, 'person', 2);
  // A first name before a company's name is a person who shares it: "George Ford", "Michael Dell".
  const personFirst = firstKnown || (hasTag(norms[0], 'Person') && !isPlaceWord(norms[0]));
  // (Not a body's initials after a place that is a given name too: "Leigh NHS".)
  // (Not a company's legal form, which is no one's surname: "Irving Ltd.", "Fraser Inc.")
  const namesake = norms.length === 2 && personFirst && !isOrgWord(norms[0]) && hasTag(norms[1], 'Organization') && !ORG_NOUNS.has(norms[1]) && !LEGAL_FORMS.test(norms[1]) && !tagsOf(norms.join(' ')).includes('Organization') && !/^\p{Lu}{2,}$/u.test(c.words[1].text);
  if (namesake) return set(c, 'person', firstKnown ? 2 : 1);
  // "Premier Ford says", "Justice Downs asked": one word after a personal title is a surname, though the lexicon knows
  // it as a company's or a place's (not a country's or a city's: "Prime Minister Israel"; not "Premier League").
  // (An office held by one person: "Scout Hall", "Duke House", "Dean Road" are a hall, a house and a road.)
  if (c.title.length && PERSONAL_OFFICE.test(c.title[c.title.length - 1].norm) && norms.length === 1 && !possessed && !ORG_NOUNS.has(norms[0]) && (!isRoleWord(norms[0]) || speaksNext(tokens, c.last)) && !hasTag(norms[0], 'Country', 'City', 'Region') && !PLACE_HEAD.test(norms[0]) && !FACILITY_HEAD.test(norms[0]) && !EVENT.test(norms[0])) return set(c, 'person', 2);
  // "Professor Abba Tijani": after a personal title, a word the lexicon knows only as a company's or a band's, before a
  // surname it does not know at all, is a given name.
  const titledGiven = (!!c.honorific || c.title.length > 0) && norms.length === 2 && !tagsOf(lastNorm).length && tagsOf(norms[0]).every((x) => x === 'Organization') && !ORG_NOUNS.has(norms[0]) && !isDictionaryWord(norms[0]);
  if (titledGiven) return set(c, 'person', 2);
  if (hasOrg && (!firstKnown || isOrgWord(norms[norms.length - 1]) || BODY_PLURAL.test(norms[norms.length - 1]))) return set(c, 'organisation', 2);
  // ("The Guards said calm had returned": a body's plural alone, short for its full name.)
  if (norms.length === 1 && BODY_PLURAL.test(norms[0]) && !c.honorific) return set(c, 'organisation', 1);
  // "Super Typhoon Man-yi", "Tropical Storm Ana": the storm word need not come first.
  // (Not a given name and a surname that is an event's word, when a role in apposition, an age or a verb of saying
  // says it is someone: "Steve Day – a resident living in …", "Doris Day, 97,".)
  const described = /^[,–—-]$/.test(after?.text ?? '') && /^(?:a|an|the)$/.test(tokens[c.last + 1]?.norm ?? '') && tokens.slice(c.last + 2, c.last + 5).some((x) => x.word && isRoleWord(x.norm));
  const someone = norms.length === 2 && firstKnown && !c.title.length && (described || agedAfter() || speaksNext(tokens, c.last));
  // (…as is one whose given name no lexicon knows, when a verb of saying follows: "passenger Shellie Bill told
  // reporters" — though a law "says" what it does.)
  if (norms.length === 2 && !c.title.length && !isDictionaryWord(norms[0]) && !tagsOf(norms[0]).length && EVENT.test(norms[1]) && speaksNext(tokens, c.last) && tokens[c.last]?.norm !== 'says') return set(c, 'person', 1);
  if (norms.length > 1 && (EVENT.test(norms[norms.length - 1]) || isNamedEvent(norms)) && !someone) return set(c, 'other', 1);
  // A work and its maker: "Prophet Song by Paul Lynch", "Life of Pi by Yann Martel" — the name before "by" and a given
  // name is the work's.
  if (!c.honorific && tokens[c.last]?.norm === 'by' && tokens[c.last + 1]?.cap && isFirstName(tokens[c.last + 1].norm) && tokens[c.last].start === c.end + 1) return set(c, 'other', 1);
  // A nationality opens a thing's name, not a person's: "put British Cuisine on the map" (a name follows one as a
  // description only: "Scientologist Tom Cruise").
  const nationality = hasTag(norms[0], 'Demonym') || NATIONALITY.test(norms[0]) || (/^[a-z]{2,}(?:ish|ese)$/.test(norms[0]) && !isLastName(norms[0]) && !isFirstName(norms[0]));
  // (Unless it speaks, as only a body does: "…, Irish Rural Link has warned.")
  if (norms.length >= 2 && !c.title.length && !c.honorific && nationality && !norms.slice(1).some((n) => isFirstName(n) || isLastName(n))) return set(c, speaksNext(tokens, c.last) ? 'organisation' : 'other', 1);
  // A number word opens a competition or a group, not a name: "Six Nations", "Big Ten", "Three Lions".
  if (norms.length > 1 && hasTag(norms[0], 'Cardinal', 'Ordinal')) return set(c, 'other', 1);
  // A unit of temperature after a number: "as much as 5 C", "a 2 C World".
  if (!c.title.length && !c.honorific && /^[CF]\.?$/.test(c.words[0].text) && /\d$/.test(tokens[c.first - 1]?.text ?? '')) return set(c, 'other', 1);
  // Two words run together where a space went missing: "TOWNThe", "IrelandNurses" (a headline into its text).
  if (c.words.some(fusedWord)) return set(c, 'other', 1);
  // A name joined to a lower-case word that makes it a modifier: "a Vietnam War-era bomb", "a Tudor-style house".
  if (/-(?:era|style|themed|inspired|based|led|born|owned|funded|backed|run|made|like|type)$/.test(c.words[c.words.length - 1].text)) return set(c, 'other', 1);
  // "Daiichi Sankyo, a Japanese drugmaker", "a Panama-based law firm, Mossack Fonseca": a body's kind in apposition.
  if (!c.title.length && !c.honorific && !firstKnown && bodyInApposition(tokens, c)) return set(c, 'organisation', 1);
  // "power utility Eskom", "carmaker Stellantis", "second division side Reus": a lower-case word for a kind of body,
  // right before the name, says what the name is. (A utility is a company after "power", "water" and the like; on a
  // team sheet "utility Jack Hale" is a player.)
  const utility = prevWord === 'utility' && /^(?:power|water|energy|electricity|electric|gas|public|state)$/.test(tokens[c.first - 2]?.norm ?? '');
  // (A producer of something is a firm when the one word after it is no given name: "nylon fibre producer Invista";
  // "film producer Jane Okafor" is someone.)
  const producer = /^(?:producer|exporter|importer|processor|refiner)$/.test(prevWord) && norms.length === 1 && !firstKnown && !lastKnown && !!tokens[c.first - 2]?.word && !tokens[c.first - 2].cap;
  // (A coalition's partner is a party: "its coalition partner Komeito".)
  const partner = prevWord === 'partner' && /^(?:coalition|junior|senior|governing|ruling)$/.test(tokens[c.first - 2]?.norm ?? '');
  // "liquidators Grant Thornton", "auditors Deloitte": the plural of a role firms fill, before one name, is a firm
  // (several people come as a list: "auditors Tom Hale and Ann Lee").
  const listed = /^(?:and|&)$/.test(tokens[c.last]?.text ?? '') || (tokens[c.last]?.text === ',' && !!tokens[c.last + 1]?.cap);
  const firmRole = !c.title.length && !c.honorific && !!before?.word && !before.cap && FIRM_TRADES.test(prevWord) && !listed;
  if (firmRole && !pastFormAfter(tokens, c.last)) return set(c, 'organisation', 2);
  // (Sure of it, for the name's other uses too (see promote in people.ts), unless a past form follows, which may make
  // the name the subject of a clause: "the charity Jane Hale founded".)
  // (A kind that is also a trade, before a given name and a surname, is someone's job: "former miner Ken Elliott",
  // "developer Jane Hale"; "miner Rio Tinto" is a firm.)
  const tradeOfPerson = TRADE_KIND.test(prevWord) && firstKnown && norms.length >= 2 && !/^(?:&|and)$/.test(tokens[c.last]?.text ?? '');
  if ((kindBefore && !tradeOfPerson) || (!c.title.length && before?.word && !before.cap && (utility || producer || partner))) return set(c, 'organisation', pastFormAfter(tokens, c.last) ? 1 : 2);
  // A place by the lower-case noun after it: "Camarines Sur province", "Naga city", "the Kali Uling village";
  // or by the noun before it: "the state of Akwa Ibom".
  // (A title of one word may open a place's name of one: "fired from Sheikh Amir village".)
  if ((!c.title.length || (c.title.length === 1 && norms.length === 1 && !c.honorific)) && (placeNounAfter(tokens, c.last) || placeNounBefore(tokens, c.first))) return set(c, 'place', 1);
  // "the Katrina Rene fishing vessel", "aboard the Ocean Star trawler", "the Foundation's Martin Bergmann vessel": a boat
  // is named, not someone.
  if (!c.honorific && (/^(?:the|aboard)$/.test(prevWord) || !!before?.possessive) && (VESSEL.test(tokens[c.last]?.norm ?? '') || (tokens[c.last]?.word && !tokens[c.last].cap && VESSEL.test(tokens[c.last + 1]?.norm ?? '')))) return set(c, 'other', 1);
  // …and after its kind or a ship's letters: "the destroyer USS Samuel Roberts", "the schooner-barge Frank W. Wheeler".
  const kindOfShip = !!before?.word && !before.cap && before.norm.split('-').some((w) => VESSEL.test(w));
  // (The chunker may read the letters as a title: "USS".)
  const shipLetters = SHIP_PREFIX.test(c.title[0]?.text ?? before?.text ?? '');
  if (!c.honorific && (!c.title.length || shipLetters) && (kindOfShip || shipLetters) && !speaksNext(tokens, c.last)) return set(c, 'other', 1);
  // A body's name in apposition to its kind, after an owner or an article: "at his academy, Chess Gurukul in Chennai",
  // "the firm, Northern Tooling, said" (not a given name: "his company, Tom Hart, …" is too odd to guess).
  const bodyKind = (w: Token | undefined) => !!w?.word && !w.cap && (ORG_NOUNS.has(w.norm) || /^(?:academy|restaurant|shop|business|bakery|salon|pub|cafe|café|studio|agency|practice|brewery|hotel|gym)$/.test(w.norm));
  // (Closed as an apposition is, by a comma or where the body is: not "In a statement, Morland said", "her campaign,
  // Okafor's late surge".)
  const apposed = /^(?:,|in|at|near|on|based)$/.test(tokens[c.last]?.norm ?? '') && !c.words[c.words.length - 1].possessive;
  if (before?.text === ',' && apposed && bodyKind(tokens[c.first - 2]) && /^(?:his|her|their|its|our|my|the|a|an)$/.test(tokens[c.first - 3]?.norm ?? '') && !c.title.length && !c.honorific && !firstKnown) return set(c, 'organisation', 1);
  // A team led, guided or coached to a title or a trophy: "He's led Catalina Foothills to more than a dozen state
  // titles" (not a given name: "coached Andy Murray to two titles" is a player; nor "to victory", where candidates are
  // guided too).
  const ledTo = /^(?:led|guided|coached|steered|took)$/.test(prevWord) && tokens[c.last]?.norm === 'to' && tokens.slice(c.last + 1, c.last + 8).some((x) => x.word && /^(?:titles?|championships?|promotion|trophy|trophies|cups?|league|playoffs?|play-offs?)$/.test(x.norm));
  if (ledTo && !c.title.length && !c.honorific && !firstKnown) return set(c, 'organisation', 1);
  // A vessel or a machine "named" or "called" so: "an ROV named Deep Discoverer", "a robot called Sophia".
  const namedAt = /^(?:named|called|dubbed|christened)$/.test(prevWord) ? c.first - 2 : -1;
  if (namedAt > 0 && !c.title.length && !c.honorific && [namedAt, tokens[namedAt]?.text === ',' ? namedAt - 1 : -1].some((k) => !!tokens[k]?.word && (VESSEL.test(tokens[k].norm) || MACHINE.test(tokens[k].norm)))) return set(c, 'other', 1);
  // A boat's name in apposition to it: "Dunbar's all-weather lifeboat, the John Neville Taylor, which managed …",
  // "Swanage’s lifeboat, George Thomas Lacy, and its volunteer crew" (not when the name then speaks).
  const boatAt = tokens[c.first - 1]?.norm === 'the' ? c.first - 2 : c.first - 1;
  if (tokens[boatAt]?.text === ',' && (VESSEL.test(tokens[boatAt - 1]?.norm ?? '') || tokens[boatAt - 1]?.norm === 'lifeboat') && !c.title.length && !c.honorific && !speaksNext(tokens, c.last)) return set(c, 'other', 1);
  // "Kent firm Sawyer Homes", "a Cornwall company": one name before a kind of body says where the body is from (or
  // whose name it bears), whether or not the lexicon knows the name as a place's.
  const bodyAfter = tokens[c.last];
  // (Not an owner: "Hayne’s group of supporters".)
  if (!c.title.length && !c.honorific && norms.length === 1 && !c.words[0].possessive && bodyAfter?.word && !bodyAfter.cap && BODY_KIND.test(bodyAfter.norm)) return set(c, 'place', 1);
  // "Wall Street", "Silicon Valley", "Gaines County": a place by its last word; "File Photo", "Getty Images": a credit.
  // A facility's noun after a lone first name is a surname: "Tom Tower", "Anna Market", "Shirley Temple".
  // (Not a place of worship or a landmark, which no one is named: "Omar Mosque", "Trevi Fountain".)
  // (After "the" it is the building again: "in the Laurel Mall".)
  // (A middle initial after the first name makes any of them a surname: "Edwin L. Fountain".)
  const middleInitial = norms.length === 3 && isFirstName(norms[0]) && /^\p{Lu}\.?$/u.test(c.words[1].text);
  // (…or after "the" and a word or two describing it: "the historic Abbey Building".)
  const theBefore = prevWord === 'the' || [2, 3].some((k) => tokens[c.first - k]?.norm === 'the' && tokens.slice(c.first - k + 1, c.first).every((t) => t.word && !t.cap && !hasTag(t.norm, 'Verb', 'Noun', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner')));
  const facility = FACILITY_HEAD.test(norms[norms.length - 1]) && !(norms.length === 2 && isFirstName(norms[0]) && !LANDMARK.test(norms[1]) && !theBefore) && !middleInitial;
  // …as is a place's word after one, when the name speaks: "Neil Parish has said", "Neil Parish vows to stay on", "…,”
  // said Nathan Shire, a union representative".
  const spoke = CUE_VERBS.has(prevWord) && !/ing$/.test(prevWord);
  if (norms.length === 2 && firstKnown && PLACE_HEAD.test(norms[1]) && (speaksNext(tokens, c.last) || spoke)) return set(c, 'person', 1);
  // (A role word in lower case before it makes "Street" a surname: "union president Dwan Street told CBC".)
  const heldBy = norms.length === 2 && !!before?.word && !before.cap && isRoleWord(prevWord) && !isAdjectiveRank(before);
  // (A surname the lexicon knows after a given name is a person's, unless a place's preposition leads: "Glenda Beck,
  // prosecuting," but "near Hebden Beck".)
  const surnamed = norms.length === 2 && firstKnown && isLastName(norms[1]) && !/^(?:in|at|near|to|from|on|into|across)$/.test(prevWord);
  // A saint's abbreviation inside the name is a town's, not a person's: "Bury St Edmunds", "Stratford St Mary".
  if (norms.length >= 3 && c.words.slice(1, -1).some((w) => /^St\.?$/.test(w.text))) return set(c, 'place', 1);
  // A councillor's ward after their party, in brackets: "Cllr Vincent Carroll (Lab, Tottenham Hale)".
  if (prevWord === '' && before?.text === ',' && PARTY_ABBREVIATION.test(tokens[c.first - 2]?.text ?? '') && tokens[c.first - 3]?.text === '(') return set(c, 'place', 1);
  if (norms.length > 1 && !surnamed && (PLACE_HEAD.test(norms[norms.length - 1]) || facility || (/^(?:street|bridge)$/.test(norms[norms.length - 1]) && (!isFirstName(norms[0]) || norms.length >= 3) && !heldBy))) return set(c, 'place', 1);
  // A firm of partners: "Lewis and Co", "Smith & Co." (the chunker cuts at "and").
  if (/^(?:and|&)$/.test(tokens[c.last]?.text ?? '') && /^Co\.?$/.test(tokens[c.last + 1]?.text ?? '') && !c.honorific) return set(c, 'organisation', 1);
  // A union's branch by its number: "Unifor Local 114", "Teamsters Local 727".
  if (norms.length >= 2 && norms[norms.length - 1] === 'local' && /^\d+$/.test(tokens[c.last]?.text ?? '')) return set(c, 'organisation', 1);
  // A thing in a numbered series, which no one is: "the Darby Mine No. 1", "Symphony No. 5".
  if (norms.length >= 2 && /^no\.?$/.test(norms[norms.length - 1]) && /^\d/.test(tokens[c.last]?.text ?? '')) return set(c, 'other', 1);
  // The name of a bridge, a road or a mine, its noun in lower case after it: "the Goethals and George Washington
  // bridges", "near Old Wixom road", "the Lincoln tunnel".
  if (!c.title.length && !c.honorific && !c.words[c.words.length - 1].possessive && !!tokens[c.last]?.word && !tokens[c.last].cap && PLACE_NOUN_AFTER.test(tokens[c.last].norm)) return set(c, 'place', 1);
  // A street abbreviated, which no one's name ends in: "Thomas St", "Hume Fwy", "Noarana Dve".
  if (norms.length > 1 && STREET_ABBR.test(c.words[c.words.length - 1].text)) return set(c, 'place', 1);
  // "Port Harcourt", "Fort Myers", "East Harling", "Bukit Bintang": a place by its first word — before a given name too
  // when no one's name opens so ("Fort Wayne", "Port Elizabeth", "Santa Monica", "San Diego", "County Kerry"; not
  // "Lake Bell").
  if (norms.length > 1 && isPlaceLead(norms[0]) && (!norms.slice(1).some((n) => isFirstName(n)) || /^(?:fort|ft|port|mount|mt|cape|county|puerto|san|santa)$/.test(norms[0]))) return set(c, 'place', 1);
  // "Deutsche Welle celebrated its anniversary": what "its" or "itself" refers to right after is no person.
  const after4 = tokens.slice(c.last, c.last + 5).filter((x) => x.word).map((x) => x.norm);
  // (Not one with a title: "Sir Cliff sued the broadcaster following its coverage".)
  if (!firstKnown && !c.title.length && after4.some((n) => n === 'its' || n === 'itself') && !after4.some((n) => /^(?:he|she|his|her|him|himself|herself)$/.test(n))) return set(c, 'organisation', 1);
  if (norms.some((n) => CAPTION_LABEL.test(n) || PAGE_STAMP.test(n))) return set(c, 'other', 1);
  // "held in Santa Clara, California": a place, then its state or country.
  const inPlace = /^(?:in|at|near|from|outside)$/.test(prevWord) && tokens[c.last]?.text === ',' && !!tokens[c.last + 1] && isPlaceWord(tokens[c.last + 1].norm);
  if (inPlace && !c.honorific) return set(c, 'place', 1);
  if (!firstKnown && !c.honorific && !c.title.length && regionAfterTown(tokens, c)) return set(c, 'place', 1);
  // "a function in central Sydney, Australia": a town after a preposition of place, with its country after a comma,
  // though it is a given name too.
  const country = tokens[c.last]?.text === ',' && !!tokens[c.last + 1]?.cap && hasTag(tokens[c.last + 1].norm, 'Country') && !tokens[c.last + 1].possessive;
  if (country && !c.honorific && !c.title.length && /^(?:in|at|from|near|outside|central|downtown|suburban|northern|southern|eastern|western)$/.test(prevWord)) return set(c, 'place', 1);
  // A dateline's town in capitals, then its country: "DOUALA, Cameroon —" is no agency like "KCNA".
  const next = tokens[c.last + 1];
  if (c.first === 0 && c.words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase()) && tokens[c.last]?.text === ',' && next?.cap && (isPlaceWord(next.norm) || hasTag(next.norm, 'Place', 'Country') || US_STATE_ABBR.test(next.text))) return set(c, 'place', 1);
  // A place written in capitals, as a dateline writes it: "LONDON (Reuters) -", "SEOUL, Jan. 30 (Yonhap)".
  if (acronym && (isPlaceWord(norms[0]) || hasTag(norms[0], 'City', 'Country', 'Region'))) return set(c, 'place', 1);
  if (acronym) return set(c, 'organisation', 1);
  if (isPluralCapitals(c)) return set(c, 'other', 1);
  // Followers of a faith or a movement are a group: "Indian Muslims", "Islamist", "Christians".
  if (/^(?:muslims?|christians|jews|hindus?|sikhs?|buddhists?|islamists?|jihadists?|catholics|protestants|evangelicals|mormons)$/.test(norms[norms.length - 1])) return set(c, 'other', 1);
  // A byline or credit in capitals: "Pictures: ANNA BRIGHT", "TOM HALE reports" — a known first name, then one or
  // two words that are no place, organisation or event, in a paragraph with lower-case words (a headline in
  // capitals, "BILL PASSES", has none).
  const last = norms[norms.length - 1];
  // (After "By", or "and" in a byline, any first name will do: "By VERENA DOBNIK and DAVID CARUSO, Associated Press".)
  // (The "by" of a byline a few words back, not anywhere before: looking back to the paragraph's start for every name
  // after "and" was quadratic in a paragraph of thousands.)
  const byline = (prevWord === 'by' || (prevWord === 'and' && tokens.slice(Math.max(0, c.first - 8), c.first).some((x) => x.norm === 'by'))) && norms.every((n) => !isCommonWord(n) && !isRoleWord(n) && !isPlaceWord(n) && !isOrgWord(n));
  if (norms.length >= 2 && norms.length <= 3 && c.words.every((w) => /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?$/u.test(w.text)) && (firstKnown || byline) && !isPlaceWord(last) && !isOrgWord(last) && !EVENT.test(last) && !PLACE_HEAD.test(last) && hasLowerCase(tokens)) return set(c, 'person', 1);
  // A photo credit: "(Ana Ruiz/Agency)", "AP Photo/Ana Ruiz", "(Ray Ewing/Vineyard Gazette)" — a given name that is a word
  // too may lead it.
  const credited = norms.every((n, i) => !tagsOf(n).length || isFirstName(n) || isLastName(n) || hasTag(n, 'Person') || (i === 0 && isForenameToo(n)));
  if (norms.length >= 2 && norms.length <= 3 && credited && !placeAll && (tokens[c.last]?.text === '/' || tokens[c.first - 1]?.text === '/')) return set(c, 'person', 1);
  // A given name and a regnal number, though capitals end it: "Charles II", "Henry VIII", "Pope John XXIII".
  if (norms.length === 2 && firstKnown && /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XXI{0,3}|XXIV)$/.test(c.words[1].text)) return set(c, 'person', 2);
  if (notAName) return set(c, 'other', 0);
  // "Homeland Security Investigations", "Maritime Trade Operations": capitals closing on a plural of an abstract noun
  // name a body's unit, never a person — but a known first name and one such word is someone's: "Jeff Sessions".
  if (norms.length > 1 && /(?:tions|sions|ments|ities)$/.test(norms[norms.length - 1]) && !isLastName(norms[norms.length - 1]) && !(firstKnown && norms.length === 2)) return set(c, 'organisation', 1);
  // "the Office of Civil Defense", "Department of Public Works": capitals after an organisation's word and "of" are
  // the rest of its name.
  // A word of it the lexicon knows as a common word ("Civil", "Public") says it is no person's name ("the Office
  // of Kwame Mensah"), as does one of the dictionary's that is no name ("Chamber of Commerce").
  if (!c.title.length && !firstKnown && !placeAll && prevWord === 'of' && tokens[c.first - 2]?.cap && isOrgWord(tokens[c.first - 2].norm) && norms.some((n) => isCommonWord(n) || (isDictionaryWord(n) && !isLastName(n) && !isFirstName(n)))) return set(c, 'organisation', 1);
  // "Police Scotland's Head of Road Policing": what a capitalised office is head of is a department, no one.
  // (An office someone holds: "the Head of", "Police Scotland's Head of".)
  const held = tokens[c.first - 3]?.possessive || /^(?:the|its|his|her|their)$/.test(tokens[c.first - 3]?.norm ?? '');
  if (!c.title.length && !c.honorific && !firstKnown && prevWord === 'of' && tokens[c.first - 2]?.cap && isRoleWord(tokens[c.first - 2].norm) && held && norms.some((n) => isCommonWord(n) || !tagsOf(n).length) && !norms.some((n) => isLastName(n) || isFirstName(n))) return set(c, 'other', 1);
  // (Not a legal instrument after its issuer's office: "the Executive Order".)
  if (roleBefore && norms.length === 1 && /^(?:order|orders|decree|decrees|directive|directives)$/.test(norms[0])) return set(c, 'other', 1);
  if (roleBefore && !placeAll && !possessed) return set(c, 'person', 2);
  // ("Sierra Leone" is a country the lexicon knows whole, though "Sierra" is a given name.)
  if (placeAll && (!(firstKnown && norms.length > 1) || tagsOf(norms.join(' ')).some((x) => /Country|City|Region/.test(x)))) return set(c, 'place', 2);
  // "near Milton Keynes", "near Mount Isa": no one is placed near a person's name, though "Milton" is a given name.
  // So after "in", "at" and the other prepositions of where ("outside", "across", "throughout" …), whatever its words: "in
  // Martlesham Heath", "at Emerson Park", though "Heath" and "Emerson" name people too. Annotators of GUM and every read
  // set mark almost no one there, and those they do own something ("in Kemi Adeyemi's cabinet"), do something ("ended
  // in Dana Whitlock winning") or take an apposition ("looking at Darby Mullen, the senior executive").
  const where = prevWord === 'in' || (prevWord === 'at' && tokens[c.last]?.text !== ',') || WHERE.test(prevWord);
  if (where && !c.title.length && !c.honorific && !c.words.some((w) => w.possessive) && !/ing$/.test(tokens[c.last]?.norm ?? '')) return set(c, 'place', 1);
  if (norms.length >= 2 && firstKnown) return set(c, 'person', 2);
  // A name the lexicon knows as a person's (not as a first name) before a second capitalised word, mid-sentence:
  // "Taylor Swift", "Harrison Ford" — the second word may be a common adjective.
  if (norms.length === 2 && hasTag(norms[0], 'Person') && !isPlaceWord(norms[0]) && !c.sentenceInitial && prevWord !== 'the' && !isPlaceWord(norms[1]) && !isOrgWord(norms[1]) && !EVENT.test(norms[1])) return set(c, 'person', 1);
  // An initial among capitalised words is a person's: "Laurence H. Tribe", "L. Ron Hubbard", "Donald J. Trump".
  // Not an abbreviated compass point before a place or its people: "S. Korean", "N. Ireland".
  if (norms.length >= 2 && c.words.some((w, i) => /^\p{Lu}\.$/u.test(w.text) && i < c.words.length - 1) && !placeAll && !hasOrg && !isPlaceWord(norms[norms.length - 1])) return set(c, 'person', 2);
  if (possessed) return set(c, 'other', 0);
  if (prevWord === 'the') return set(c, 'organisation', 0);
  // Capitals that are all words of the dictionary, none a given name or a surname the lexicon knows, name a thing, a
  // body or a place, not a person: "Consumer Law", "World Heritage", "Candid Camera", "Sea Eagles", "Lone Wolf".
  // (A month that is a given name before a surname, read as one by monthGiven, is someone: "June Fender, of …".)
  // A surname after a nickname in quotation marks: "pirate captain “Black Sam” Bellamy", "Dwayne “The Rock” Johnson".
  const nicknamed = norms.length === 1 && /^[”"]$/.test(before?.text ?? '') && tokens.slice(Math.max(0, c.first - 5), c.first - 1).some((x, k, all) => /^[“"]$/.test(x.text) && all.slice(k + 1).every((y) => y.word && y.cap));
  if (nicknamed && !c.honorific && !hasOrg && !placeAll) return set(c, 'person', 1);
  const monthNamed = norms.length === 2 && /^(?:april|may|june)$/.test(norms[0]) && monthGiven(tokens, c.first);
  if (monthNamed) return set(c, 'person', 1);
  if (norms.length >= 2 && norms.every((n) => isDictionaryWord(n) && !isFirstName(n) && !isLastName(n))) return set(c, 'other', 0);
  // A capitalised weekday run into the name opens a title: "Saturday Night Takeaway", "the Sunday Times Rich List"
  // (not a day that dates the clause: "On Monday Kwame Tobin said", "Since Friday …").
  const dated = /^(?:on|last|this|next|by|until|till|since|from|every|each|before|after|early|late|that|and|or)$/.test(tokens[c.first - 2 - (c.honorific ? 1 : 0)]?.norm ?? '');
  if (!firstKnown && !c.title.length && !c.honorific && before?.cap && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(prevWord) && !dated) return set(c, 'other', 1);
  if (norms.length >= 2 && lastKnown && !norms.some((n) => isCommonWord(n) && !isFirstName(n))) return set(c, 'person', 2);
  if (norms.length === 2 && lastKnown && !isPlaceWord(norms[0]) && !isOrgWord(norms[0])) return set(c, 'person', 1);
  // "Will Travers, of the pressure group ZooCheck, said": the modal the chunker let open a name (see startsName) is a
  // given name before a surname.
  if (norms.length === 2 && norms[0] === 'will' && !isPlaceWord(norms[1]) && !isOrgWord(norms[1]) && !hasTag(norms[1], 'Place', 'Country', 'City', 'Region') && (isLastName(norms[1]) || !tagsOf(norms[1]).length)) return set(c, 'person', 1);
  // A model's number is no one's name: "the Poseidon P-8 surveillance plane", "a Boeing 737".
  if (c.words.some((w) => /\d/.test(w.text))) return set(c, 'other', 1);
  // A plural noun for people closes a body's name, not a person's: "Shetland Fishermen’s Association", "Ulster Farmers".
  if (norms.length >= 2 && !c.title.length && !isFirstName(last) && !isLastName(last) && (GROUPS.has(last) || (/[a-z]{3}men$/.test(last) && isDictionaryWord(last) && isDictionaryWord(last.slice(0, -3) + 'man')))) return set(c, 'organisation', 1);
  // (Opening a sentence too when its first word is no word of the language, whose capital then still means a name:
  // "Nadir Syed was jailed".)
  if (norms.length >= 2 && allUnknownOrNames && (!c.sentenceInitial || !isDictionaryWord(norms[0]))) return set(c, 'person', 1);
  // Mid-sentence capitals ending in a word the lexicon does not know: "Dries Mertens", "Park Joo-Ho".
  const head = norms[norms.length - 1];
  // (A given name that is an event's word too leads a name: "Bill Paxton" is no bill.)
  // (Opening a sentence too after an initial, which no sentence opens on: "M Shivakumar, a farmer, said"; not "A".)
  const initialled = norms.length === 2 && /^[B-HJ-Z]$/.test(c.words[0].text) && !isDictionaryWord(norms[1]);
  if (norms.length >= 2 && norms.length <= 4 && (!c.sentenceInitial || initialled) && !tagsOf(head).length && !isPlaceWord(head) && !head.includes('.') && norms.every((n, i) => !isOrgWord(n) && (!EVENT.test(n) || (i === 0 && isForenameToo(n))))) return set(c, 'person', 1);
  if (norms.length >= 2 && norms.slice(1).every((n) => !tagsOf(n).length) && (!isCommonWord(norms[0]) || isForenameToo(norms[0]))) return set(c, 'person', 0);
  // "McDonald’s issued a statement", "Sainsbury's said": a name whose "'s" comes right before a verb is a firm's own name
  // (no one owns a verb).
  const lastWord = c.words[c.words.length - 1];
  if (lastWord.possessive && !c.title.length && !c.honorific && norms.length <= 2 && tokens[c.last]?.word && !tokens[c.last].cap && /^(?:issued|said|says|posted|announced|added|confirmed|told|wrote|tweeted|released|declined|denied)$/.test(tokens[c.last].norm)) return set(c, 'organisation', 1);
  // "Chelsea have announced", "Chelsea are ninth": one given name before "have", "are" or "were" is a team or a firm
  // the copy treats as plural, as British copy does; no one person is.
  const plural = ['have', 'are', 'were'].includes(tokens[c.last]?.norm ?? '') && !tokens[c.last].cap;
  if (norms.length === 1 && firstKnown && plural && !c.title.length && !c.honorific && !possessed) return set(c, 'organisation', 1);
  // "their Kent home", "his Oscar win": one name between an owner's word and the noun it is owned with modifies the noun.
  const modifiesOwned = /^(?:his|her|their|its|our|my|your)$/.test(prevWord) && !!after?.word && !after.cap && hasTag(after.norm, 'Singular', 'Plural', 'Uncountable', 'Actor') && !hasTag(after.norm, 'Infinitive', 'PastTense', 'PresentTense', 'Copula', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Determiner');
  if (norms.length === 1 && modifiesOwned && !c.title.length && !c.honorific) return set(c, 'other', 1);
  // One capitalised word after a quotation's close and its verb of saying is who spoke, though it is a word too or only
  // a given name, with or without a description in lower case: "“…,” says Felicity.", "“…,” says rate payer Jon.".
  // (The verb is the first word after the closing mark; any words after it to the name are in lower case.)
  const nameAt = c.first - (c.honorific ? 1 : 0);
  let cue = nameAt - 1;
  while (cue >= nameAt - 4 && tokens[cue]?.word && !tokens[cue].cap && !/^[”"]$/.test(tokens[cue - 1]?.text ?? '')) cue--;
  const inverted = !!tokens[cue]?.word && CUE_VERBS.has(tokens[cue].norm) && !/ing$/.test(tokens[cue].norm) && /^[”"]$/.test(tokens[cue - 1]?.text ?? '') && tokens.slice(cue, nameAt).every((x) => x.word && !x.cap) && /^[.,;]$/.test(tokens[c.last]?.text ?? '.');
  if (norms.length === 1 && inverted && !c.sentenceInitial && !isOrgWord(norms[0]) && !GROUPS.has(norms[0])) return set(c, 'person', 1);
  if (norms.length === 1 && (lastKnown || hasTag(norms[0], 'Person'))) return set(c, 'person', 1);
  if (norms.length === 1 && firstKnown) return set(c, 'person', 0);
  // A given name no lexicon knows and a second name, before a verb of saying ("officer for health Barrie Brown said")
  // or set off after a role ("spokeswoman, Kirsty Langton, said").
  // (…or set off in commas before one: "…, with Pimpri-Chinchwad Police, Kakasaheb Dole, said"; or before a role in
  // commas: "Esme Ward, the director of the museum, said".)
  const apposedSpeaker = before?.text === ',' && tokens[c.last]?.text === ',' && speaksNext(tokens, c.last + 1);
  // "Gurpreet Pal Singh": a given name no lexicon knows and a known surname, with a middle name that is a word too.
  if (norms.length === 3 && !tagsOf(norms[0]).length && !isDictionaryWord(norms[0]) && lastKnown && !isPlaceWord(last) && !isOrgWord(norms[1]) && !isPlaceWord(norms[1])) return set(c, 'person', 1);
  if (norms.length === 2 && !tagsOf(norms[0]).length && !isDictionaryWord(norms[0]) && !isOrgWord(norms[1]) && (((speaksNext(tokens, c.last) || apposedSpeaker) && !isPlaceWord(norms[1])) || afterRole || roleInCommas(tokens, c.last))) return set(c, 'person', 1);
  return set(c, 'other', 0);
}

/** Parties, tiers and kinds of government, which name one as a leader's surname does ("the Labour government",
 *  "the State Government", "the caretaker administration"). */
const GOVERNMENT_KIND = /^(?:labour|labor|coalition|conservative|tory|liberal|national|nationalist|democratic|republican|socialist|communist|unity|military|federal|state|county|city|provincial|local|regional|municipal|interim|transitional|caretaker|colonial|royal|union|central|taliban|hamas|houthi|junta|new|current|previous|former|last|next|incoming|outgoing|present|whole|entire|her|his|their|its|our|your|my|this|that|every|any|each|some|no|the|a|an)$/;
/** A word that can be the surname of the leader a government is named for: capitalised (not in capitals: "the ANC
 *  government" is a party's), owning nothing, and not a place, a people, an organisation or a kind of government. */
function leadsGovernment(w: Token): boolean {
  const n = w.norm;
  // (Nor a people's adjective the lexicon lacks: "the Spanish government", "the Victorian Government".)
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) && !w.possessive && !GOVERNMENT_KIND.test(n) && !isPlaceWord(n) && !isOrgWord(n) && !hasTag(n, 'Place', 'Country', 'City', 'Region', 'Demonym', 'Adjective') && !DEMONYM_LIKE.test(n) && !(/^[a-z]{4,}ian$/.test(n) && !isLastName(n));
}

/** Words for anyone at all, which the lexicon counts as roles but which are no one's title. */
const ANYONE = /^(?:man|woman|human|person|boy|girl|child|guy|lady)$/;
/** Prepositions of where, after which annotators mark no person: "outside Kelmar Hall", "across Dunmore Vale". */
const WHERE = /^(?:near|outside|across|throughout|inside|within|beyond|along|opposite|via)$/;
/** Facilities no one's surname names, though a given name comes before them: "Omar Mosque", "Trevi Fountain". */
const LANDMARK = /^(?:mine|colliery|mosque|synagogue|cathedral|basilica|chapel|fountain|observatory|telescope|monument|memorial|courthouse|jail|prison|infirmary|clinic|buildings)$/;
/** The points of the compass and those between them ("north-west", "southeast"). */
const COMPASS = /^(?:north|south|east|west|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast)$/;
/** Offices that head a department named after "of": "Secretary of State", "Minister of Health", "Chief of Staff". */
const HOLDS_DEPARTMENT = /^(?:secretary|minister|director|chief|head|commissioner|chancellor)$/;
/** Words that finish an office begun by another ("Secretary General", "Deputy Minister"), never a surname after it. */
const OFFICE_SECOND = /^(?:general|minister|president|secretary|director|chief|officer|attorney|counsel|treasurer|whip|leader|speaker|chairman|chairwoman|chair|commissioner|governor|mayor|judge|justice)$/;
/** Offices held by one person, named before the surname ("Premier Ford", "Senator Banks"). */
const PERSONAL_OFFICE = /^(?:president|premier|governor|senator|mayor|minister|chancellor|judge|justice|sheriff|coach|commissioner|secretary)$/;
/** Faiths and peoples whose names close a capitalised run: "Roman Catholic", "Torres Strait Islander". */
const FAITH_OR_PEOPLE = /^(?:catholics?|protestants?|anglicans?|methodists?|baptists?|presbyterians?|evangelicals?|muslims?|christians?|hindus?|sikhs?|buddhists?|islanders?)$/;
/** Police and military ranks, which address their holder by surname: "Superintendent Burns", "Captain Rogers". */
const RANK = /^(?:superintendent|inspector|sergeant|constable|detective|captain|commander|lieutenant|colonel|major|corporal|admiral|marshal)$/;
/** The shape of an adverb of manner the lexicon may not list ("fatally", "globally", "reportedly"). */
const ADVERB = /[a-z]{2,}(?:ically|ionally|ually|ially|tally|rally|obally|ously|ively|ately|edly|ingly|fully|lessly)$/;
/** A building or site named after someone, lower case after the name ("King George hospitals"). */
const FACILITY_AFTER = /^(?:hospitals?|schools?|college|university|airport|stadium|station|cathedral|church|mosque|bridge|hotel|museum|gallery|library)$/;
/** The plural of a body's head closing a name: "El-Fasher Resistance Committees". */
// (…and armed ones: "Iran's Revolutionary Guards", "Imam Ali Brigades".)
const BODY_PLURAL = /^(?:committees|councils|associations|unions|federations|services|authorities|boards|commissions|trusts|groups|foundations|societies|alliances|institutes|clubs|schools|hospitals|colleges|churches|guards|brigades|battalions|regiments|militias)$/;

/** A word for a place lying near: "of nearby Stapleford", "neighbouring Powys". */
export const NEARBY = /^(?:nearby|neighbouring|neighboring)$/;
/** Words that build place names in Welsh, Irish and Scottish Gaelic and are no one's name: "Heol Orllewinol", "Parc
 *  Tawe", "Yr Wyddfa", "Bannau Brycheiniog", "Baile Átha Cliath", "Eaglais Fheichein". */
const CELTIC_PLACE = /^(?:heol|ffordd|stryd|parc|afon|llyn|mynydd|cwm|croes|pont|nant|eglwys|bannau|blaenau|cymru|eryri|yr|sráid|bóthar|páirc|cnoc|baile|inis|eaglais)$/;
const SPORT_BODY = /^(?:sports|sport|rugby|football|cricket|hockey|netball|athletics|cycling|swimming|rowing|basketball|baseball|soccer|tennis|golf|desk|anti-doping)$/;
const AWARD = /^(?:globe|globes|oscar|oscars|emmy|emmys|grammy|grammys|bafta|baftas|tony|tonys)$/;

/** A body's kind in the apposition right after the name (", a Japanese drugmaker") or right before it (", a law firm,
 *  Mossack Fonseca" — "a …firm," or "another …company," then the name). */
function bodyInApposition(tokens: Token[], c: NameChunk): boolean {
  const kind = (t: Token | undefined) => !!t?.word && !t.cap && (BODY_KIND.test(t.norm) || /[a-z]maker$/.test(t.norm));
  if (tokens[c.last]?.text === ',' && /^(?:a|an)$/.test(tokens[c.last + 1]?.norm ?? '')) {
    for (let k = c.last + 2; k < Math.min(tokens.length, c.last + 6); k++) {
      if (!tokens[k].word) return false;
      if (kind(tokens[k]) && (!tokens[k + 1]?.word || /^(?:based|that|which|in|of|with)$/.test(tokens[k + 1].norm))) return true;
    }
  }
  const comma = c.first - 1 - (c.honorific ? 1 : 0);
  return tokens[comma]?.text === ',' && kind(tokens[comma - 1]) && tokens.slice(Math.max(0, comma - 5), comma - 1).some((t) => /^(?:a|an|another)$/.test(t.norm));
}

const BODY_KIND = /^(?:band|orchestra|choir|carmaker|automaker|retailer|supermarket|grocer|airline|carrier|lender|insurer|broadcaster|newspaper|tabloid|broadsheet|miner|manufacturer|maker|developer|housebuilder|publisher|firm|company|conglomerate|giant|startup|start-up|chain|operator|regulator|watchdog|agency|club|side|outfit|charity|association|trust|cooperative|co-operative|network|outlet|platform|channel|label|studio|brewer|supplier|distributor|contractor|consultancy|subsidiary|unit|multinational|franchise|group|militia|magazine|journal|website)$/;

/** The letters before a ship's name. */
const SHIP_PREFIX = /^(?:MV|HMS|HMAS|HMCS|HMNZS|USS|RMS|SS|MS|RV)$/;
/** Kinds of boat, after a boat's name or before it. */
/** Machines given names of their own: "a robot named Sophia", "the rover called Perseverance". */
const MACHINE = /^(?:robot|rov|rovs|drone|rover|probe|satellite|rocket|spacecraft|lander|aircraft|plane|jet|helicopter|locomotive|engine|train|tram|car|lorry|truck|tractor|bus|balloon|submersible|computer|chatbot|telescope|crane|digger|excavator)$/;
const VESSEL = /^(?:vessel|boat|ship|trawler|yacht|tanker|ferry|liner|dinghy|barge|schooner|tug|tugboat|freighter|steamer|steamship|catamaran|dredger|cutter|destroyer|frigate|submarine|warship|galleon|cruiser|icebreaker)$/;

/** Kinds of body that are also a person's trade. */
const TRADE_KIND = /^(?:miner|developer|publisher|operator|brewer|distiller|supplier|distributor|contractor|maker|manufacturer)$/;

/** Words that close a football club's name, never a person's. */
const TEAM_TAIL = /^(?:utd|united|rovers|athletic|albion|wanderers|hotspur|argyle|alexandra|academicals|thistle|fc|afc)$/;
/** Kinds of work in the plural, before a list of them ("productions including …", "films such as …"). */
const WORK_KINDS = /^(?:films|movies|productions|plays|shows|series|programmes|programs|musicals|albums|songs|singles|records|books|novels|roles|titles|operas|ballets|works)$/;
/** Kin in the plural, right before their given names ("his children Tessa, Emily …"). */
const KIN_PLURAL = /^(?:children|sons|daughters|grandchildren|siblings|brothers|sisters|twins|kids|stepchildren)$/;
/** Kinds of body in the plural, before a list of them ("chains like …"). */
const BODY_KINDS = /^(?:chains|brands|companies|firms|retailers|supermarkets|restaurants|banks|lenders|insurers|airlines|carmakers|automakers|broadcasters|publishers|studios|labels|networks|platforms|clubs|charities|giants|businesses|startups|start-ups|manufacturers|makers|outlets|newspapers|operators|suppliers|conglomerates)$/;

/** A plural present verb ("are", "represent", "have"): an infinitive form the lexicon knows, not "-s" or "-ed". */
function pluralVerb(t: Token | undefined): boolean {
  if (!t || !t.word || t.cap) return false;
  return /^(?:are|were|have)$/.test(t.norm) || (hasTag(t.norm, 'Infinitive') && !/(?:s|ed)$/.test(t.norm));
}

// Whether a paragraph's tokens have a lower-case word, found once per paragraph (a paragraph may have thousands of names).
const lowerCaseOf = new WeakMap<Token[], boolean>();
function hasLowerCase(tokens: Token[]): boolean {
  let v = lowerCaseOf.get(tokens);
  if (v === undefined) lowerCaseOf.set(tokens, (v = tokens.some((t) => t.word && /^\p{Ll}/u.test(t.text))));
  return v;
}

/** Is a lower-case place noun right after the name, or after one lower-case modifier ("shopping mall")? */
function placeNounAfter(tokens: Token[], last: number): boolean {
  const t = tokens[last];
  if (!t || !t.word || t.cap || tokens[last - 1]?.possessive) return false;
  if (PLACE_NOUN.test(t.norm)) return !(t.norm === 'town' && tokens[last + 1]?.norm === 'hall');
  const u = tokens[last + 1];
  // The modifier is a noun or adjective ("shopping", "home", "coastal"): no verb ("met village elders"), conjunction
  // or preposition ("Smith and city officials").
  const modifier = !CUE_VERBS.has(t.norm) && !/(?:s|ed|ly)$/.test(t.norm) && !STOP_CAPS.has(t.norm) && !hasTag(t.norm, 'PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb');
  return modifier && !!u && u.word && !u.cap && PLACE_NOUN.test(u.norm);
}

/** "the province of Batangas", "the oil-rich state of Akwa Ibom": a lower-case place noun, "of", the name — or a
 *  capital one after "the": "for the City of Quincy". */
function placeNounBefore(tokens: Token[], first: number): boolean {
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  return of?.norm === 'of' && !!noun && noun.word && (!noun.cap || tokens[first - 3]?.norm === 'the') && (PLACE_NOUN.test(noun.norm) || noun.norm === 'state');
}

/** A role in lower case opens the apposition after the comma at token `k`: "Rob Cousins, FOPM chairman,", "Esme Ward, the
 *  director of the museum". */
function roleInCommas(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',') return false;
  let j = k + 1;
  if (/^(?:the|a|an|its|their)$/.test(tokens[j]?.norm ?? '')) j++;
  return [j, j + 1, j + 2].some((d) => !!tokens[d]?.word && !tokens[d].cap && isRoleWord(tokens[d].norm) && tokens.slice(j, d).every((x) => x.word));
}

/** "in Uyo, Akwa Ibom, the senator": the name after a town named after "in" is its region or country, when the
 *  clause goes on after it. A known first name ("in London, Boris Johnson, the prime minister") is no region. */
function regionAfterTown(tokens: Token[], c: NameChunk): boolean {
  if (tokens[c.first - 1]?.text !== ',' || !/^[,.;]$/.test(tokens[c.last]?.text ?? '.')) return false;
  // (Nor a name closing on a surname that goes on to speak, whatever its given name: "First Bus's business manager in
  // York, Will Pearson, said" — "Will" is a word too, so no known first name tells it.)
  const last = c.words[c.words.length - 1].norm;
  if (c.words.length >= 2 && isLastName(last) && !isPlaceWord(last) && tokens[c.last]?.text === ',' && speaksNext(tokens, c.last + 1)) return false;
  let i = c.first - 2;
  const townEnd = i;
  while (i >= 0 && townEnd - i < 3 && tokens[i].word && tokens[i].cap) i--;
  return i < townEnd && i >= 0 && /^(?:in|at|near|from|outside)$/.test(tokens[i].norm);
}

/** A named storm or operation: "Hurricane Helene", "Super Typhoon Man-yi", "Operation Lucy" (the lead word
 *  anywhere before the last). */
export function isNamedEvent(norms: readonly string[]): boolean {
  return norms.length > 1 && norms.slice(0, -1).some((n) => EVENT_LEAD.test(n));
}

/** A plural of capitals is a group, never one person: "MPs", "CEOs", "GPs". */
export function isPluralCapitals(c: NameChunk): boolean {
  return c.words.length === 1 && /^[A-Z]{2,}s$/.test(c.words[0].text);
}

/** Are the capitals of `abbr` ("PTI", "NAB"; see bracketedAbbreviation) the initials of the capitalised parts of
 *  `words` ("Pakistan Tehrik-e-Insaf")? */
function isInitialism(words: readonly Token[], abbr: string): boolean {
  // (A part in capitals gives all its letters: "UK Anti-Doping (UKAD)".)
  const initials = words.flatMap((w) => w.text.split(/[-‐‑]/)).filter((p) => /^\p{Lu}/u.test(p)).map((p) => (/^\p{Lu}{2,}$/u.test(p) ? p : p[0])).join('');
  return initials === abbr;
}

/** The plural of a word of the language: "corrections", "soldiers", "brothers", "counties" (not "Ross", whose "s" is
 *  doubled; nor "Dries", a verb's form). */
function isCommonPlural(norm: string): boolean {
  if (!/[^s]s$/.test(norm)) return false;
  if (isDictionaryWord(norm.slice(0, -1))) return true;
  const one = singularOf(norm)!;
  return /ies$/.test(norm) && isDictionaryWord(one) && !hasTag(norm, 'PresentTense') && !hasTag(one, 'Adjective');
}

/** Roles and trades a firm fills, in the plural: before its name ("administrators Begbies Traynor", "solicitors Aaron
 *  and Partners") or closing it ("Madgwicks Lawyers", "Hart Surveyors"). Not architects: "architects Zaha Hadid" may
 *  be her. */
const FIRM_TRADES = /^(?:liquidators|receivers|administrators|auditors|accountants|lawyers|solicitors|surveyors|auctioneers)$/;

/** A past form right after the name: "the company Tom Hale founded", "the firm Ann Lee had run". */
function pastFormAfter(tokens: Token[], last: number): boolean {
  const t = tokens[last];
  return !!t?.word && !t.cap && (hasTag(t.norm, 'PastTense', 'Participle') || /\wed$/.test(t.norm) || /^(?:had|has|have|was|is)$/.test(t.norm));
}

function set(c: NameChunk, kind: EntityKind, evidence: number): void {
  c.kind = kind;
  c.evidence = evidence;
}

/** Where a body's name that the name chunker cut at "and" or "&" begins: "Food" of "the Food and Drug
 *  Administration", "National" of "the National Search and Rescue Agency", "Department" of "the Department for Work
 *  and Pensions" — capitalised words (no article) before the joining word, at most six, past "of" or "for" between
 *  capitals. `first` is the token index where the cut name starts; `first` itself when there is no such name. */
export function bodyNameStart(t: Token[], first: number): number {
  if (!/^(?:and|&)$/.test(t[first - 1]?.norm ?? '') || !t[first - 2]?.cap || !t[first - 2].word) return first;
  let k = first - 2;
  const joins = (j: number) => /^(?:of|for)$/.test(t[j]?.norm ?? '') && !!t[j - 1]?.word && t[j - 1].cap && !DETERMINERS.has(t[j - 1].norm);
  while (k > 0 && first - 1 - k < 6 && ((t[k - 1].word && t[k - 1].cap && !DETERMINERS.has(t[k - 1].norm)) || joins(k - 1))) k--;
  return DETERMINERS.has(t[k].norm) || /^(?:of|for)$/.test(t[k].norm) ? first : k;
}
