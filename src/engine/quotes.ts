// Finding quotations: a scan of the quotation marks alone, fast enough to run on every keystroke.
// It tells quotation marks from apostrophes ("Putin’s", "rock ’n’ roll", "the ’90s"), follows a quotation
// that runs on into the next paragraph (left open, re-opened), and reports marks that never balance.
import type { Problem, Span } from './types';
import { ADVERT_PREFIX, isAdvertisement } from './debris';

export interface QuoteSpan extends Span {
  /** Inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** 0 for a quotation in the running text, 1 for one quoted inside another. */
  depth: number;
  /** false when the paragraph ended with no closing mark (reported as a problem unless the next paragraph re-opens). */
  closed: boolean;
  /** This paragraph's part of a quotation begun in an earlier paragraph (it re-opened with a new mark). */
  continued: boolean;
}

export interface QuoteScan {
  quotes: QuoteSpan[];
  problems: Problem[];
}

type Mark = 'double' | 'single';
interface Open {
  mark: Mark;
  at: number;
  straight: boolean;
  /** Length of the opening mark: 2 for the typewriter pair '' or ``. */
  len: number;
  /** A straight single mark opening speech that the next paragraph re-opens: "said: 'As predicted, …\n\n'The …". */
  runsOver?: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
// "PENCE: Well, …": a transcript's speaker label opening a quoted paragraph.
const SPEAKER_LABEL = /^\s*\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}:\s/u;
// Every character the scan acts on.
const MARK = /["'`“”„‟«»‘’‚‹›″]/g;
/** A straight double mark, or a double prime typed for one (″You can build a ship …,″) — not one after a number,
 *  which is inches ("a 12″ pizza"). */
const isStraightDouble = (text: string, j: number) => text[j] === '"' || (text[j] === '″' && !/\d/.test(text[j - 1] ?? ''));
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
// Quotations nested deeper than this are not quotations but a run of stray marks; the cap keeps the scan and the
// quotations it reports linear in the length of the paragraph.
const MAX_NESTING = 8;

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
// A mark after one of these opens a quotation (start of text, space, bracket, dash, another opening mark).
const isOpenerContext = (c: string | undefined) => c === undefined || /[\s([{\-–—/“‘"'«‹„]/.test(c);
// Elisions written with a leading apostrophe: ’n’, ’em, ’til, ’cause, ’90s.
const ELISION = /^(?:n['’]|em\b|til\b|cause\b|tis\b|twas\b|\d0s\b|\d\ds\b|\d\d\b)/i;

/** Scans the paragraphs (in order) for quotations. */
export function scanQuotes(text: string, paras: Span[]): QuoteScan {
  const quotes: QuoteSpan[] = [];
  const problems: Problem[] = [];
  // A quotation runs on into the next paragraph (left open, re-opened): its parts so far. When it finally closes
  // it becomes one quotation, and so does a run that never closes (the copy cut off), but not a transcript's parts.
  let carried: 'reopened' | 'unmarked' | null = null;
  // Where the re-opening mark is: the paragraph's start, or after advertisement labels pasted before it.
  let reopenAt = -1;
  // The mark the carried quotation is in: double, or single in copy that quotes in single marks (‘…).
  let carriedMark: Mark = 'double';
  let chain: QuoteSpan[] = [];
  // Whether a part of the chain opens with a speaker's label: a transcript.
  let transcript = false;

  // The next mark at or after a position. One search serves every paragraph it skipped: searching the rest of the
  // text again from each paragraph was quadratic in a long text with no quotation marks towards its end.
  let searchedFrom = -1;
  let markAt = -1;
  const nextMark = (from: number): number => {
    if (from < searchedFrom || from > markAt) {
      MARK.lastIndex = from;
      const m = MARK.exec(text);
      searchedFrom = from;
      markAt = m ? m.index : text.length;
    }
    return markAt;
  };

  const unbalanced = (at: number, message: string) =>
    problems.push({ start: at, end: charEnd(text, at), code: 'unbalanced-quote', message, severity: 'warning' });

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const stack: Open[] = [];
    let i = para.start;
    const continuing = carried !== null;
    if (carried === 'reopened') {
      i = Math.max(i, reopenAt);
      const len = carriedMark === 'double' && (text[i] === "'" || text[i] === '`') ? 2 : 1;
      stack.push({ mark: carriedMark, at: i, straight: text[i] === '"', len });
      i += len;
    } else if (carried === 'unmarked') {
      stack.push({ mark: 'double', at: i, straight: false, len: 0 });
    }
    carried = null;
    // The paragraph's last ” or ", found once and only when asked: whether a mistyped opening mark can be closed.
    let lastClose = -2;
    const lastDoubleClose = () => {
      if (lastClose === -2) {
        lastClose = -1;
        for (let k = para.end - 1; k >= para.start; k--) {
          if (text[k] === '”' || isStraightDouble(text, k)) {
            lastClose = k;
            break;
          }
        }
      }
      return lastClose;
    };
    const close = (open: Open, markEnd: number, closed: boolean, closeLen = 1) => {
      const depth = stack.length;
      const contentEnd = closed ? markEnd - closeLen : markEnd;
      if (contentEnd <= open.at + open.len) return;
      const q: QuoteSpan = { start: open.at, end: markEnd, contentStart: open.at + open.len, contentEnd, depth, closed, continued: continuing && (open.at === para.start || open.at === reopenAt) };
      // A transcript re-opens each paragraph for a new speaker ("PENCE: …", "WALLACE: …"): its parts stay apart.
      if (q.continued && closed && chain.length && !transcript && !labelled(q)) {
        join(chain, q);
        endChain();
        return;
      }
      quotes.push(q);
      if (closed && q.continued) endChain();
    };
    const labelled = (part: QuoteSpan) => SPEAKER_LABEL.test(text.slice(part.contentStart, part.contentStart + 40));
    const addToChain = (part: QuoteSpan) => {
      chain.push(part);
      transcript ||= labelled(part);
    };
    const endChain = () => {
      chain = [];
      transcript = false;
    };
    // A run of paragraphs that never closes (the copy cut off, or its last closing mark left out) is still one speech —
    // except in a transcript, whose paragraphs re-open for each speaker.
    const joinUnclosed = (at: number) => {
      const last = quotes[quotes.length - 1];
      const parts = chain;
      const joins = last && last.start === at && last.continued && parts.length && !transcript && !labelled(last);
      endChain();
      if (!joins) return;
      quotes.pop();
      join(parts, last);
    };
    /** `open`, left open at the paragraph's end, goes on into the next one (re-opened there at `at`, or run on
     *  unmarked): its part so far joins the chain. */
    const carryOver = (open: Open, how: 'reopened' | 'unmarked', mark: Mark, at: number) => {
      stack.length = 0;
      close(open, para.end, false);
      if (quotes.length && quotes[quotes.length - 1].start === open.at) addToChain(quotes[quotes.length - 1]);
      carried = how;
      carriedMark = mark;
      reopenAt = at;
    };
    /** `open` (at stack depth `depth`) never closes: it ends with its paragraph, joined to the chain it ends. */
    const endUnclosed = (open: Open, depth: number) => {
      stack.length = depth;
      close(open, para.end, false);
      joinUnclosed(open.at);
    };
    /** One quotation from a chain's parts and its last part. The parts and the quotations nested in them are the tail
     *  of the list from the first part on: only that tail is rebuilt (removing each part by search was quadratic in a
     *  long run of paragraphs). */
    const join = (parts: QuoteSpan[], lastPart: QuoteSpan) => {
      const from = quotes.lastIndexOf(parts[0]);
      const drop = new Set(parts);
      const tail = quotes.splice(from);
      for (const x of tail) if (!drop.has(x)) quotes.push(x);
      quotes.push({ ...lastPart, start: parts[0].start, contentStart: parts[0].contentStart, continued: false });
    };
    for (; i < para.end; i++) {
      // Jump to the next character that can be a quotation mark: most of the text is skipped in one search.
      const found = nextMark(i);
      if (found >= para.end) break;
      i = found;
      // Typewriter copy writes a double quotation mark as two single ones: ''like this'' or ``like this''.
      // (Curly too, closing a double one: “…growing,’’ — two right single marks typed for a right double.)
      const curlyPair = text[i] === '’' && text[i + 1] === '’' && i + 1 < para.end && stack[stack.length - 1]?.mark === 'double';
      const pair = ((text[i] === "'" || text[i] === '`') && text[i + 1] === text[i] && i + 1 < para.end) || curlyPair;
      // "husband''s": an apostrophe typed twice inside a word opens nothing.
      if (pair && text[i] === "'" && isLetter(text[i - 1] ?? '') && isLetter(text[i + 2] ?? '')) {
        i++;
        continue;
      }
      if (text[i] === '″' && !isStraightDouble(text, i)) continue;
      const c = curlyPair ? '”' : pair ? (text[i] === '`' ? '“' : '"') : text[i] === '″' ? '"' : text[i];
      const len = pair ? 2 : 1;
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + len < para.end ? text[i + len] : undefined;
      const top = stack[stack.length - 1];
      // "New York ”“ Clive Davis": a dash mangled by a wrong text encoding (its bytes read as ”“), not two marks.
      if (c === '”' && next === '“' && isSpace(prev) && isSpace(text[i + 2])) {
        i++;
        continue;
      }
      if (pair) i++;
      const at = i - len + 1;
      if (DOUBLE_OPEN.has(c) && pair === false && lastIndexOf(stack, 'double') >= 0 && !isSpace(prev) && !isOpenerContext(prev) && (isSpace(next) || /[.,;:!?)]/.test(next ?? ''))) {
        // An opening mark typed where a closing one belongs (“It's unusual,“ said …): close, and say so.
        const idx = lastIndexOf(stack, 'double');
        stack.length = idx + 1;
        close(stack.pop()!, i + 1, true);
        problems.push({ start: i, end: i + 1, code: 'unbalanced-quote', message: 'Opening quotation mark used to close a quotation: use ” here.', severity: 'warning' });
      } else if (DOUBLE_OPEN.has(c)) {
        const openDouble = stack.findIndex((o) => o.mark === 'double');
        // "…off the back of patients.“You hear patients …": a paragraph break lost when the copy was pasted, the
        // quotation re-opened after it — it goes on, as it would have across the break.
        // (Only with one open: "from Harrisburg.“There are …" opens a quotation after a lost space.)
        if (openDouble >= 0 && openDouble === stack.length - 1 && !pair && /[.!?]/.test(prev ?? '') && /\p{Lu}/u.test(next ?? '')) continue;
        if (openDouble >= 0) {
          // A second opening mark before the first closed: the first was never closed.
          const first = stack[openDouble];
          unbalanced(first.at, 'Quotation opened here is not closed before the next one opens.');
          stack.length = openDouble;
          close(first, at, false);
        }
        stack.push({ mark: 'double', at, straight: false, len });
      } else if (DOUBLE_CLOSE.has(c) && lastIndexOf(stack, 'double') < 0 && isOpenerContext(prev) && isLetter(next) && lastDoubleClose() > i) {
        // A closing mark typed where an opening one belongs (. ”Yes, of course," Costa said): open, and say so.
        stack.push({ mark: 'double', at, straight: false, len });
        problems.push({ start: i, end: i + 1, code: 'unbalanced-quote', message: 'Closing quotation mark used to open a quotation: use “ here.', severity: 'warning' });
      } else if (DOUBLE_CLOSE.has(c)) {
        const idx = lastIndexOf(stack, 'double');
        const single = lastIndexOf(stack, 'single');
        if (idx < 0 && single >= 0 && !stack[single].straight && /[\p{L}\p{N}.!?,;:…)]/u.test(prev ?? '')) {
          // Copy whose system mixes the marks: "said: ‘I have never seen anybody run as fast.”" — the ‘ opened it.
          stack.length = single + 1;
          close(stack.pop()!, i + 1, true);
          problems.push({ start: i, end: i + 1, code: 'unbalanced-quote', message: 'Quotation opened with ‘ and closed with ”: use matching marks.', severity: 'warning' });
        } else if (idx < 0) unbalanced(i, 'Closing quotation mark with no opening mark.');
        else {
          stack.length = idx + 1;
          const open = stack.pop()!;
          close(open, i + 1, true);
        }
      } else if (c === '"') {
        const idx = lastIndexOf(stack, 'double');
        const opens = isOpenerContext(prev) && !isSpace(next);
        if (idx >= 0 && !(opens && idx < stack.length - 1 && top.mark === 'single')) {
          stack.length = idx + 1;
          close(stack.pop()!, i + 1, true, len);
        } else if (opens || idx < 0) {
          // ("adding: \" A&E times are …\"", "has made \" huge improvements\"": a mark with a space typed after it still
          // opens, after a space or colon, when a closing straight mark follows in the paragraph.)
          // (Not inches after a number: "5 \" wide".)
          const spacedOpen = !opens && isSpace(next) && isOpenerContext(prev) && !/\d/.test(text[i - 2] ?? '') && hasStraightDoubleClose(text, i + 1, para.end);
          if (!opens && isSpace(next) && !spacedOpen) unbalanced(at, 'Closing quotation mark with no opening mark.');
          else stack.push({ mark: 'double', at, straight: true, len });
        }
      } else if (SINGLE_OPEN.has(c)) {
        if (ELISION.test(text.slice(i + 1, i + 5)) || stack.length >= MAX_NESTING) continue;
        stack.push({ mark: 'single', at: i, straight: false, len: 1 });
      } else if (SINGLE_CLOSE.has(c) || c === "'") {
        const betweenLetters = isLetter(prev) && isLetter(next);
        if (betweenLetters) continue; // Putin’s, don’t
        // The second mark of "rock ’n’ roll" closes the elision, not a quotation.
        if ((text[i - 1] === 'n' || text[i - 1] === 'N') && (text[i - 2] === '’' || text[i - 2] === "'") && isSpace(text[i - 3] ?? ' ')) continue;
        const idx = lastIndexOf(stack, 'single');
        const canClose = idx >= 0 && !isSpace(prev) && !isLetter(next) && (idx === stack.length - 1);
        if (canClose && !(prev === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !closesSoon(text, i, para.end, text[paras[p + 1]?.start ?? -1] === '‘'))) {
          close(stack.pop()!, i + 1, true);
          continue;
        }
        if (c === "'" && isOpenerContext(prev) && isLetter(next) && !ELISION.test(text.slice(i + 1, i + 5))) {
          // A straight single quote opens only if a matching close follows in the paragraph.
          // …or, opening speech after a colon or comma (or the paragraph), when the next paragraph re-opens with one.
          if (stack.length < MAX_NESTING && hasStraightClose(text, i + 1, para.end)) stack.push({ mark: 'single', at: i, straight: true, len: 1 });
          else if (stack.length < MAX_NESTING && runsOverStraight(text, i, para.start, paras[p + 1]?.start)) stack.push({ mark: 'single', at: i, straight: true, len: 1, runsOver: true });
        }
        // Otherwise an apostrophe (leaders’, ’n’, ’90s).
      }
    }
    // End of paragraph: singles still open were apostrophes or typos inside the quote; doubles carry over or fail.
    const idx = stack.findIndex((o) => o.mark === 'double');
    // Pasted advertisement lines between the parts of a quotation do not end it: "…\nAdvertisement\nHide Ad“Having …".
    let skipped = 0;
    while (idx >= 0 && skipped < 3 && p + 1 + skipped < paras.length && advertOnly(text, paras[p + 1 + skipped])) skipped++;
    const nextPara = paras[p + 1 + skipped];
    if (idx >= 0) {
      const open = stack[idx];
      const at = nextPara ? nextPara.start + (ADVERT_PREFIX.exec(text.slice(nextPara.start, Math.min(nextPara.end, nextPara.start + 80)))?.[0].length ?? 0) : -1;
      const reopens = nextPara && opensDouble(text, at);
      // Run-on without a re-opening mark: the next paragraph's first mark closes — the quote goes on into it.
      const runsOn = !reopens && nextPara && idx === 0 && firstDoubleCloses(text, nextPara);
      if ((reopens || runsOn) && idx === 0) {
        carryOver(open, runsOn ? 'unmarked' : 'reopened', 'double', reopens ? at : -1);
        if (runsOn) {
          problems.push({ start: nextPara.start, end: charEnd(text, nextPara.start), code: 'unbalanced-quote', message: 'Quotation runs on into this paragraph: open it again with a quotation mark.', severity: 'info' });
        }
        p += runsOn ? 0 : skipped;
        continue;
      }
      unbalanced(chain.length ? chain[0].start : open.at, chain.length ? 'Quotation running over several paragraphs is never closed.' : 'Quotation is not closed by the end of the paragraph.');
      endUnclosed(open, idx);
    } else if (stack.length && (!stack[0].straight || stack[0].runsOver)) {
      const open = stack[0];
      // Copy that quotes in single marks runs a quotation over paragraphs the same way: "said: ‘…" left open, the next
      // paragraph re-opened with ‘. (Only a quotation opening the paragraph or introduced by a colon or comma: a ‘
      // elsewhere may be an apostrophe typed the wrong way.)
      const next = paras[p + 1];
      const opensSpeech = open.at === para.start || /[:,]\s*$/.test(text.slice(Math.max(para.start, open.at - 3), open.at));
      // (Re-opened with a straight mark too, where the copy mixes them: "said: ‘…\n\n'This includes …'".)
      const reopened = next && (text[next.start] === '‘' || (text[next.start] === "'" && isLetter(text[next.start + 1] ?? '')));
      // (A straight mark runsOverStraight let open has been judged so already.)
      if (open.mark === 'single' && reopened && (opensSpeech || open.runsOver || chain.length)) {
        carryOver(open, 'reopened', 'single', next.start);
        continue;
      }
      unbalanced(chain.length ? chain[0].start : open.at, 'Single quotation mark is not closed by the end of the paragraph.');
      if (open.mark === 'single' && chain.length) endUnclosed(open, 0);
    }
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotes, problems };
}

/** The end of the character at `at`: a problem reported at the start of a paragraph that opens with an emoji
 *  covers the whole emoji, not half of its surrogate pair. */
function charEnd(text: string, at: number): number {
  return at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
}

/** Is the first double quotation mark of the paragraph a closing one? */
function firstDoubleCloses(text: string, para: Span): boolean {
  for (let j = para.start; j < para.end; j++) {
    const c = text[j];
    if (DOUBLE_OPEN.has(c)) return false;
    if (DOUBLE_CLOSE.has(c)) return true;
    if (isStraightDouble(text, j) || (c === "'" && text[j + 1] === "'")) {
      const after = text[c === "'" ? j + 2 : j + 1];
      return !isSpace(text[j - 1]) && j > para.start && (isSpace(after) || /[.,;:!?)]/.test(after ?? ''));
    }
  }
  return false;
}

/** A paragraph that is nothing but advertisement labels. */
function advertOnly(text: string, para: Span): boolean {
  return para.end - para.start < 80 && isAdvertisement(text.slice(para.start, para.end));
}

function opensDouble(text: string, at: number): boolean {
  const c = text[at];
  // A paragraph that re-opens with a closing mark or a double prime typed for one (″Clearly …) re-opens all the same.
  const mistyped = (c === '”' || c === '″') && /\p{L}/u.test(text[at + 1] ?? '');
  return DOUBLE_OPEN.has(c) || c === '"' || mistyped || ((c === "'" || c === '`') && text[at + 1] === c);
}

function lastIndexOf(stack: Open[], mark: Mark): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark === mark) return i;
  return -1;
}

/** Is there a straight double quote that closes (no space before it), within a few sentences? */
function hasStraightDoubleClose(text: string, from: number, to: number): boolean {
  for (let j = from, end = Math.min(to, from + 1000); j < end; j++) if (isStraightDouble(text, j)) return !isSpace(text[j - 1]);
  return false;
}

/** A straight single mark at `at` opening speech ("said: 'As predicted, …", or the paragraph) before a capital or a
 *  figure, with no close in its paragraph, whose next paragraph (starting at `next`) opens with a straight mark and a
 *  capital: a quotation run over paragraphs, as copy that quotes in single marks writes it. */
function runsOverStraight(text: string, at: number, paraStart: number, next: number | undefined): boolean {
  // (A figure may open it as a capital does: "He said: '4,500 people live in this village. …")
  if (next === undefined || text[next] !== "'" || !/\p{Lu}/u.test(text[next + 1] ?? '') || !/[\p{Lu}\p{N}]/u.test(text[at + 1] ?? '')) return false;
  // (Or a sentence's start after another: "… again,' he said. 'She was out of control …¶'She is …'".)
  return at === paraStart || /[:,.!?]\s$/.test(text.slice(Math.max(paraStart, at - 2), at));
}

/** Is there a straight single quote that can close, before the paragraph ends? */
function hasStraightClose(text: string, from: number, to: number): boolean {
  // A quotation in single marks closes within a few sentences; looking further only costs time.
  for (let j = from, end = Math.min(to, from + 1000); j < end; j++) {
    if (text[j] !== "'") continue;
    if (isLetter(text[j - 1]) && isLetter(text[j + 1])) continue;
    if (!isSpace(text[j - 1]) && !isLetter(text[j + 1])) return true;
    if (text[j + 1] === undefined || j + 1 >= to) return true;
  }
  return false;
}

/** After "s’ " and a lower-case word: a plural possessive, unless another closing mark follows soon. The next mark
 *  opening a quotation of its own ("called them 'scumbags' and 'animals'") leaves this one to close. */
function closesSoon(text: string, from: number, to: number, nextReopens: boolean): boolean {
  const rest = text.slice(from + 1, Math.min(to, from + 200));
  // (An apostrophe inside a word is no mark: "'missed warning signs' before toddler's death".)
  const re = /[’'‘]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) && isLetter(rest[m.index - 1] ?? ' ') && isLetter(rest[m.index + 1] ?? ' '));
  // (No mark after it: it closes — unless the next paragraph re-opens, and the quotation runs on into it: "‘Despite
  // 100 years’ of nursing knowledge …\n\n‘Fewer students …’".)
  if (!m) return !nextReopens;
  const before = rest[m.index - 1] ?? ' ';
  return isSpace(before) && isLetter(rest[m.index + 1] ?? '') && m[0] !== '’';
}
