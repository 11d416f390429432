// What kind of quotation: someone's words (speech), a few of their words inside the writer's sentence (partial),
// a term held at arm's length (scare), or the name of a work (title). Read from the quote's shape and its setting.
import { paragraphAt, type ArticleDoc } from './document';
import type { QuoteSpan } from './quotes';
import type { QuoteKind } from './types';
import type { Attribution } from './attribution';
import { CUE_VERBS, isCommonWord } from './lexicon';
import { ENDS_SENTENCE, MAX_HEADLINE_WORDS, wordCount } from './lineShape';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const NAMED_THING = /\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+,?\s+){1,3}(?:called|labell?ed|named|known as|dubbed|nicknamed|titled|entitled|branded)\s+(?:the\s+)?$/u;
const WORK_NOUNS = /^(?:song|single|track|album|record|ep|lp|film|movie|documentary|book|novel|memoir|play|musical|show|series|miniseries|drama|comedy|sitcom|thriller|soap|franchise|programme|program|episode|podcast|poem|painting|exhibition|opera|hit|anthem|ballad|video|column|essay|game|app|report|study|paper|survey|handbook|guide|website|blog|newsletter|channel|theme|motto|tagline|strapline|campaign)$/;
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'is', 'vs']);

const LAW_NAME = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:and|of|on|for|to|the)\s+)*){1,8}(?:Act|Bill|Law|Ordinance|Code|Charter|Treaty|Convention|Accord|Regulations?)(?:,?\s+\d{4})?[,.]?$/u;
const NICKNAMED = /\b(?:known as|nicknamed|dubbed|aka|nicknames?|goes by|went by)\s*(?:["“‘'][^"”’'\n]{1,40}["”’'],?\s*(?:and|or)\s*)?$/i;

export function classifyQuote(doc: ArticleDoc, span: QuoteSpan, att: Attribution | null, titled: boolean): QuoteKind {
  const content = doc.text.slice(span.contentStart, span.contentEnd);
  // What the words inside the marks say, found once per quotation text (quotations keep their text across edits).
  const shape = doc.cache.get('quoteShape', content, () => contentShape(content));
  const n = shape.n;
  const lead = leadIn(doc.text, span.start);
  const trail = doc.text.slice(span.end, span.end + 3);
  // (A semicolon typed for the colon after a verb of saying sets it off too: "She said; “The council …”".)
  const setOff = /[,:]\s*$|^\s*$|[.!?]["”’']?\s*$|[—–-]\s*$/.test(lead.text) || lead.text === '' || (/;\s*$/.test(lead.text) && CUE_VERBS.has(lead.word));
  const sentenceLike = shape.opensSentence && (shape.closesSentence || /^\s*[,—–-]/.test(trail)) && n >= 3;
  const titleShape = shape.titleShape;
  const first = shape.first;

  if (titled) return 'title';
  // A law or a treaty by its name: “the Peaceful Assembly and Public Order Act, 2024”.
  if (LAW_NAME.test(content)) return 'title';
  // A video's or a recording's title after its player's label: "Click to play video: 'Ferry changes to be discussed'".
  if (/\b(?:video|watch|listen)\s*:\s*$/i.test(lead.text)) return 'title';
  // "the so-called “Islamic State”": the writer says outright the term is someone else's, held at arm's length.
  if (/\bso[- ]called\s*$/i.test(lead.text) && n <= 6) return 'scare';
  // What someone or something is called: "Mohamed Hamdan Daglo, known as “Hemedti”", "nicknamed ‘The Bulldozer’".
  // ("goes by the nicknames “the Little Guy” …", "the nickname ‘Iron Mike’".)
  // (…and the next in a list of them: "the nicknames “the Little Guy” and “Napoleon”".)
  if (NICKNAMED.test(lead.text) && n <= 4) return 'scare';
  // A word cited as a word: "the words ‘Facebook’ and ‘privacy’", "the term “deplatforming”".
  if (n <= 3 && /^(?:word|words|term|terms|hashtag|slogan|acronym|abbreviation)$/.test(lead.word) && !/[,:]\s*$/.test(lead.text)) return 'scare';
  // A nickname inside a name: Marcia “Cia” Price, Dwayne “The Rock” Johnson (not in a headline's capitals). It is
  // what people call someone, held at arm's length like any term, not the name of a work.
  const nickname = n <= 3 && /\b\p{Lu}[\p{L}’'-]*\s$/u.test(lead.text) && !/[,.!?;:]\s*$/.test(content) && /^\s\p{Lu}\p{Ll}/u.test(doc.text.slice(span.end, span.end + 3)) && /^\p{Lu}/u.test(first);
  // (Or before the whole name: "former champion ‘Marvellous’ Marvin Hagler".)
  const before = n <= 2 && /^\p{Lu}/u.test(first) && !/[,.!?;:]\s*$/.test(content) && /^\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}/u.test(doc.text.slice(span.end, span.end + 40)) && !/[,:]\s*$/.test(lead.text) && lead.text !== '';
  if ((nickname || before) && !headline(doc, span)) return 'scare';
  // Quoted inside a quotation: the outer quote carries the attribution; the inner one names or holds a term.
  // Words the speaker quotes someone as saying ("I said, ‘What are you doing?’") are speech, not a term.
  if (span.depth > 0) return innerSpeech(doc.text, span.start, lead) && n >= 2 ? 'speech' : titleShape ? 'title' : 'scare';
  if (span.continued) return 'speech';
  const placed = att?.place ?? 'none';
  const adjacent = placed === 'after' || placed === 'before' || placed === 'continued';
  // The speaker's verb comes first and close: "called her “disgusting”", "Clinton called … “deplorables”".
  const cueBefore = !!att?.speaker && !!att.cue && att.cue.end <= span.start;
  // "a user labelled “Anonymous”", "a device called “the E-meter”": a thing given a name.
  // "a popular play called “Los Hijos de Trump”", "A blog, called the “Feed”": up to three words of the thing named.
  // (Not one called so by someone, the passive's agent after it: "The plan was branded “devastating” by critics".)
  const byAgent = cueBefore && att!.speaker!.start > span.end && /^\s*by\s/.test(doc.text.slice(span.end, span.end + 5));
  if (NAMED_THING.test(lead.text) && !byAgent) return titleShape || /^\p{Lu}/u.test(first) ? 'title' : 'scare';
  // Every word capitalised: a programme, a work, a slogan (“Morning Joe”, “Contract with America.”) —
  // unless the whole line is in title case (a headline) or someone is being quoted calling something that.
  // A programme named after a possessive or preposition ("on CNN’s “State of the Union”") is a title even after a cue,
  // …or told to one ("told “Squawk on the Street” on Friday").
  const namedThing = /['’]s$|^(?:on|in|at|from|with|of|into|onto|told|tells|telling)$/.test(lead.word) || /['’]s\s*$/.test(lead.text);
  // "describes new track ‘I Miss You’", "a cover of Elton John’s ‘Tiny Dancer’": a kind of work or an owner right
  // before it names the work, after a cue or in a headline's capitals too.
  const work = WORK_NOUNS.test(lead.word) || /['’]s\s*$/.test(lead.text);
  // Only a verb close before it makes title-case words someone's ("called him “Crooked Hillary”"); one a clause away
  // ("refused to explain the decision to axe the “Better Beer Festival 2017”") leaves a name a name.
  // (Counted over at most 200 characters: a cue far back would make this a slice of the whole sentence per quotation.)
  const between = cueBefore ? (att!.cue!.end < span.start - 200 ? 99 : (doc.text.slice(att!.cue!.end, span.start).match(WORD)?.length ?? 0)) : 0;
  const cueClose = cueBefore && (between <= 3 || (between <= 8 && /^(?:call|calls|called|calling|dub|dubbed|label|labelled|labeled|brand|branded|describ(?:e|es|ed|ing)|referr?(?:ed|ing)|nam(?:e|ed|ing))$/i.test(att!.cue!.text)));
  // “That,” he added, “promises …”: a quote broken by its attribution is speech however short its first part (“Me and
  // Broner,” said Pacquiao, “we want …” is no title).
  const broken = placed === 'after' && shape.endsWithComma;
  // (A report's title may run long: "the 132-page report, “We Can Torture, Kill or Keep You for Years: …”".)
  if (titleShape && !(broken && !work && resumes(doc.text, span.end)) && (n <= 10 || (work && n <= 24)) && (!cueClose || namedThing || work) && !/:\s*$/.test(lead.text) && !shape.asks && (work || !headline(doc, span))) return 'title';
  // “It’s taxing,” O’Donnell said. “Big time.”: a sentence of its own after another, however short, is speech.
  const ownSentence = shape.opensSentence && /[.!?…]['"’”]?$/.test(content.trim()) && /[.!?]["”’']?\s*$/.test(lead.text);
  if (setOff && (sentenceLike || (adjacent && n >= 2) || broken || ownSentence)) return 'speech';
  if (setOff && n >= 4 && placed !== 'none') return 'speech';
  // A short phrase with the speech act only after it ("“route out” … refers to …") is held at arm's length.
  // "Indian detectives “have good leads” on the blasts, a top official said": a reporting verb in the sentence
  // makes a few quoted words its speaker's.
  // (The attribution is a clause of its own after a comma; a verb deep in a later clause — "“route out” in
  // Scientology jargon refers to the member … called" — is not one.)
  const according = !!att?.cue && !!att.speaker && /^according to$/i.test(att.cue.text) && att.cue.start > span.end;
  const reported = according || (!!att?.cue && !!att.speaker && CUE_VERBS.has(att.cue.text.toLowerCase()) && att.cue.start > span.end && att.speaker.end <= att.cue.start && (/,\s*$/.test(doc.text.slice(Math.max(0, att.speaker.start - 3), att.speaker.start)) || closingName(doc.text, att.speaker, att.cue)));
  // A headline or crosshead quotes its subject's own word ("Health secretary ‘stunned’ by NHS failings",
  // "‘Remarkable job’"): in that line a few quoted words are someone's, not a term held at arm's length.
  // Not a name, a label ("“Related:”") or words in capitals, which could be anything.
  const capitalisedName = n <= 1 && /^\p{Lu}/u.test(first) && !isCommonWord(first.toLowerCase());
  if (n <= 6 && !capitalisedName && /\p{Ll}/u.test(content) && !/:\s*$/.test(content) && inDisplayLine(doc, span)) return 'partial';
  // One capitalised word after a kind of work or an owner names the work: "the Sky series “Bulletproof”", "HBO's
  // “Barry,”", "ITV’s “Viewpoint.”".
  if (n <= 1 && work && /^\p{Lu}/u.test(first) && !shape.asks) return 'title';
  if (n <= 1) {
    // “The stock decline is a “concern,” Okerstrom said”: a word with its speaker right there is theirs, as is one
    // in a sentence that closes on its attribution ("suffered “several” gunshot wounds …, Allen said") — not one
    // whose main verb merely follows ("Russian “pelmeni” dumplings …, Mr Kim on Wednesday toasted to …").
    const closesOnAttribution = reported && closesSentence(doc.text, att!.cue!.end);
    // (So is one in a sentence whose source is named: "With an “astronomical” increase …—according to Kristin Pekoll
    // of the ALA—publishers …".)
    if (cueBefore || closesOnAttribution || according || (att?.speaker && (placed === 'after' || placed === 'before'))) return 'partial';
    if (capitalisedName) return 'title';
    return 'scare';
  }
  if (att?.speaker && (cueBefore || n > 3 || placed === 'after' || placed === 'before' || reported)) return 'partial';
  if (n <= 3) return 'scare';
  return setOff ? 'speech' : 'partial';
}

/** ", the Victorian Government says.": a name after a comma and "the" (or "their", "its" … and a description), its verb
 *  right after it and closing the sentence — not a name in a list ("the police, the LSO and others had met") nor a
 *  verb with a clause after it. */
function closingName(text: string, speaker: { start: number; end: number }, cue: { start: number; end: number }): boolean {
  // (…or a few words in lower case describing it after the comma: ", their union Unite said yesterday.")
  return /,\s*(?:the|their|its|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, speaker.start - 40), speaker.start)) && /^\s?$/.test(text.slice(speaker.end, cue.start)) && closesSentence(text, cue.end);
}

/** The verb ending at `cueEnd` closes its sentence within a few words, with no clause after it ("to …", "that …"). */
function closesSentence(text: string, cueEnd: number): boolean {
  return /^[^.!?\n]{0,30}(?:[.!?]|$)/.test(text.slice(cueEnd, cueEnd + 31)) && !/^\s*(?:to|that)\b/.test(text.slice(cueEnd, cueEnd + 6));
}

/** After the quotation ending at `end`, a short attribution and a comma, then the quotation goes on: “…,” said X, “…”. */
function resumes(text: string, end: number): boolean {
  return /^\s*[^.!?"“”\n]{1,60},\s*["“‘']/.test(text.slice(end, end + 70));
}

/** Inside a quotation, a reporting verb and a comma or colon right before the inner one: "I said, ‘…’",
 *  "They'd say: ‘…’". */
export function innerSpeech(text: string, at: number, lead = leadIn(text, at)): boolean {
  // "a letter from him saying ‘Okay, I did it …’": a participle of saying and a capitalised quotation need no comma.
  if (/^(?:saying|telling|asking|writing|shouting|yelling|screaming)$/.test(lead.word) && /\s$/.test(lead.text) && /^\p{Lu}/u.test(text.slice(at + 1, at + 2))) return true;
  // ("He came up and said ‘I am sorry’", "shouted ‘If you don't let me on …’": so does any verb of saying — and the
  // one told after it — before a capitalised quotation.)
  const bare = /([\p{L}’'-]+)\s+(?:(?:me|us|him|her|them|you)\s+)?$/u.exec(lead.text);
  if (bare && CUE_VERBS.has(bare[1].toLowerCase()) && !NAMING_VERBS.test(bare[1].toLowerCase()) && /^\p{Lu}/u.test(text.slice(at + 1, at + 2))) return true;
  if (!/[,:]\s*$/.test(lead.text)) return false;
  // "Trump is just like, ‘no’", "She calls up going, ‘What …?’", "were telling me, ‘Feel the Bern’": the spoken
  // quotatives, and a verb and the one told.
  if (/\b(?:is|was|were|am|are|'m|’m|'s|’s|'re|’re)\s+(?:just\s+|all\s+)?like\s*[,:]\s*$/i.test(lead.text) || /\b(?:up\s+)?going\s*[,:]\s*$/i.test(lead.text)) return true;
  const told = /([\p{L}’'-]+)\s+(?:me|us|him|her|them|you|reporters)\s*[,:]\s*$/u.exec(lead.text);
  const verb = told ? told[1].toLowerCase() : lead.word;
  return CUE_VERBS.has(verb) && !NAMING_VERBS.test(verb);
}
/** Verbs that give a name, not words: "called it ‘Disgust’", "dubbed ‘The Beast’". */
export const NAMING_VERBS = /^(?:call|calls|called|calling|name|names|named|label|labels|labelled|labeled|dub|dubs|dubbed|term|terms|termed|brand|brands|branded|describe|describes|described|title|titled|read|reads|mark|marked)$/;

interface ContentShape {
  /** Number of words, and the first of them ('' for none). */
  n: number;
  first: string;
  /** Starts like a sentence (capital, digit, ellipsis) and ends like one (stop, comma, ellipsis, closing mark). */
  opensSentence: boolean;
  closesSentence: boolean;
  /** Every word capitalised (small words after the first aside), no stop inside: a name or title. */
  titleShape: boolean;
  asks: boolean;
  endsWithComma: boolean;
}

function contentShape(content: string): ContentShape {
  const words = content.match(WORD) ?? [];
  const n = words.length;
  const trimmed = content.trim();
  return {
    n,
    first: words[0] ?? '',
    opensSentence: /^[\p{Lu}\p{N}…]|^\.\.\./u.test(trimmed),
    closesSentence: /[.!?,…]['"’”]?$/.test(trimmed),
    titleShape: n >= 2 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase()))) && !innerStop(content) && /^\p{Lu}/u.test(words[0] ?? ''),
    asks: /[!?]/.test(content),
    endsWithComma: /,\s*$/.test(content),
  };
}

/** A full stop, ? or ! inside the quote rather than closing it: /[.!?].+[.!?]?$/ on the trimmed content less its
 *  closing punctuation, without that pattern's quadratic backtracking — as `.` crosses no line break, the stop must
 *  be on the last line, and not its last character. */
function innerStop(content: string): boolean {
  const body = content.trim().replace(/(?<![,.’'"”])[,.’'"”]+$/, '');
  let from = 0;
  for (const br of ['\n', '\r', '\u2028', '\u2029']) from = Math.max(from, body.lastIndexOf(br) + 1);
  return /[.!?]/.test(body.slice(from, -1));
}

/** Is the quote in a line set in title case, such as a headline? Decided once per paragraph text. */
function headline(doc: ArticleDoc, span: QuoteSpan): boolean {
  const para = paragraphAt(doc, span.start);
  if (!para) return false;
  return para.memo.get('titleCaseLine', () => {
    const long = para.tokens.filter((t) => t.word && t.norm.length > 3);
    return long.length >= 3 && long.length <= 40 && long.filter((t) => t.cap).length / long.length > 0.7;
  });
}

/** Is the quote in a short line with no closing stop — a headline, a crosshead, a pulled quote — rather than prose?
 *  Decided once per paragraph text. */
export function inDisplayLine(doc: ArticleDoc, span: QuoteSpan): boolean {
  const para = paragraphAt(doc, span.start);
  // An unclosed quotation is cut-off speech, not a headline's few words.
  if (!para || para.end < span.end || !span.closed) return false;
  return para.memo.get('displayLine', () => {
    const line = para.body.trim();
    const words = wordCount(line);
    // One line, one sentence, closed by no stop and no colon, semicolon or comma (which lead on to more text).
    return !/\n/.test(line) && words >= 1 && words <= MAX_HEADLINE_WORDS && !ENDS_SENTENCE.test(line) && !/[:;,]$/.test(line) && !/[.!?]["”’']?\s+["“‘']?\p{Lu}/u.test(line);
  });
}

/** The text between the start of the quote's clause and the quote, and the last word of it. */
function leadIn(text: string, at: number): { text: string; word: string } {
  const from = Math.max(0, at - 60);
  const before = text.slice(from, at);
  const lineStart = before.lastIndexOf('\n');
  // A Markdown block quote or list marker opens the line, not the writer's sentence: "> “This is a scandal,” said …".
  const t = (lineStart >= 0 ? before.slice(lineStart + 1) : before).replace(/^\s*(?:>\s*)+|^\s*(?:[-*+]|\d+[.)])\s+/, '');
  return { text: t, word: lastWord(t).toLowerCase() };
}

const LETTER = /\p{L}/u;
const isLetterAt = (s: string, i: number, len: number) => {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(s.slice(i, i + len));
};
const isJoinerAt = (s: string, i: number) => s[i] === "'" || s[i] === '’' || s[i] === '-';

/** What /([\p{L}'’-]+)[^\p{L}]*$/u captures in `t` ('' when it does not match), without that pattern's retries
 *  from every position (it was most of classifying a quote): the run of letters, apostrophes and hyphens holding
 *  the last letter, or with no letter at all, the first run of apostrophes and hyphens. */
export function lastWord(t: string): string {
  // Code points of t, with whether each is a letter or an apostrophe/hyphen.
  const starts: number[] = [];
  const kinds: number[] = []; // 2 letter, 1 apostrophe or hyphen, 0 anything else
  for (let i = 0; i < t.length; ) {
    const cp = t.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    starts.push(i);
    kinds.push(isLetterAt(t, i, len) ? 2 : isJoinerAt(t, i) ? 1 : 0);
    i += len;
  }
  starts.push(t.length);
  let k = kinds.lastIndexOf(2);
  if (k < 0) k = kinds.indexOf(1);
  if (k < 0) return '';
  let from = k;
  if (kinds[k] === 2) while (from > 0 && kinds[from - 1] > 0) from--;
  let to = k + 1;
  while (to < kinds.length && kinds[to] > 0) to++;
  return t.slice(starts[from], starts[to]);
}
