// Splitting copy into paragraphs, sentences and tokens, keeping every offset into the original text.
import type { Span } from './types';

export interface Token extends Span {
  text: string;
  /** Lower case, straight apostrophes, possessive ending removed: the key for lexicon look-ups. */
  norm: string;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** "Putin’s", "leaders’": the possessive ending is part of the token but not of `norm`. */
  possessive: boolean;
}

// A word: letters, marks and digits, joined by internal hyphens, apostrophes and the dots of
// abbreviations ("Jong-un", "Putin’s", "U.S.", "rock’n’roll"). Linear: each joiner must be followed by a letter.
// (A number's thousands stay in it: "21,000" is one word, so its comma ends no phrase.)
const HANDLE = /[@#][\p{L}\p{N}_]+/uy;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|(?<=\p{N}),\p{N}{3}(?!\p{N}))*/uy;
// Initials and dotted acronyms keep their final stop ("L.", "U.S."), as do abbreviations ("Mr.", "Gen.").
const KEEPS_DOT = /^(?:\p{L}\.)*\p{L}$/u;
// Where pasted paragraphs or sentences ran together with no space ("Jones said.It is …", "2023.Christopher",
// "$5.Commuters"): a stop after a digit or two lower-case letters and before a capitalised word — not an abbreviation
// ("U.S.Army", "Ph.D").
// One source for the tokenizer (the full stop alone) and the sentence splitter (any stop, and a closing mark).
const FUSED_BEFORE = String.raw`(?<=[\p{Ll}\p{N}]{2}|\p{N})`;
// (Not a web address's capitalised top-level domain: "He told Nation.Cymru", "Booking.Com".)
const FUSED_AFTER = String.raw`(?=\p{Lu}\p{Ll})(?!(?:Cymru|Wales|Scot|London|Com|Org|Net|Co|Uk|Ie)\b)`;
const FUSED_DOT = new RegExp(`${FUSED_BEFORE}\\.${FUSED_AFTER}`, 'u');
const FUSED_OPENER = /(?<=\p{Ll}{3})(?:He|She|They|We|It|The|This|That|But|However|Meanwhile)$/u;
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/iu;
const CONTRACTED = /^(?:he|she|it|that|there|here|who|what|where|when|how|let)['’]s$/i;

/** Tokenises `text` from `from` to `to`; offsets stay absolute. Spaces are skipped; other marks are one token each. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    // A social-media handle or hashtag is one mark, not words: "@Feargal_Sharkey" names no one in running text.
    if (c === 64 || c === 35) {
      HANDLE.lastIndex = i;
      const h = HANDLE.exec(text);
      if (h && i + h[0].length <= to) {
        tokens.push({ text: h[0], start: i, end: i + h[0].length, norm: h[0].toLowerCase(), word: false, cap: false, possessive: false });
        i += h[0].length;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= to) {
      let w = m[0];
      // Paragraphs a paste fused with no space ("said.It is", "Bluestein.Spratt"): two words, not one.
      const fused = w.includes('.') ? w.search(FUSED_DOT) : -1;
      if (fused > 0) w = w.slice(0, fused);
      // …or with no stop at all, a word run into a sentence's first word ("More from BusinessHe said").
      const runIn = FUSED_OPENER.exec(w);
      if (runIn) w = w.slice(0, runIn.index);
      if (text[i + w.length] === '.' && (KEEPS_DOT.test(w) || (ABBREVIATIONS.has(w.toLowerCase()) && !(MONTH_ABBR.test(w) && !dateAfter(text, i + w.length + 1))))) w += '.';
      // A trailing apostrophe after s ("leaders’") closes a possessive, not a quote.
      if (/s$/i.test(w) && (text[i + w.length] === '’' || text[i + w.length] === "'") && !/\p{L}/u.test(text[i + w.length + 1] ?? '')) {
        if (isPluralPossessive(text, i + w.length)) w += text[i + w.length];
      }
      // "He’s", "it’s", "that’s" are contractions, never possessives.
      // Nor is a capitalised word's "’s" right before a verb of saying: it is part of the name ("McDonald’s said").
      const named = /['’]s$/i.test(w) && isUpper(w) && SAYS_NEXT.test(text.slice(i + w.length, i + w.length + 12));
      const possessive = POSSESSIVE.test(w) && w.length > 2 && !CONTRACTED.test(w) && !named;
      const norm = normalise(possessive ? w.replace(POSSESSIVE, '') : w);
      tokens.push({ text: w, start: i, end: i + w.length, norm, word: true, cap: isUpper(w), possessive });
      i += w.length;
      continue;
    }
    // Astral characters (emoji) stay whole.
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const t = text.slice(i, i + len);
    tokens.push({ text: t, start: i, end: i + len, norm: t, word: false, cap: false, possessive: false });
    i += len;
  }
  return tokens;
}

const SAYS_NEXT = /^ (?:said|says|told|tells|announced|added|confirmed|denied|declined)\b/;

/** "leaders’ meeting": an apostrophe after a plural is possessive when a lower-case word follows
 *  and no single quotation is open; checking the count of ‘ before it keeps ‘the leaders’ intact. */
function isPluralPossessive(text: string, at: number): boolean {
  const next = /^\s+(\p{Ll})/u.exec(text.slice(at + 1, at + 4));
  if (!next) return false;
  // Back to the line's start, at most 500 characters: a search from `at` to the line's start was quadratic in a
  // long line.
  const window = text.slice(Math.max(0, at - 500), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const opens = (before.match(/‘/g) ?? []).length;
  const closes = (before.match(/’(?!\p{L})/gu) ?? []).length;
  return opens <= closes;
}

/** "DA", "AGF", and mixed-case ones ("PiS", "AfD", "SPÖ"): two capitals or more, no run of three small letters. */
const ABBREVIATION = /^(?=(?:\p{Ll}*\p{Lu}){2})(?!.*\p{Ll}{3})[\p{Lu}\p{Ll}]{2,6}$/u;
/** Does an abbreviation in brackets open at token `k` — "(SDPO)", "(DA)", "(AGF)"? It stays inside the office or
 *  role it follows. */
export const bracketedAbbreviation = (t: readonly Token[], k: number): boolean =>
  t[k]?.text === '(' && t[k + 2]?.text === ')' && ABBREVIATION.test(t[k + 1]?.text ?? '');

/** A normalised word without a contracted auxiliary: "he" for "he's", "we" for "we're", "they" for "they'd". */
export const uncontracted = (norm: string) => norm.replace(/'(?:s|re|ve|d|ll|m)$/, '');

export function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/[‐‑]/g, '-').replace(/\.$/, '');
}

export function isUpper(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Paragraphs: blocks separated by line breaks. A document whose lines are hard-wrapped (most lines in
 * a block run on into the next without closing a sentence) is split on blank lines instead.
 */
export function paragraphs(text: string): Span[] {
  // Lines are the runs of characters other than \r and \n (what /[^\r\n]+/g matches), found without copying each
  // line out of the text: this runs on every analysis, over the whole text.
  const lines: Span[] = [];
  const n = text.length;
  // The next \n and \r at or after the current position (-1: none left), found with indexOf, which is native.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      i++;
      continue;
    }
    if (lf !== -1 && lf < i) lf = text.indexOf('\n', i);
    if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
    let end = Math.min(lf === -1 ? n : lf, cr === -1 ? n : cr);
    const next = end;
    let start = i;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) lines.push({ start, end });
    i = next;
  }
  if (!hardWrapped(text, lines)) return joinRunOns(text, lines);
  // A paragraph ends at a blank line, or at a line that closes a sentence well short of the width the text is wrapped
  // at (its ragged last line: copy wrapped with no blank lines between paragraphs, "…Guesthouse." then "“We hope …").
  let width = 0;
  for (const line of lines) width = Math.max(width, Math.min(100, line.end - line.start));
  const blocks: Span[] = [];
  lines.forEach((line, i) => {
    const prev = blocks[blocks.length - 1];
    const before = lines[i - 1];
    const ragged = !!before && closesSentence(text, before.end) && before.end - before.start < 0.8 * width;
    if (prev && !ragged && !blankLineIn(text, prev.end, line.start)) prev.end = line.end;
    else blocks.push({ ...line });
  });
  return blocks;
}

/** A stray line break inside a sentence ("… said the department’s" then "standards were …"): a line in lower case
 *  carries on a long line before it that closes no sentence, with no blank line between, and closes a sentence itself.
 *  (Short lines are headlines, captions and labels; a byline, a file name or a sub-headline under a headline closes
 *  no sentence.) */
function joinRunOns(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const runOn = !!prev && prev.end - prev.start >= 40 && /\p{Ll}/u.test(text[line.start]) && /[\p{L}\p{N},’']/u.test(text[prev.end - 1]) && !closesSentence(text, prev.end) && !blankLineIn(text, prev.end, line.start) && sentenceEndIn(text, line);
    if (runOn) prev.end = line.end;
    else out.push({ ...line });
  }
  return out;
}

/** Does a sentence end in the line (a byline, a file name or a sub-headline after a headline has none). */
function sentenceEndIn(text: string, line: Span): boolean {
  for (let k = line.start; k < line.end; k++) if ('.!?'.includes(text[k]) && (k + 1 === line.end || /[\s"”’)]/.test(text[k + 1]))) return true;
  return false;
}

/** Does a sentence end at `end`: a full stop, "!" or "?", perhaps before a closing quotation mark or bracket (not a
 *  quotation closed mid-sentence: "have a “very good mechanism”" then "and if …"). */
function closesSentence(text: string, end: number): boolean {
  const last = text[end - 1];
  return '.!?'.includes(last) || ('"”’)]'.includes(last) && '.!?'.includes(text[end - 2] ?? ''));
}

/** Does text[from, to) hold a blank line: /\n[ \t]*\r?\n/ on that slice, without making the slice. */
function blankLineIn(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (text.charCodeAt(j) !== 10) continue;
    let k = j + 1;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < to && text.charCodeAt(k) === 13) k++;
    if (k < to && text.charCodeAt(k) === 10) return true;
  }
  return false;
}

// Characters that end a line of prose (or a headline) rather than break it mid-sentence.
const LINE_CLOSERS = '.!?:"”’)]';

function hardWrapped(text: string, lines: Span[]): boolean {
  let joined = 0;
  let midSentence = 0;
  let candidates = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (blankLineIn(text, lines[i].end, lines[i + 1].start)) continue;
    candidates++;
    const length = lines[i].end - lines[i].start;
    if (length >= 40 && length <= 100 && !LINE_CLOSERS.includes(text[lines[i].end - 1])) joined++;
    // Wrapped prose carries sentences over: many lines start with a lower-case word. Headlines never do.
    if (/^\p{Ll}/u.test(text[lines[i + 1].start] ?? '')) midSentence++;
  }
  return candidates >= 3 && joined / candidates > 0.5 && midSentence / candidates > 0.3;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt maj adm cmdr rev fr hon pres supt insp det del coun cllr cr cpl pte atty asst const cst ald brig pvt comr ' +
    'no nos vs etc approx est dept univ inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mt ft ave blvd rd fig vol pp op cf al e.g i.e a.m p.m'
  ).split(' '),
);
// Words that start a sentence after an acronym such as "U.S." ("… to the U.S. The President …").
const STARTERS = /^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Their|Its|Our|There|When|While|After|Before|However|Meanwhile|According|Some|Many|Most|Both|One|Two|If|As|For|So|Yet|Since|Then|Now|Also)$/;

// A sentence's end. A match starts only at the first mark of a run: retrying from inside a run of 100,000 dots was
// quadratic. The third branch: sentences a paste fused with no space between them ("…, Jones said.It is …", "…,” she
// said.City Manager …"), as FUSED_BEFORE and FUSED_AFTER tell them. The fourth: a photo credit in brackets, which
// closes a caption the page ran into the next sentence ("… Memorial Hall (Image: Newsquest) Sarah Taylor said …").
// Compiled once; sentences() resets lastIndex.
const SENTENCE_END = new RegExp(String.raw`(?<![.!?…])(?:[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])|[.!?…]+["”’')\]]*(?=\s+[-–—])(?=\s+[-–—]\s*\p{Lu})|${FUSED_BEFORE}[.!?][”)]?${FUSED_AFTER}|\((?:[Ii]mages?|[Pp]hotos?|[Pp]icture|[Cc]redit)\s*:[^()\n]{1,60}\)(?=\s+["“‘']?\p{Lu}))`, 'gu');

/** Sentences within `para`. Ends after . ! ? (and any closing quotes or brackets) before a new sentence. */
export function sentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  const re = SENTENCE_END;
  re.lastIndex = 0;
  const slice = text.slice(para.start, para.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const endAt = para.start + m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(text, para.start + m.index, endAt)) continue;
    out.push({ start, end: endAt });
    start = endAt;
    while (start < para.end && /\s/.test(text[start])) start++;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

function endsSentence(text: string, dot: number, after: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = before ? before[1] : '';
  if (!word) return true;
  const next = /^\s+["“‘']?([\p{L}\p{N}]+)/u.exec(text.slice(after, after + 40));
  const nextWord = next ? next[1] : '';
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // An initial ("L. Ron Hubbard") or an acronym ("U.S."): a break only before a typical sentence opener.
    return STARTERS.test(nextWord);
  }
  // A month abbreviated only before its day or year ("Jan. 29", "Sept. 2019"); else a name ends the sentence ("… the
  // suspect as Naeem Jan. He is 30.").
  if (MONTH_ABBR.test(word)) return !dateAfter(text, after);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

/** A month's abbreviation, without its stop ("Jan", "Sept"; "May" is the month's name). */
export const MONTH_ABBR = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
/** An ordinal in figures: "2nd", "15th". */
export const isOrdinal = (text: string): boolean => /^\d+(?:st|nd|rd|th)$/.test(text);
/** A day or a year after `at`, past spaces: "Jan. 29", "Sept. 2019". */
const dateAfter = (text: string, at: number) => /^\s*\d/.test(text.slice(at, at + 6));
