// People named in the article: their names found and classified (names.ts), then grouped into one person per
// individual ("Kim Jong-un", "Kim Jong Un", "Mr Kim", "Kim"), with role, age and gender where the text gives them.
import { relativeParagraph, type ArticleDoc, type Paragraph } from './document';
import type { QuoteSpan } from './quotes';
import type { Person, TextSpan } from './types';
import type { Token } from './text';
import { hashId } from './ids';
import { ANIMALS, CUE_VERBS, GROUPS, HONORIFICS, HONORIFIC_OFFICE, LEGAL_FORMS, hasTag, isRoleWord, isCommonWord, isDictionaryWord, isFirstName, isForenameToo, isLastName, isOrgWord, isPlaceWord, isTradeWord, nameGender, roleGender, tagsOf } from './lexicon';
import { KIN, NATIONALITY, PARTICLES, bodyNameStart, indexBefore, isPluralCapitals, nameChunksOf, nameCount, nameEnd, type EntityKind, type NameChunk } from './names';
import { AGE_REACH, ageOf, describedAges, roleOf } from './peopleFacts';

export type { EntityKind } from './names';

/** A name in the text, classified, and (for people) tied to the person it names. */
export interface NameMention extends TextSpan {
  kind: EntityKind;
  personId: string | null;
  paragraph: number;
  /** Token indices of the name (without honorific or title) in its paragraph. */
  first: number;
  last: number;
}

export interface PersonInfo extends Person {
  gender: 'm' | 'f' | null;
  /** Normalised name words, for matching a description or a later surname. */
  words: string[];
  /** Role words, lower case, for matching "the spokeswoman" or "the Russian president". */
  roleWords: string[];
  /** The gender was read from the given name alone ("Sam", "Mattie"), which some of either sex bear: a pronoun of the
   *  other gender may still be theirs. */
  genderByName: boolean;
}

export interface PeopleResult {
  people: PersonInfo[];
  /** Every classified name, people and organisations alike, in text order. */
  names: NameMention[];
  /** Equal item by item (===) in two analyses of a session when their people are the same but for where they are
   *  mentioned, and are mentioned in the same order: each person but for their mentions' places, then whom each
   *  name of a person names, in text order. (Attribution reuse, attributionReuse.ts, checks the rest near each
   *  quotation.) Without it, nothing is reused. */
  signature?: readonly unknown[];
}

/** "Wang Quanzhang", "Li Wenzu": a name of two words that leads with `w`, a known surname that is no given name, and
 *  ends in a word no lexicon knows — a family name written first. */
function familyNameFirst(full: Chunk, w: string): boolean {
  const n = full.facts.norms;
  return n.length === 2 && full.facts.squashed[0] === w && isLastName(n[0]) && !isFirstName(n[0]) && !tagsOf(n[1]).length;
}

// "Jong-un" and "Jong Un" squash alike, as do "Luján" and "Lujan". Memoised: names repeat, and clustering compares
// them many times.
const squashed = new Map<string, string>();
const squash = (s: string) => {
  let v = squashed.get(s);
  if (v === undefined) {
    v = s.toLowerCase().replace(/['’]s$/, '').normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
    if (squashed.size > 50000) squashed.clear();
    squashed.set(s, v);
  }
  return v;
};

/** What a name's own paragraph says about it, whatever the rest of the article: found once per paragraph text. */
interface ChunkFacts {
  /** Only a comma or "and" (or both) between the name before in the paragraph and this one: names in a list. */
  listedAfter: boolean;
  /** "and" right before the name: the last of a list. */
  andBefore: boolean;
  /** The end of a body's name that the chunker cut at "and", led by a body's word: "Pensions" of "the Department for
   *  Work and Pensions" (see bodyNameStart). */
  bodyTail: boolean;
  /** Right after a kin word's "of" ("wife of Vice President Biden"): a relative of the one the phrase describes. */
  kinOf: boolean;
  /** A name someone is introduced by: after "named" or "called" and a word for a person ("a lieutenant named Robbins"). */
  introduced: boolean;
  /** For a given name alone before "and" and another given name with a surname, that surname, which they share:
   *  "Hounslow" for "Raymond" in "Raymond and Cheryl Hounslow". */
  couple: string | null;
  /** The chunk's words normalised, and joined with spaces. */
  norms: string[];
  normKey: string;
  /** The words squashed (see squash), joined with nothing; the length of that is how full the name is. */
  squashed: string[];
  squashKey: string;
  /** The mention as written, and the name without honorific or possessive ending. */
  text: string;
  name: string;
  /** End of the mention with any stops after it, relative to the chunk's end: to match a quotation's content. */
  trailingStops: number;
  beforeCue: boolean;
  afterCue: boolean;
  /** Opening its paragraph before a colon and a quotation, as a transcript or a round-up of reactions labels its
   *  speakers: "Pep Guardiola: “We are happy.”" */
  labelsQuote: boolean;
  /** A verb in the past right after the name: "Xi Jinping met …". */
  verbAfter: boolean;
  /** In brackets on its own: "(Jokowi)". */
  bracketed: boolean;
  /** Brought in as what someone is called: "known as “Hemedti”", "nicknamed Lula". */
  knownAs: boolean;
  /** "he", "she", "his" or "her" follows in the sentence, before any "its" or "their". */
  personalAfter: boolean;
  /** The gender of that pronoun ("Smith was back on stage … for his role"). */
  afterGender: 'm' | 'f' | null;
  /** The name stands as a place does: before a noun ("his Devon home") or beside a place ("Cork and Kerry"). */
  placeLike: boolean;
  /** Right after "in" or "near": "a deli in Retford". */
  inPlace: boolean;
  /** The name is an animal's (see namesAnimal): "her cocker spaniel Reuben", "Linda, a rottweiler,". */
  animal: boolean;
  /** The token after the name is a stop, comma or semicolon (or there is none). */
  stopAfter: boolean;
  /** ", who" follows the name. */
  whoAfter: boolean;
  /** No word of the name is a place, country or organisation in the lexicon. */
  noPlaceWord: boolean;
  role: string | null;
  /** The age given right after the name or by "… has died aged 87" (see ageOf); undefined when the text looked at
   *  runs past the paragraph's end, so that what follows the paragraph decides. */
  age: number | null | undefined;
  /** The classification the paragraph alone gives, which this analysis starts from. */
  kind: EntityKind;
  evidence: number;
}

/** A name chunk of this analysis with its paragraph's facts about it. */
interface Chunk extends NameChunk {
  facts: ChunkFacts;
}

interface Cluster {
  chunks: Chunk[];
  /** The fullest form seen: the canonical name. */
  full: Chunk;
  key: string;
}

export function findPeople(doc: ArticleDoc, quotes: QuoteSpan[]): PeopleResult {
  const chunks: Chunk[] = [];
  // What grouping reads (see Grouping.key).
  const read: string[] = [];
  for (const p of doc.paragraphs) {
    if (!nameCount(p)) continue;
    const placed = placedChunks(p);
    for (const c of placed) chunks.push(c);
    read.push(p.memo.get('groupingKey', () => placed.map(chunkKey).join('\n')));
  }
  // A term held in quotation marks on its own ("Hope", “Better Idea of Afghan Girls”) is not a name — nor is a title
  // of a work made of an honorific and one word ("Lady Marmalade", “Mrs Doubtfire”).
  const quoted = new Set(quotes.map((q) => `${q.contentStart}:${q.contentEnd}`));
  const quotedTerms: number[] = [];
  chunks.forEach((c, i) => {
    if (c.kind === 'person' && (c.evidence < 2 || (c.honorific && c.words.length === 1 && !c.title.length)) && quoted.has(`${c.start}:${c.end + c.facts.trailingStops}`)) {
      c.kind = 'other';
      quotedTerms.push(i);
    }
  });
  read.push(quotedTerms.join());
  const { clusters, clusterOf } = grouped(doc, chunks, read);
  const people = clusters.map((cl) => describe(doc, cl));
  describedAges(doc, people);
  const names: NameMention[] = chunks.map((c, i) => ({
    start: c.start,
    end: c.end,
    text: c.facts.text,
    kind: c.kind,
    personId: clusterOf[i] >= 0 ? people[clusterOf[i]].id : null,
    paragraph: c.paragraph,
    first: c.first,
    last: c.last,
  }));
  const more = commonWordNames(doc, people);
  pairedSurnames(doc, people);
  const all = more.length ? [...names, ...more].sort((a, b) => a.start - b.start) : names;
  return { people, names: all, signature: [JSON.stringify(people.map(personKey)), whomNamed(people, all)] };
}

/** For each name of a person, in text order, the person's index. */
function whomNamed(people: PersonInfo[], names: NameMention[]): string {
  const index = new Map(people.map((p, i) => [p.id, i]));
  let out = '';
  for (const n of names) if (n.personId) out += `${index.get(n.personId)},`;
  return out;
}

/** A person but for where they are mentioned. */
const personKey = (p: PersonInfo) => [p.id, p.name, p.aliases, p.role, p.age, p.gender, p.genderByName, p.words, p.roleWords, p.mentions.length];

/** The grouping of one analysis by chunk index: each chunk's kind and evidence after promotion, and the clusters. */
interface Grouping extends ChunkClusters<number> {
  /** What it read: per paragraph with names, one string of its names' facts (see chunkKey; the same string object
   *  while the paragraph is unchanged, so comparing is quick), then the indices of names taken as quoted terms. */
  key: string[];
  kinds: EntityKind[];
  evidence: number[];
}

/** Clusters of chunks (or of their indices), and for each chunk index its cluster's index, -1 for none. */
interface ChunkClusters<C> {
  clusters: { chunks: C[]; full: C; key: string }[];
  clusterOf: Int32Array;
}

/** The chunks promoted (kinds and evidence set in place) and clustered. Promotion and clustering read what each
 *  name's paragraph says about it and the names' order, never their offsets or anything else of the text, so an
 *  analysis whose names read alike in the same order (most edits touch no name) takes the last grouping again. */
function grouped(doc: ArticleDoc, chunks: Chunk[], key: string[]): ChunkClusters<Chunk> {
  const last = doc.cache.documentResult<Grouping>('grouping');
  if (last && sameStrings(last.key, key)) {
    chunks.forEach((c, i) => {
      c.kind = last.kinds[i];
      c.evidence = last.evidence[i];
    });
    const clusters = last.clusters.map((cl) => ({ chunks: cl.chunks.map((i) => chunks[i]), full: chunks[cl.full], key: cl.key }));
    return { clusters, clusterOf: last.clusterOf };
  }
  promote(chunks);
  const clusters = cluster(chunks.filter((c) => c.kind === 'person'));
  const index = new Map(chunks.map((c, i) => [c, i]));
  const clusterOf = new Int32Array(chunks.length).fill(-1);
  clusters.forEach((cl, k) => cl.chunks.forEach((c) => (clusterOf[index.get(c)!] = k)));
  doc.cache.keepDocumentResult<Grouping>('grouping', {
    key,
    kinds: chunks.map((c) => c.kind),
    evidence: chunks.map((c) => c.evidence),
    clusters: clusters.map((cl) => ({ chunks: cl.chunks.map((c) => index.get(c)!), full: index.get(cl.full)!, key: cl.key })),
    clusterOf,
  });
  return { clusters, clusterOf };
}

/** Everything about a chunk that promote() and cluster() read, as its paragraph's text alone gives it (besides its
 *  order and which paragraph it is in, which the key's list of one string per paragraph gives). */
function chunkKey(c: Chunk): string {
  const f = c.facts;
  // Token indices: a bracketed nickname must follow the name at once ("Joko Widodo (Jokowi)"); the first word as
  // written: its capitals ("Jokowi", "CEOs"); the honorific, whose gender picks among a surname's bearers.
  const shape = [c.first, c.last, c.words[0]?.text, c.title.length, c.honorific?.norm ?? null, c.thingLike, isPluralCapitals(c)];
  // Every fact but those only describe() reads (and the two joined forms of others), so that a fact added later is
  // in the key without anyone remembering to put it there (three once were not: a verb after the name, a quote it
  // labels, standing as a place). Values only: the keys are kept for every paragraph, and names repeated in each
  // cost memory.
  const { text, name, trailingStops, age, normKey, squashKey, ...read } = f;
  return JSON.stringify([Object.values(read), shape]);
}

const sameStrings = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** Token indices of a paragraph's sentence-initial capitalised words that stand as subjects: "Chambers said",
 *  "Chambers, the chief executive, said", "Read stressed that" — not "Chambers of commerce". */
function subjectStarts(para: { tokens: Token[]; sentences: { start: number }[] }): number[] {
  const t = para.tokens;
  const out: number[] = [];
  let k = 0;
  for (const s of para.sentences) {
    while (k < t.length && t[k].start < s.start) k++;
    const tok = t[k];
    const next = t[k + 1];
    // (Or an auxiliary, adverb or "himself" before the verb: "Masters did not reveal the date", "Read has said",
    // "Pence himself released".)
    if (tok?.word && tok.cap && next && (next.text === ',' || (next.word && !next.cap && (CUE_VERBS.has(next.norm) || /(?:ed|s)$/.test(next.norm) || SUBJECT_AUX.test(next.norm))))) out.push(k);
  }
  return out;
}
const SUBJECT_AUX = /^(?:did|does|do|has|had|have|was|is|will|would|could|can|should|may|might|also|then|later|still|never|himself|herself)$/;

/** "the Putin-Biden summit", "the Cruise-Rogers marital woes": two surnames of people the article names, joined by a
 *  hyphen in one word, are a mention of each. (Mentions of the people only: the word names no speaker.) */
function pairedSurnames(doc: ArticleDoc, people: PersonInfo[]): void {
  // Each surname that one person alone bears.
  const bySurname = new Map<string, PersonInfo | null>();
  for (const p of people) {
    const words = p.name.split(/\s+/);
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    bySurname.set(surname, bySurname.has(surname) ? null : p);
  }
  if (bySurname.size < 2) return;
  const touched = new Set<PersonInfo>();
  for (const para of doc.paragraphs) {
    for (const tok of para.tokens) {
      const m = tok.word && tok.cap ? /^(\p{Lu}[\p{L}'’]+)-(\p{Lu}[\p{L}'’]+)$/u.exec(tok.text) : null;
      if (!m) continue;
      const left = bySurname.get(m[1]);
      const right = bySurname.get(m[2]);
      if (!left || !right || left === right) continue;
      const at = tok.start + m[1].length + 1;
      left.mentions.push({ start: tok.start, end: tok.start + m[1].length, text: m[1] });
      right.mentions.push({ start: at, end: at + m[2].length, text: m[2] });
      touched.add(left).add(right);
    }
  }
  for (const p of touched) {
    p.mentions.sort((a, b) => a.start - b.start);
    for (const m of p.mentions) if (m.text !== p.name && !p.aliases.includes(m.text)) p.aliases.push(m.text);
  }
}

/** Capitalised words inside a sentence, not after another capitalised word, that speak, act or own something: "“…,”
 *  Singer said", "when Cook reopened", "Singer’s media strategy" — where a surname that is also a role word made no
 *  name chunk. */
function speakingCapitals(para: { tokens: Token[]; sentences: { start: number }[] }): number[] {
  const t = para.tokens;
  const starts = new Set(subjectStarts(para));
  const out: number[] = [];
  for (let k = 1; k < t.length; k++) {
    const tok = t[k];
    if (!tok.word || !tok.cap || starts.has(k) || (t[k - 1].word && (t[k - 1].cap || /^(?:the|a|an)$/.test(t[k - 1].norm)))) continue;
    const next = t[k + 1];
    // (…or acts, as a clause's subject: "when Cook reopened the cafe", "a year ago, Cook was told" — not after a
    // particle, inside a name: "Andre Gonzalez de Savage was quoted".)
    const acts = !PARTICLES.has(t[k - 1].norm) && (/ed$/.test(next?.norm ?? '') || SUBJECT_AUX.test(next?.norm ?? ''));
    if (tok.possessive || (next?.word && !next.cap && ((CUE_VERBS.has(next.norm) && !/ing$/.test(next.norm)) || acts))) out.push(k);
  }
  return out;
}

/** "Chambers, one of Silicon Valley's longest-serving chief executives, said …", "Read stressed …", "Bill’s passion
 *  …": a surname or given name that is also a common word opens a sentence, where its capital says nothing, so it is no
 *  name chunk. Once the article has named the person in full, such a word (capitalised as written) where a name
 *  speaks or owns is a mention of them. */
function commonWordNames(doc: ArticleDoc, people: PersonInfo[]): NameMention[] {
  const byWord = new Map<string, PersonInfo | null>();
  for (const p of people) {
    const words = p.name.split(/\s+/);
    const surname = words[words.length - 1];
    // (A word or a place the lexicon knows: "Andy Grove" … "Grove had suffered", "Mike Naples" … "Naples was 79".)
    const word = surname.toLowerCase();
    if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(surname) && (isCommonWord(word) || isDictionaryWord(word) || isPlaceWord(word))) {
      // Two people sharing the surname: the bare word could be either.
      byWord.set(surname, byWord.has(surname) ? null : p);
    }
    // …and a given name that is a common word too ("Bill began his career"), as the copy may call someone by it.
    const given = words[0];
    if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(given) && isForenameToo(given.toLowerCase())) byWord.set(given, byWord.has(given) ? null : p);
  }
  const found: NameMention[] = [];
  if (!byWord.size) return found;
  // Where a name is already mentioned: a word read both ways is one mention.
  const named = new Set<number>();
  for (const p of people) for (const m of p.mentions) named.add(m.start);
  for (const para of doc.paragraphs) {
    const t = para.tokens;
    // The paragraph's sentence-initial words followed by a comma or a lower-case -ed/-s word or reporting verb,
    // found once per paragraph text.
    // …and, mid-sentence, such a word that speaks or owns ("“…,” Singer said", "Singer’s strategy").
    for (const k of [...para.memo.get('subjectStarts', () => subjectStarts(para)), ...para.memo.get('speakingCapitals', () => speakingCapitals(para))]) {
      const tok = t[k];
      const person = byWord.get(tok.text.replace(/['’]s?$/, ''));
      // (A headline names before the copy does: "Cook admits loss is lowest point of his Test career".)
      if (!person || (tok.start < person.mentions[0].start && para.index > 0) || named.has(tok.start)) continue;
      named.add(tok.start);
      const end = nameEnd(tok);
      const mention = { start: tok.start, end, text: doc.text.slice(tok.start, end) };
      person.mentions.push(mention);
      if (!person.aliases.includes(mention.text) && mention.text !== person.name) person.aliases.push(mention.text);
      found.push({ ...mention, kind: 'person', personId: person.id, paragraph: para.index, first: k, last: k + 1 });
    }
  }
  for (const p of byWord.values()) p?.mentions.sort((a, b) => a.start - b.start);
  return found;
}

/** The name chunks of a paragraph, placed once per position (paragraph start, index and tokens) and reused by later
 *  analyses of the same text there: only kind and evidence change during an analysis, so they are set back to what
 *  the paragraph alone says first. Chunks never outlive the analysis that uses them (people and names copy what
 *  they need), and one position holds one paragraph per analysis. */
function placedChunks(p: Paragraph): Chunk[] {
  const placements = p.memo.get('placedChunks', () => new Map<number, { tokens: Token[]; index: number; chunks: Chunk[] }>());
  const placed = placements.get(p.start);
  if (placed && placed.tokens === p.tokens && placed.index === p.index) {
    for (const c of placed.chunks) {
      c.kind = c.facts.kind;
      c.evidence = c.facts.evidence;
    }
    return placed.chunks;
  }
  if (placements.size > 4) placements.clear();
  const chunks = nameChunksOf(p, p.memo.get('chunkFacts', () => chunkFacts(relativeParagraph(p))));
  placements.set(p.start, { tokens: p.tokens, index: p.index, chunks });
  return chunks;
}

/** Is `c` the end of a body's name cut at "and" (see ChunkFacts.bodyTail)? */
function bodyTail(t: Token[], c: NameChunk): boolean {
  const from = bodyNameStart(t, c.first);
  return from < c.first && !c.honorific && !c.title.length && t.slice(from, c.first).some((x) => x.word && x.cap && isOrgWord(x.norm));
}

/** Whether `c` follows "named" or "called" after a word for a person ("a lieutenant named Robbins", "a man called
 *  Dave"). (A relative's word and a comma before it, "Steven's sister, Jessica", was tried: a zoo's animals are named so
 *  too, "her mother, Kumbuka", and it cost a blind batch as much as it gained.) */
function introduced(t: Token[], c: NameChunk): boolean {
  const at = indexBefore(c);
  if (at < 1) return false;
  return /^(?:named|called)$/.test(t[at].norm) && !!t[at - 1]?.word && !t[at - 1].cap && (isRoleWord(t[at - 1].norm) || /^(?:man|woman|boy|girl|person|lad|guy|friend|neighbou?r|colleague)$/.test(t[at - 1].norm));
}

/** The surname `c`, a given name alone before "and" and a given name with a surname (`next`), shares with it (see
 *  ChunkFacts.couple); null when it is no such name. */
function couple(t: Token[], c: NameChunk, next: NameChunk | undefined): string | null {
  // (The second given name may be a noun the lexicon knows only as a word — "Allen and Violet Large" — or a word no
  // lexicon knows — "Neralie" — but not an adjective or a participle: "Rochelle and Diversified Signs".)
  const given = (w: string) => {
    if (isFirstName(w)) return true;
    const tags = tagsOf(w);
    const fits = tags.length ? tags.every((x) => x === 'Noun' || x === 'Singular') : !isDictionaryWord(w);
    return fits && !isPlaceWord(w) && !isOrgWord(w) && !isRoleWord(w) && !isLastName(w);
  };
  const shared = c.words.length === 1 && !c.honorific && !c.title.length && isFirstName(c.words[0].norm) && t[c.last]?.norm === 'and' && !!next && next.first === c.last + 1 && next.words.length === 2 && !next.honorific && !next.title.length && given(next.words[0].norm) && !isFirstName(next.words[1].norm) && !isPlaceWord(next.words[1].norm) && !isOrgWord(next.words[1].norm) && !hasTag(next.words[1].norm, 'Plural');
  return shared ? next.words[1].text.replace(/['’]s?$/, '') : null;
}

/** The facts of each name of a paragraph laid out on its own (see ChunkFacts). Stops after a name end before the
 *  paragraph does (it ends at a character that is not a space), so reading them here reads what the whole text has. */
function chunkFacts(para: Paragraph): ChunkFacts[] {
  const body = para.body;
  return nameChunksOf(para).map((c, k, all) => {
    const norms = c.words.map((w) => w.norm);
    const prev = all[k - 1];
    const squashed = norms.map(squash);
    let end = c.end;
    while (end < body.length && /[.,!?;:]/.test(body[end])) end++;
    const pronoun = personalAfter(para.tokens, c.last);
    return {
      norms,
      normKey: norms.join(' '),
      squashed,
      squashKey: squashed.join(''),
      text: body.slice(c.start, c.end),
      name: body.slice(c.words[0].start, nameEnd(c.words[c.words.length - 1])),
      trailingStops: end - c.end,
      beforeCue: beforeCue(para, c),
      afterCue: afterCue(para, c),
      labelsQuote: indexBefore(c) === -1 && para.tokens[c.last]?.text === ':' && /^[“"‘']$/.test(para.tokens[c.last + 1]?.text ?? ''),
      // (…after a full name joined to it by "and": "Lee Harmes and Hayden Russell were picked up" — not a firm's
      // "Gordon and MacPhail said".)
      verbAfter: verbAfter(para.tokens, c.last) || (c.words.length >= 2 && para.tokens[c.last]?.norm === 'and' && all[k + 1]?.first === c.last + 1 && all[k + 1].words.length >= 2 && verbAfter(para.tokens, all[k + 1].last)),
      personalAfter: pronoun !== null,
      afterGender: pronoun,
      placeLike: placeLike(para.tokens, c),
      inPlace: /^(?:in|near)$/.test(para.tokens[c.first - 1]?.norm ?? ''),
      animal: namesAnimal(para.tokens, c),
      bracketed: para.tokens[c.first - 1]?.text === '(' && para.tokens[c.last]?.text === ')' && !c.honorific && !c.title.length,
      knownAs: knownAs(para.tokens, c.first),
      stopAfter: /^[.,;]$/.test(para.tokens[c.last]?.text ?? '.'),
      whoAfter: para.tokens[c.last]?.text === ',' && para.tokens[c.last + 1]?.norm === 'who',
      listedAfter: !!prev && c.first > prev.last && c.first - prev.last <= 2 && para.tokens.slice(prev.last, c.first).every((x) => x.text === ',' || x.norm === 'and'),
      andBefore: para.tokens[c.first - 1]?.norm === 'and',
      bodyTail: bodyTail(para.tokens, c),
      couple: couple(para.tokens, c, all[k + 1]),
      kinOf: para.tokens[indexBefore(c)]?.norm === 'of' && KIN.test(para.tokens[indexBefore(c) - 1]?.norm ?? ''),
      introduced: introduced(para.tokens, c),
      noPlaceWord: norms.every((n) => !hasTag(n, 'Place', 'Country', 'Organization')),
      role: roleOf(body, para.tokens, c),
      age: c.end + AGE_REACH <= body.length ? ageOf(body, para.sentences, c) : undefined,
      kind: c.kind,
      evidence: c.evidence,
    };
  });
}

const isCompanyForm = (norm: string) => LEGAL_FORMS.test(norm) || isTradeWord(norm);
/** A surname with an Arabic article joined to it ("al-zaidi"), and the surname alone. */
const ARTICLED = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-(\p{L}.+)$/u;
/** A role only a person holds: "founder of WhatsApp", not "its main rival" (a product's). */
const personRole = (role: string | null) => !!role && !/^(?:its|their)\b/i.test(role);

/** Document-level evidence: a surname seen with a first name or title makes its bare uses people too;
 *  a capitalised word right before a reporting verb ("Antonov said") is a speaker. */
function promote(chunks: Chunk[]): void {
  // An animal's name is no one's, wherever the article uses it ("his dog Reuben … grabbed Reuben by the neck").
  const animals = new Set<string>();
  for (const c of chunks) {
    if (!c.facts.animal) continue;
    animals.add(c.facts.normKey);
    // ("Frenchie Merlyn" is "Merlyn" after.)
    if (c.facts.norms.length === 2 && ANIMALS.has(c.facts.norms[0])) animals.add(c.facts.norms[1]);
  }
  if (animals.size) {
    for (const c of chunks) {
      // (…after its kind in a title-case line too: "Giant Panda Bai Yun".)
      const n = c.facts.norms;
      const named = animals.has(c.facts.normKey) || (n.length > 1 && ANIMALS.has(n[0]) && animals.has(n.slice(1).join(' ')));
      if (c.title.length || c.honorific || !named) continue;
      c.kind = 'other';
      c.evidence = 2;
    }
  }
  const orgs = new Set<string>();
  // A company's name without its trade or legal form: "Muller Wiseman" of "Muller Wiseman Dairies". (Not a name before
  // "Foundation" or "Organization", which are named after people — "Trump Organization" — nor after a known first
  // name: "John Lewis" may be a man.)
  const orgStarts = new Set<string>();
  // (One guess of a body on a word does not make a body of the surname of someone named in full with a given name the
  // lexicon knows: "Yang said the restaurant doubled its treatments" after "David Yang".)
  const knownSurnames = new Set<string>();
  for (const c of chunks) if (c.kind === 'person' && c.evidence >= 2 && c.words.length >= 2 && isFirstName(c.facts.norms[0])) knownSurnames.add(c.facts.norms[c.facts.norms.length - 1]);
  for (const c of chunks) {
    if (c.kind !== 'organisation' || c.evidence < 1) continue;
    if (c.evidence === 1 && c.words.length === 1 && knownSurnames.has(c.facts.normKey)) continue;
    orgs.add(c.facts.normKey);
    const n = c.facts.norms;
    let k = n.length;
    while (k > 1 && isCompanyForm(n[k - 1])) k--;
    if (k < n.length && !isFirstName(n[0])) orgStarts.add(n.slice(0, k).join(' '));
  }
  // A guess that names a known organisation elsewhere ("Reuters") is not a person — nor one that only speaks, named as
  // a body elsewhere by its surroundings ("Le Figaro said" after "the French newspaper Le Figaro").
  // (A name the article calls a body outright, "building company Porter Davis", is that body wherever it stands without a
  // title, though it reads as a given name and a surname: see classify.)
  const bodies = new Set<string>();
  for (const c of chunks) if (c.kind === 'organisation' && c.evidence >= 2) bodies.add(c.facts.normKey);
  const bodyNamed = (c: Chunk) => ((c.evidence === 0 || (c.evidence === 1 && !c.title.length && !c.honorific && !isFirstName(c.facts.norms[0]))) && orgs.has(c.facts.normKey)) || (!c.title.length && !c.honorific && !personRole(c.facts.role) && !c.facts.personalAfter && !c.facts.whoAfter && bodies.has(c.facts.normKey));
  // Words of names sure to be people's: their bare uses are people too. A name known by its words, or given a role
  // ("Han Byung-do, the new floor leader, said") or speaking as below; not one that only speaks, whose first word may
  // be an unlisted title ("Tánaiste Eamon Gilmore said").
  const sure = new Set<string>();
  // (A surname with its Arabic article makes the bare surname sure too: "Shubul al-Zaidi" … "the deaths of Zaidi".)
  const addSure = (n: string) => {
    sure.add(n);
    const bare = ARTICLED.exec(n);
    if (bare) sure.add(bare[1]);
  };
  for (const c of chunks) if (c.kind === 'person' && c.evidence >= 1 && !bodyNamed(c)) for (const n of c.facts.norms) addSure(n);
  // Places by their shape or the words around them ("Siam Paragon shopping mall"), not by their words alone.
  const places = new Set<string>();
  for (const c of chunks) if (c.kind === 'place' && c.evidence === 1 && c.words.length >= 2) places.add(c.facts.normKey);
  // A word read as a place where it stands ("in Sydney") is that place elsewhere too ("a multi-million dollar Sydney
  // home"), unless the article names someone with it ("Sydney Smith") or it speaks or is "he" or "she".
  const placeWords = new Set<string>();
  const inFullNames = new Set<string>();
  // The surnames of people named in full and sure (see below).
  const surnames = new Set<string>();
  for (const c of chunks) {
    if (c.kind === 'place' && c.evidence >= 1 && c.words.length === 1) placeWords.add(c.facts.normKey);
    // …and the name in a place of two words whose other word is a word of the language: "Sydney" of "Greater Sydney"
    // and "Sydney Harbour" ("Sydney roads have been damaged").
    if (c.kind === 'place' && c.evidence === 1 && c.words.length === 2) {
      const [a, b] = c.facts.norms;
      if (isDictionaryWord(a) && !isDictionaryWord(b)) placeWords.add(b);
      else if (isDictionaryWord(b) && !isDictionaryWord(a)) placeWords.add(a);
    }
    // So is a word inside a building's or a site's name of three words or more, which may be named for someone:
    // "Webb" after "the James Webb Space Telescope" is the telescope.
    if (c.kind === 'place' && c.evidence === 1 && c.words.length >= 3) for (const n of c.facts.norms.slice(1, -1)) placeWords.add(n);
    if (c.kind === 'person' && c.words.length >= 2) {
      for (const n of c.facts.norms) inFullNames.add(n);
      if (c.evidence >= 1) surnames.add(c.facts.norms[c.facts.norms.length - 1]);
    }
  }
  // A surname that is a place's name too, of someone named in full, is theirs where it speaks or a "who" follows:
  // "Jeremy Paris moved here … . “…,” Paris, who used to work on Capitol Hill, said".
  for (const c of chunks) {
    const f = c.facts;
    if (c.kind === 'place' && c.words.length === 1 && !c.title.length && !c.honorific && surnames.has(f.normKey) && (f.whoAfter || f.beforeCue || f.afterCue)) {
      c.kind = 'person';
      c.evidence = 1;
    }
  }
  // Someone so shown: their bare words name them elsewhere too ("the signing of Lukaku" after "Romelu Lukaku has …").
  const sureOf = (c: Chunk) => {
    c.evidence = 1;
    for (const n of c.facts.norms) addSure(n);
  };
  for (const c of chunks) {
    const f = c.facts;
    if (c.kind !== 'person') continue;
    // (See `bodyNamed`; nor is a shape guess that names a place told by its surroundings elsewhere: "a ride to Siam
    // Paragon" after "Siam Paragon shopping mall".)
    if (bodyNamed(c)) c.kind = 'organisation';
    else if (c.evidence <= 1 && !c.title.length && !c.honorific && orgStarts.has(f.normKey)) c.kind = 'organisation';
    else if (c.words.length === 1 && c.evidence <= 1 && !c.title.length && !c.honorific && placeWords.has(f.normKey) && !inFullNames.has(f.normKey) && !f.personalAfter && !f.beforeCue && !f.afterCue) c.kind = 'place';
    else if (c.evidence <= 1 && !c.title.length && !c.honorific && places.has(f.normKey)) c.kind = 'place';
    // Two unknown words that speak ("Yasha Levine said", "…,” said Khulu Phasiwe"), or a name given a role
    // ("Koum, founder of WhatsApp"), are someone.
    else if (c.evidence === 0 && f.noPlaceWord && personRole(f.role)) {
      c.evidence = 1;
      for (const n of f.norms) addSure(n);
    } else if (c.evidence === 0 && f.noPlaceWord && f.norms.length >= 2 && (f.beforeCue || f.afterCue || f.labelsQuote)) sureOf(c);
    // …or two or three unknown words doing something in the past: "Xi Jinping met Joe Biden".
    else if (c.evidence === 0 && f.noPlaceWord && f.norms.length >= 2 && f.norms.length <= 3 && f.verbAfter) sureOf(c);
    // …or followed in their sentence by "he", "she", "his" or "her": "Xie Xiufang feels more comfortable in her home".
    else if (c.evidence === 0 && f.noPlaceWord && f.norms.length >= 2 && f.norms.length <= 3 && f.personalAfter) sureOf(c);
    // …and one given name so ("Olivia loved horses and she rode"), unless it stands as a place ("his Devon home").
    else if (c.evidence === 0 && f.norms.length === 1 && isFirstName(f.norms[0]) && !isPlaceWord(f.norms[0]) && f.noPlaceWord && !f.placeLike && (f.personalAfter || f.verbAfter)) c.evidence = 1;
  }
  // A single word that is the subject of a reporting verb twice or more, and that "he" or "she" follows once, is
  // someone the article names only so ("Erdogan said …; Erdogan told reporters that his …").
  const speaking = new Map<string, { times: number; personal: boolean }>();
  for (const c of chunks) {
    if (c.words.length !== 1 || !c.facts.beforeCue || !c.facts.noPlaceWord || (c.kind !== 'person' && c.evidence >= 1)) continue;
    const s = speaking.get(c.facts.normKey) ?? { times: 0, personal: false };
    s.times++;
    s.personal ||= c.facts.personalAfter;
    speaking.set(c.facts.normKey, s);
  }
  for (const c of chunks) {
    const s = speaking.get(c.facts.normKey);
    if (c.words.length === 1 && c.facts.beforeCue && s && s.times >= 2 && s.personal && c.evidence < 1 && c.kind !== 'place') {
      c.kind = 'person';
      c.evidence = 1;
      sure.add(c.facts.normKey);
    }
  }
  // A single word named three times or more, twice with "he" or "she" (or "his", "her") after it in its sentence, and
  // never as an organisation, a place, a common word, a nationality or an adjective ("Indigenous"), is someone known
  // by one name: "Lizzo's legal battle with some of her dancers", "Lizzo intends to sue … after she prevails".
  const mononyms = new Map<string, { times: number; personal: number; other: boolean }>();
  for (const c of chunks) {
    if (c.words.length !== 1) continue;
    const m = mononyms.get(c.facts.normKey) ?? { times: 0, personal: 0, other: false };
    m.times++;
    if (c.facts.personalAfter) m.personal++;
    // (Once after "in" or "near" is a town's: "owner of a deli in Retford, told FFD that he …", "Retford's markets …, he
    // said".)
    m.other ||= !c.facts.noPlaceWord || c.facts.inPlace || c.kind === 'place' || (c.kind === 'organisation' && c.evidence >= 1) || isCommonWord(c.facts.normKey) || hasTag(c.facts.normKey, 'Demonym', 'Adjective') || /(?:ish|ese|ous)$/.test(c.facts.normKey) || NATIONALITY.test(c.facts.normKey);
    mononyms.set(c.facts.normKey, m);
  }
  for (const c of chunks) {
    const m = mononyms.get(c.facts.normKey);
    if (c.words.length === 1 && m && m.times >= 3 && m.personal >= 2 && !m.other && c.evidence < 1 && c.kind !== 'place') {
      c.kind = 'person';
      c.evidence = 1;
      sure.add(c.facts.normKey);
    }
  }
  // "a lieutenant named Robbins", "a man called Dave": one word a person is introduced by is their name.
  for (const c of chunks) {
    if (c.words.length === 1 && c.facts.introduced && !c.honorific && c.evidence < 1 && c.kind !== 'place' && !c.facts.animal && c.facts.noPlaceWord) {
      c.kind = 'person';
      c.evidence = 1;
    }
  }
  // "Humza Yousaf and the Deputy First Minister were accused …; Yousaf said he would …": a surname speaking alone with
  // "he" or "she" after it makes the full name it ends, of words the lexicon cannot place, someone's — and so its bare
  // uses too.
  const spokenSurnames = new Set<string>();
  for (const c of chunks) if (c.words.length === 1 && c.facts.beforeCue && c.facts.personalAfter && c.facts.noPlaceWord && c.kind !== 'place' && !(c.kind === 'organisation' && c.evidence >= 1)) spokenSurnames.add(c.facts.normKey);
  for (const c of chunks) if (c.kind === 'person' && c.evidence === 0 && c.words.length >= 2 && c.words.length <= 3 && c.facts.noPlaceWord && spokenSurnames.has(c.facts.norms[c.facts.norms.length - 1])) sureOf(c);
  // "the Department for Work and Pensions said": the end of a body's name cut at "and" is the body's, though it speaks.
  for (const c of chunks) {
    if (c.facts.bodyTail && c.evidence < 1) {
      c.kind = 'organisation';
      c.evidence = 1;
    }
  }
  // "Raymond and Cheryl Hounslow": the given name before "and" is someone's too.
  // (And so is the name after it, whose words may all be words of the dictionary: "Violet Large".)
  chunks.forEach((c, i) => {
    if (!c.facts.couple) return;
    for (const x of [c, chunks[i + 1]]) {
      if (x && x.kind !== 'place' && x.evidence < 1) {
        x.kind = 'person';
        x.evidence = 1;
      }
    }
  });
  // "Joko Widodo (Jokowi)": a nickname in brackets after a person's name.
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    if (c.kind !== 'person' && chunks[i - 1].kind === 'person' && chunks[i - 1].evidence >= 1 && nickname(chunks[i - 1], c)) {
      c.kind = 'person';
      c.evidence = 1;
      sure.add(c.facts.normKey);
    }
  }
  // "identified the suspects as Shahnawaz Baloch, Rafiq, Mustafa Baloch and Naeem Jan": words the lexicon cannot place,
  // listed after someone and before someone else (or last, after "and"), are someone too.
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    if (c.evidence !== 0 || (c.kind !== 'other' && c.kind !== 'person') || c.title.length || c.honorific || !c.facts.noPlaceWord) continue;
    if (!c.words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isDictionaryWord(w.norm) && !isOrgWord(w.norm) && !hasTag(w.norm, 'Plural', 'Demonym'))) continue;
    const prev = chunks[i - 1];
    const next = chunks[i + 1];
    const after = !!next && next.kind === 'person' && next.evidence >= 1 && next.facts.listedAfter;
    // (Closing the list: "and Booker award winners Ian McEwan" names a prize.)
    if (prev.kind === 'person' && prev.evidence >= 1 && c.facts.listedAfter && (after || (c.facts.andBefore && c.facts.stopAfter))) {
      c.kind = 'person';
      c.evidence = 1;
    }
  }
  for (const c of chunks) {
    const f = c.facts;
    if (c.kind === 'person') continue;
    // What a word's shape says is no name (an event, a plural noun, a label: "other" with evidence) stays so.
    if ((c.kind !== 'other' && !(c.kind === 'organisation' && c.evidence === 0)) || (c.kind === 'other' && c.evidence >= 1) || isPluralCapitals(c)) continue;
    // (A role's word run into a thing's name gives it no holder: "the Teacher Retirement System".)
    const thing = f.norms.length >= 2 && f.norms.every((n) => isDictionaryWord(n) && !isFirstName(n) && !isLastName(n) && !isForenameToo(n));
    if (f.norms.every((n) => sure.has(n)) || (personRole(f.role) && f.noPlaceWord && !thing)) {
      c.kind = 'person';
      c.evidence = 1;
    } else if (f.beforeCue && f.noPlaceWord) {
      // "Bowinn Ma says": a given name the lexicon does not know before a short surname it knows as a word, speaking.
      c.kind = 'person';
      c.evidence = f.norms.length === 2 && !tagsOf(f.norms[0]).length && f.norms[1].length <= 3 && !isOrgWord(f.norms[1]) && !isPlaceWord(f.norms[1]) && c.words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) ? 1 : 0;
    } else if (f.norms.length === 2 && c.evidence === 0 && isForenameToo(f.norms[0]) && (f.personalAfter || f.beforeCue) && f.noPlaceWord) {
      // "star Ray Rice punching his now-wife": a given name that is a common word too, a second word, and "his" or
      // "her" (or a verb of saying) after them in the sentence.
      c.kind = 'person';
      c.evidence = 1;
    } else if ((f.norms.length >= 2 || f.stopAfter) && f.afterCue && f.noPlaceWord) {
      // Inverted attribution: "…,” explained Teal Baker, the national director …
      c.kind = 'person';
      c.evidence = 1;
    }
  }
}

/** Is `c` a one-word nickname of the name `prev`: brought in right after it as what it is called ("…, known as
 *  “Hemedti”"), or in brackets right after it, sharing the first three letters of one of its words ("Joko Widodo
 *  (Jokowi)")? */
function nickname(prev: Chunk, c: Chunk): boolean {
  // "Mohamed Hamdan Daglo, known as “Hemedti”": what the full name is called, whatever its letters.
  if (c.words.length === 1 && c.facts.knownAs && prev.paragraph === c.paragraph && c.first - prev.last <= 5 && prev.words.length >= 2) return true;
  if (c.words.length !== 1 || !c.facts.bracketed || prev.paragraph !== c.paragraph || prev.last + 1 !== c.first || prev.words.length < 2) return false;
  const w = c.facts.squashed[0];
  return /^\p{Lu}\p{Ll}+$/u.test(c.words[0].text) && prev.facts.squashed.some((p) => p.length >= 3 && w.startsWith(p.slice(0, 3)));
}

/** The words before token `i` bring a name in as what someone is called: "known as", "also known as", "nicknamed",
 *  "dubbed", "aka", perhaps with an opening quotation mark. */
function knownAs(t: Token[], i: number): boolean {
  const k = /^[“"‘']$/.test(t[i - 1]?.text ?? '') ? i - 1 : i;
  return (t[k - 1]?.norm === 'as' && t[k - 2]?.norm === 'known') || /^(?:nicknamed|dubbed|aka)$/.test(t[k - 1]?.norm ?? '');
}

/** The gender of a "he", "she", "his" or "her" that follows in the sentence, before any "its" or "their"; null when
 *  none does (see ChunkFacts.personalAfter and afterGender). */
function personalAfter(t: Token[], from: number): 'm' | 'f' | null {
  // A name before people it describes ("a Hamas spokesman, said … though he …") leaves the pronoun theirs.
  const next = t[from];
  if (next?.word && !next.cap && (GROUPS.has(next.norm) || isRoleWord(next.norm) || isRoleWord(next.norm.replace(/s$/, '')))) return null;
  for (let i = from; i < t.length && i < from + 15; i++) {
    if (/^[.!?]$/.test(t[i].text)) return null;
    if (/^(?:its|their|they|it)$/.test(t[i].norm)) return null;
    if (/^(?:he|his|him|himself)$/.test(t[i].norm)) return 'm';
    if (/^(?:she|her|herself)$/.test(t[i].norm)) return 'f';
  }
  return null;
}

const isAnimal = (t: Token | undefined) => !!t?.word && !t.cap && ANIMALS.has(t.norm);

/** A name given to an animal: right after the animal's noun ("her cocker spaniel Reuben", "the lurcher, Smudge"), after
 *  "called" or "named" a few words after it ("the mastiff, called Rocco"), or before an apposition that says what
 *  animal it is ("Linda, a rottweiler, …", "Reuben, a rescue dog"). Not a name with a title or an honorific. */
function namesAnimal(t: Token[], c: NameChunk): boolean {
  if (c.title.length || c.honorific) return false;
  // A kind of animal in capitals: "Sumatran Tiger", "Giant Panda" (not "Larry Bird": a given name first).
  const norms = c.words.map((w) => w.norm);
  // (In the plural too: "Missing Tibetan Spaniels".)
  if (norms.length === 2 && (ANIMALS.has(norms[1]) || ANIMALS.has(norms[1].replace(/s$/, ''))) && !isFirstName(norms[0]) && !isForenameToo(norms[0])) return true;
  // …and a pet named after its breed in capitals: "her two-year-old Frenchie Merlyn" (not a surname: "Pug Jones").
  if (norms.length === 2 && ANIMALS.has(norms[0]) && !isLastName(norms[1])) return true;
  let k = c.first - 1;
  if (/^(?:called|named)$/.test(t[k]?.norm ?? '')) {
    for (let j = k - 1; j >= Math.max(0, k - 4) && (t[j].word || t[j].text === ','); j--) if (isAnimal(t[j])) return true;
    return false;
  }
  const after = t[c.last];
  // A breed named for someone, "Jack Russell puppies", "King Charles spaniel"; a pet and its kind, "Buddy the husky";
  // a pet's keeper, "Abby's owner" (no one's "owner" is named so in the news: a firm's is "the firm's owner").
  const owned = !!c.words[c.words.length - 1].possessive;
  // (The kind after "the" may have words of its own, and capitals: "Ted the Sprocker Spaniel".)
  const kindAfterThe = after?.norm === 'the' && [1, 2, 3].some((d) => ANIMALS.has(t[c.last + d]?.norm ?? '') && t.slice(c.last + 1, c.last + d + 1).every((x) => x.word));
  if (!owned && (isAnimal(after) || kindAfterThe)) return true;
  if (owned && c.words.length === 1 && /^owners?$/.test(after?.norm ?? '')) return true;
  // (Before a comma, the noun's own phrase: "the lurcher, Smudge" — not a clause's last word: "bitten by a dog, Smith
  // said".)
  if (t[k]?.text === ',') {
    k--;
    if (isAnimal(t[k]) && [k - 1, k - 2].some((d) => /^(?:the|his|her|their|its|our|my|your)$/.test(t[d]?.norm ?? ''))) return true;
  } else if (isAnimal(t[k])) return true;
  if (after?.text !== ',' || !/^(?:a|an)$/.test(t[c.last + 1]?.norm ?? '')) return false;
  // (The apposition's head, before any preposition: not "Dan Ross, a partner in the dog-grooming firm".)
  // (In capitals too, a breed's name: "Felix, a two-year-old African Grey Parrot".)
  // ("Shepherd" only after "German": a shepherd is someone's trade too.)
  for (let j = c.last + 2; j < Math.min(t.length, c.last + 8) && (t[j].word || /^[-‐]$/.test(t[j].text)) && !hasTag(t[j].norm, 'Preposition'); j++) if (t[j].word && (ANIMALS.has(t[j].norm) || (t[j].norm === 'shepherd' && t[j - 1].norm === 'german'))) return true;
  return false;
}

function placeLike(t: Token[], c: NameChunk): boolean {
  const next = t[c.last];
  if (next?.word && !next.cap && hasTag(next.norm, 'Singular', 'Plural') && !hasTag(next.norm, 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund')) return true;
  const before = t[c.first - 1];
  const beside = (w: Token | undefined) => !!w?.cap && isPlaceWord(w.norm);
  return (/^(?:and|or)$/.test(before?.norm ?? '') && beside(t[c.first - 2])) || (/^(?:and|or)$/.test(next?.norm ?? '') && beside(t[c.last + 1]));
}

/** A lower-case verb in the past tense right after the name, "met", "arrived", "won" (not "based", "led", "born":
 *  the participles that make compounds). */
function verbAfter(t: Token[], at: number): boolean {
  // (Past a short aside in commas: "Fidelma Fitzpatrick, in Providence, represented the plaintiffs".)
  if (t[at]?.text === ',' && /^(?:in|of|from|at)$/.test(t[at + 1]?.norm ?? '')) {
    // (…and its region: "in Providence, Rhode Island,".)
    for (let k = at + 2; k < Math.min(t.length, at + 10); k++) {
      if (t[k].text === ',' && !(t[k + 1]?.cap && t.slice(k + 2, k + 4).some((x) => x.text === ','))) return verbAfter(t, k + 1);
      if (!t[k].word && t[k].text !== ',') return false;
    }
    return false;
  }
  const v = t[at];
  return !!v && v.word && !v.cap && hasTag(v.norm, 'PastTense') && !/^(?:based|led|born|owned|backed|run|made)$/.test(v.norm);
}

function afterCue(para: Paragraph, c: NameChunk): boolean {
  const prev = para.tokens[indexBefore(c)];
  // "told MPs", "asked reporters": the one spoken to follows these verbs, not the speaker.
  return !!prev && prev.word && CUE_VERBS.has(prev.norm) && /(?:ed|aid|old|ote)$/.test(prev.norm) && !/^(?:told|asked|urged|warned|informed|assured|reminded|thanked|briefed)$/.test(prev.norm);
}

function beforeCue(para: Paragraph, c: NameChunk): boolean {
  const t = para.tokens;
  let k = c.last;
  // A single name may speak past an auxiliary and an adverb: "Adele has now said" (a longer name's evidence stays
  // the verb right after it, as organisations "have said" as often), when it opens its clause: "The Tánaiste has
  // said" is an office's, "the leader of the House of Commons has said" the leader's.
  const lead = t[indexBefore(c)];
  const opensClause = !lead?.word || /^(?:and|but|while|as|when|after|then|now|so)$/.test(lead.norm);
  if (c.last - c.first === 1 && opensClause) while (k < c.last + 2 && t[k]?.word && /^(?:has|had|also|now|later|then|again|previously|recently|once)$/.test(t[k].norm)) k++;
  const next = t[k];
  return !!next && next.word && CUE_VERBS.has(next.norm) && !/ing$/.test(next.norm);
}

/** Groups person mentions: the same full name in any spelling, and a surname or honorific + surname
 *  with the nearest full name that ends (or, for family-name-first names, starts) with it. */
function cluster(chunks: Chunk[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const multi = chunks.filter((c) => c.words.length >= 2);
  // Clusters by the first and last word of their full name, which a longer or shorter form shares (and which a
  // cluster's full name keeps as it grows): comparing each new name with every cluster was quadratic.
  const byEnds = new Map<string, Cluster[]>();
  const ends = (c: Chunk) => `${c.facts.squashed[0]} ${c.facts.squashed[c.facts.squashed.length - 1]}`;
  // Full names first, in text order: the same squashed spelling is the same person.
  for (const c of multi) {
    const key = c.facts.squashKey;
    let cl = byKey.get(key);
    if (!cl) {
      // "Donald J. Trump" after "Donald Trump", "President Donald Trump": a longer form of a known name.
      const sameEnds = byEnds.get(ends(c)) ?? [];
      cl = sameEnds.find((o) => extends_(o.full, c) || extends_(c, o.full));
      if (!cl) {
        cl = { chunks: [], full: c, key };
        clusters.push(cl);
        byEnds.set(ends(c), [...sameEnds, cl]);
      }
      byKey.set(key, cl);
    }
    cl.chunks.push(c);
    // (At equal length, a name as the copy writes it over a byline's capitals: "Gregg Wycherley", not "GREGG WYCHERLEY".)
    if (fullness(c) > fullness(cl.full) || (fullness(c) === fullness(cl.full) && shouted(cl.full) && !shouted(c))) cl.full = c;
  }
  // "Oppong Nkrumah" after "Kojo Oppong Nkrumah", "Van Orden" after "Derrick Van Orden": a two-word name that ends a
  // longer one (and no other) is that person without the first name.
  // "Chan Chun" (a headline cut at "Sing", a verb too) and "Chan Chun Sing": a two-word name that starts a
  // three-word one (and no other) led by a family name is that person too.
  const byTail = new Map<string, Cluster[]>();
  const byHead = new Map<string, Cluster[]>();
  // (Also longer tails: "Lula da Silva" ends "Luiz Inácio Lula da Silva", "Von der Leyen" ends "Ursula von der Leyen".)
  for (const cl of clusters) {
    const w = cl.full.facts.squashed;
    for (let n = 2; n < w.length && n <= 4; n++) addTo(byTail, w.slice(-n).join(' '), cl);
    if (w.length === 3 && isLastName(cl.full.facts.norms[0])) addTo(byHead, `${w[0]} ${w[1]}`, cl);
    // "Henrique Capriles" after "Henrique Capriles Radonski": a given name and first surname start the full name.
    // (Not "Duncan Hunter Sr.", his father, nor a headline's "Bernie Sanders Isn’t": a suffix or a common word is
    // no surname.)
    else if (w.length >= 3 && w.length <= 4 && isFirstName(cl.full.facts.norms[0]) && !/^(?:sr|jr|snr|jnr|ii|iii|iv)$/.test(w[w.length - 1]) && !isCommonWord(cl.full.facts.norms[w.length - 1]) && !/['’]/.test(cl.full.facts.norms[w.length - 1])) {
      addTo(byHead, w.slice(0, w.length - 1).join(' '), cl);
    }
  }
  for (let k = clusters.length - 1; k >= 0; k--) {
    const cl = clusters[k];
    const w = cl.full.facts.squashed;
    const key = w.join(' ');
    const longer = w.length > 4 ? undefined : byTail.has(key) ? byTail.get(key) : w.length <= 3 ? byHead.get(key) : undefined;
    if (longer?.length !== 1) continue;
    absorb(longer[0], cl);
    clusters.splice(k, 1);
  }
  // "Hugo Cáavez" for Hugo Chávez, "Dawaood Ibrahim" for Dawood Ibrahim: a two-word name one letter off another in
  // one of its words (of five letters or more), the other word the same, is the copy misspelling that person — when
  // the odd spelling is used once and the other more often ("Ann Harrison met Ann Harrisen" are two people; so, for
  // want of a safe guess, are a caption's "Joanna" and the copy's "Joanne" used three times each).
  const uses = new Map<string, number>();
  for (const c of chunks) for (const x of c.facts.squashed) uses.set(x, (uses.get(x) ?? 0) + 1);
  const byPair = new Map<string, Cluster[]>();
  for (let k = 0; k < clusters.length; k++) {
    const w = clusters[k].full.facts.squashed;
    if (w.length !== 2) continue;
    let merged = false;
    for (const [same, other] of [[0, 1], [1, 0]] as const) {
      const near = (byPair.get(`${same}:${w[same]}`) ?? []).filter((o) => {
        const x = o.full.facts.squashed[other];
        const once = Math.min(uses.get(x) ?? 0, uses.get(w[other]) ?? 0) === 1 && Math.max(uses.get(x) ?? 0, uses.get(w[other]) ?? 0) >= 2;
        return once && x !== w[other] && x.length >= 5 && w[other].length >= 5 && x[0] === w[other][0] && editDistance(unaccented(x), unaccented(w[other]), 1) <= 1;
      });
      if (near.length !== 1) continue;
      absorb(near[0], clusters[k]);
      // The spelling used more often is the name.
      if ((uses.get(w[other]) ?? 0) > (uses.get(near[0].full.facts.squashed[other]) ?? 0)) near[0].full = clusters[k].full;
      clusters.splice(k--, 1);
      merged = true;
      break;
    }
    // (Only up to 40 names share a word: past that, no safe guess, and comparing with all would be quadratic.)
    if (!merged) for (const [i, x] of w.entries()) if ((byPair.get(`${i}:${x}`)?.length ?? 0) < 40) addTo(byPair, `${i}:${x}`, clusters[k]);
  }
  // Then single words ("Kim", "Mr Putin", "Rathbun"): the nearest full name before, else after. Clusters are
  // indexed by the first and last word of their full names so that long documents stay linear.
  const byWord = new Map<string, Cluster[]>();
  const multiStarts = new Map<Cluster, number[]>();
  for (const cl of clusters) {
    multiStarts.set(cl, cl.chunks.map((m) => m.start));
    for (const m of cl.chunks) {
      for (const w of [m.facts.squashed[0], m.facts.squashed[m.facts.squashed.length - 1]]) {
        const list = byWord.get(w) ?? [];
        if (!list.includes(cl)) list.push(cl);
        byWord.set(w, list);
      }
    }
  }
  // A middle word of a longer name, where no name starts or ends with it: "Tchiroma" for Issa Tchiroma Bakary; and
  // either half of a double-barrelled surname: "Lloyd" for Anna Morgan-Lloyd; and the first of a double given name:
  // "Ayeeshia" for Ayeeshia-Jayne Smith.
  for (const cl of clusters) {
    const sq = cl.full.facts.squashed;
    const norms = cl.full.facts.norms;
    const last = norms[norms.length - 1];
    const halves = sq.length >= 2 && last.includes('-') ? last.split('-').map(squash) : [];
    const given = sq.length >= 2 && /^\p{L}+-\p{L}+$/u.test(norms[0]) ? [squash(norms[0].split('-')[0])] : [];
    for (const w of [...sq.slice(1, -1), ...halves, ...given]) if (w.length >= 3 && !PARTICLES.has(w) && !byWord.has(w)) byWord.set(w, [cl]);
  }
  // The last one-word mention of a cluster by each word: "Dr Mahathir" says nothing about whom "Mohamad" means.
  const lastSingle = new Map<Cluster, Map<string, number>>();
  const lastStartBefore = (cl: Cluster, at: number, w: string) => {
    const starts = multiStarts.get(cl) ?? [];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(lo > 0 ? starts[lo - 1] : -1, lastSingle.get(cl)?.get(w) ?? -1);
  };
  const singles = chunks.filter((x) => x.words.length === 1);
  // "Ms Bauchtman" for Lydia Buchtmann, "Cllr Pattterson-Vanegas": a surname the copy misspells, after a title or long
  // enough to tell, is the one full name whose surname it nearly is (same first letter, one or two letters off).
  const byInitial = new Map<string, Cluster[]>();
  for (const cl of clusters) {
    const sq = cl.full.facts.squashed;
    if (sq.length >= 2) addTo(byInitial, sq[sq.length - 1][0], cl);
  }
  // (Not among more than 40 people sharing the initial: no safe guess there, and comparing with all would be quadratic.)
  const misspelt = (c: Chunk, w: string): Cluster | undefined => {
    if (w.length < 5 || (!c.honorific && w.length < 7)) return undefined;
    const same = byInitial.get(w[0]) ?? [];
    if (same.length > 40) return undefined;
    const near = same.filter((cl) => {
      const sq = cl.full.facts.squashed;
      const last = sq[sq.length - 1];
      return Math.abs(last.length - w.length) <= 2 && editDistance(last, w, 2) <= (w.length >= 8 ? 2 : 1);
    });
    return near.length === 1 ? near[0] : undefined;
  };
  // "Joko Widodo (Jokowi)": a one-word nickname in brackets right after a full name, sharing its first letters, is
  // that person's, and so are its later uses.
  const clusterOf = new Map<Chunk, Cluster>();
  for (const cl of clusters) for (const m of cl.chunks) clusterOf.set(m, cl);
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    const prev = chunks[i - 1];
    const cl = clusterOf.get(prev);
    if (cl && nickname(prev, c) && !byWord.has(c.facts.squashed[0])) byWord.set(c.facts.squashed[0], [cl]);
  }
  // A name whose bearer the article calls by its first word ("Dr Mahathir" for Mahathir Mohamad) is no surer a source
  // of a bare word than a name that starts with it: "Mohamad" after "Mohamad Sabu" is Mohamad Sabu.
  const surnames = new Set(clusters.map((cl) => cl.full.facts.squashed[cl.full.facts.squashed.length - 1]));
  // Counted, so that a name the article mostly calls by its last word ("Trump", with the odd "Donald") is not one.
  const byFirst = new Map<Cluster, number>();
  const byLast = new Map<Cluster, number>();
  for (const c of singles) {
    const w = c.facts.squashed[0];
    for (const cl of byWord.get(w) ?? []) {
      const sq = cl.full.facts.squashed;
      if (sq.length < 2) continue;
      if (sq[0] === w && !surnames.has(w)) byFirst.set(cl, (byFirst.get(cl) ?? 0) + 1);
      if (sq[sq.length - 1] === w) byLast.set(cl, (byLast.get(cl) ?? 0) + 1);
    }
  }
  const calledByFirst = new Set([...byFirst].filter(([cl, n]) => n >= (byLast.get(cl) ?? 0)).map(([cl]) => cl));
  // "Mr. Obama" is not Michelle Obama, "Mrs. Clinton" not Bill Clinton: an honorific's gender rules out a full name
  // whose given name has the other.
  const genderOf = (c: Chunk) => (c.honorific ? HONORIFICS.get(c.honorific.norm) ?? null : null);
  // (The given name only when the word is not it: "Mr Kim" is Kim Jong-un, whose family name comes first.)
  // (Or a role that has one, when the lexicon does not know the given name: "Her mother, Rosamund Adoo Kissi-Debrah".)
  // (Once per cluster, from the chunks it has when first asked: asked for every single word, the scan would be
  // quadratic in a long article.)
  const roleGenders = new Map<Cluster, 'm' | 'f' | null>();
  const roleGenderOf = (cl: Cluster) => {
    let g = roleGenders.get(cl);
    if (g === undefined) {
      const role = cl.chunks.find((m) => m.facts.role)?.facts.role;
      g = role ? roleGender(role) : null;
      roleGenders.set(cl, g);
    }
    return g;
  };
  const fullGender = (cl: Cluster, w: string) => ((cl.full.words.length >= 2 || cl.full.facts.couple) && cl.full.facts.squashed[0] !== w ? nameGender(cl.full.facts.norms[0]) : null) ?? genderOf(cl.full) ?? roleGenderOf(cl);
  for (const c of singles) {
    const w = c.facts.squashed[0];
    const g = genderOf(c);
    // ("Jill Biden, wife of Vice President Biden": a relative named after a kin word's "of" is not the one the phrase
    // describes, named just before.)
    const described = (cl: Cluster) => {
      const at = lastStartBefore(cl, c.start, w);
      return at >= 0 && c.start - at < 100;
    };
    const candidates = c.facts.kinOf ? (byWord.get(w) ?? []).filter((cl) => !described(cl)) : byWord.get(w) ?? [];
    let target: Cluster | undefined;
    if (candidates.length) {
      const last = (cl: Cluster) => (cl.full.facts.couple ? squash(cl.full.facts.couple) : cl.full.facts.squashed[cl.full.facts.squashed.length - 1]);
      const firstOnly = candidates.some((cl) => cl.full.facts.squashed[0] === w && last(cl) !== w);
      // ("Wang" after "Wang Quanzhang" and "Yaqiu Wang" may be either: a family name that leads its name counts as one.)
      const bySurname = candidates.filter((cl) => (last(cl) === w || familyNameFirst(cl.full, w)) && !(firstOnly && calledByFirst.has(cl)));
      const fitting = (bySurname.length ? bySurname : candidates).filter((cl) => !g || (fullGender(cl, w) ?? g) === g);
      // (One known to be of that gender before one not known: "Mrs. Clinton" is Hillary, not Bill, a given name that
      // is a word too.)
      // (Between two of a surname, a pronoun after it tells them apart too: "Smith was back on stage … for his role" is
      // Will Smith, not Jada Pinkett Smith — only a preference, as the pronoun may be another's.)
      const soft = !g && bySurname.length >= 2 ? c.facts.afterGender : null;
      const sure = fitting.filter((cl) => (!!g && fullGender(cl, w) === g) || (!!soft && fullGender(cl, w) === soft));
      const unlike = soft ? fitting.filter((cl) => (fullGender(cl, w) ?? soft) === soft) : [];
      const pool = sure.length ? sure : unlike.length ? unlike : fitting;
      if (pool.length) target = pool.reduce((best, cl) => (lastStartBefore(cl, c.start, w) > lastStartBefore(best, c.start, w) ? cl : best));
      else target = byKey.get(w);
    } else {
      target = byKey.get(w) ?? misspelt(c, w);
    }
    if (!target) {
      target = { chunks: [], full: c, key: w };
      clusters.push(target);
      byKey.set(w, target);
      // (One named only so beside one of the other gender sharing the surname is a candidate for its bare uses.)
      if (byWord.has(w)) byWord.get(w)!.push(target);
      // (A couple's first given name by the surname it shares: "Mr. Large" may be Allen of "Allen and Violet Large".)
      if (c.facts.couple) addTo(byWord, squash(c.facts.couple), target);
    }
    target.chunks.push(c);
    const byW = lastSingle.get(target) ?? new Map<string, number>();
    byW.set(w, c.start);
    lastSingle.set(target, byW);
  }
  // A capitalised word is not enough to call someone a person: a cluster needs some evidence, and one that reads
  // like a thing somewhere ("Microsoft’s Internet Explorer 9") needs strong evidence (a first name, title, honorific).
  return clusters
    .filter((cl) => cl.chunks.some((c) => c.evidence >= 1))
    // (A bare word read as a thing somewhere — "banners reading “Tchiroma 2025”" — does not undo a full name given
    // as someone's.)
    .filter((cl) => !cl.chunks.some((c) => c.thingLike) || cl.chunks.some((c) => c.evidence >= 2) || (!cl.full.thingLike && cl.full.words.length >= 3 && cl.full.evidence >= 1))
    .map((cl) => ({ ...cl, chunks: cl.chunks.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.chunks[0].start - b.chunks[0].start);
}

/** Does `longer` contain every word of `shorter` in order, with the same first and last word? */
function extends_(shorter: Chunk, longer: Chunk): boolean {
  const s = shorter.facts.squashed;
  const l = longer.facts.squashed;
  if (s.length < 2 || l.length <= s.length) return false;
  if (s[0] !== l[0] || s[s.length - 1] !== l[l.length - 1]) return false;
  let j = 0;
  for (const w of l) if (w === s[j]) j++;
  return j === s.length;
}

const fullness = (c: Chunk) => c.facts.squashKey.length;
/** A name set in capitals throughout ("GREGG WYCHERLEY"). */
const shouted = (c: Chunk) => c.words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase());

/** The letters without their accents: a typo in "Chávez" ("Cáavez") is one letter off once the accents are set aside. */
const unaccented = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

/** Moves the mentions of `from` into `into`, kept in text order: one person named two ways. */
function absorb(into: Cluster, from: Cluster): void {
  into.chunks.push(...from.chunks);
  into.chunks.sort((a, b) => a.start - b.start);
}

/** Adds `value` to the list at `key`, made on first use (pushed, not copied, so that building an index stays linear). */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The edit distance between a and b, letters swapped next to each other counting once, given up past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The gender a pronoun soon after a name gives it, when its first name says none: "Augustine Anosike, on Tuesday,
 *  gave his testimony". Read up to the sentence's end, a quotation or another capitalised word (someone else). */
function pronounAfter(doc: ArticleDoc, c: Chunk): 'm' | 'f' | null {
  const t = doc.paragraphs[c.paragraph].tokens;
  for (let i = c.last; i < t.length && i < c.last + 12; i++) {
    const w = t[i];
    if (!w.word) {
      if (/^[.!?:;"“”‘’]$/.test(w.text)) return null;
      continue;
    }
    if (w.cap && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w.norm)) return null;
    if (/^(?:he|his|him|himself)$/.test(w.norm)) return 'm';
    if (/^(?:she|her|hers|herself)$/.test(w.norm)) return 'f';
  }
  return null;
}

function describe(doc: ArticleDoc, cl: Cluster): PersonInfo {
  // ("Raymond Hounslow" for "Raymond and Cheryl Hounslow", named only so.)
  const name = cl.full.facts.couple && cl.full.words.length === 1 ? `${cl.full.facts.name} ${cl.full.facts.couple}` : cl.full.facts.name;
  const mentions: TextSpan[] = cl.chunks.map((c) => ({ start: c.start, end: c.end, text: c.facts.text }));
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((a) => a !== name);
  let role: string | null = null;
  let age: number | null = null;
  let gender: 'm' | 'f' | null = null;
  // (The office an honorific abbreviates is a role word too, for "the governor" to find "Gov. Jane Doe" by.)
  const offices = new Set<string>();
  for (const c of cl.chunks) {
    role ??= c.facts.role;
    const office = c.honorific && HONORIFIC_OFFICE.get(c.honorific.norm);
    if (office) offices.add(office);
    age ??= c.facts.age !== undefined ? c.facts.age : ageOf(doc.text, doc.paragraphs[c.paragraph].sentences, c);
    if (!gender && c.honorific) gender = HONORIFICS.get(c.honorific.norm) ?? null;
  }
  gender ??= role ? roleGender(role) : null;
  // The first given name the lexicon knows: "Mumtaz Zehra Baloch" by "Zehra".
  const given = cl.full.words.length > 1 ? cl.full.words.slice(0, -1) : cl.full.words;
  const byName = given.map((w) => nameGender(w.norm)).find((x) => x !== null) ?? null;
  const genderByName = !gender && byName !== null;
  gender ??= byName;
  // A name the lexicon does not know: what the text says ("Rotimi Oyedepo … gave his testimony").
  for (const c of cl.chunks) gender ??= pronounAfter(doc, c);
  const words = cl.full.facts.squashed.slice();
  return {
    id: hashId('person', words.join(' ')),
    name,
    aliases,
    role,
    age,
    mentions,
    quotes: [],
    gender,
    words,
    roleWords: [...(role ? role.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean) : []), ...offices],
    genderByName,
  };
}
