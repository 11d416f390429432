// Finding quotations: a scan of the quotation marks alone, fast enough to run on every keystroke.
// It tells quotation marks from apostrophes ("Putin’s", "rock ’n’ roll", "the ’90s"), follows a quotation
// that runs on into the next paragraph (left open, re-opened), and reports marks that never balance.
import type { Problem, Span } from './types';

export interface QuoteSpan extends Span {
  /** Inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** 0 for a quotation in the running text, 1 for one quoted inside another. */
  depth: number;
  /** false when the paragraph ended with no closing mark (reported as a problem). */
  closed: boolean;
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
}

const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);

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
  // A quotation carried over from the previous paragraph: its opening mark.
  let carried: Open | null = null;

  const unbalanced = (at: number, message: string) =>
    problems.push({ start: at, end: at + 1, code: 'unbalanced-quote', message, severity: 'warning' });

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const stack: Open[] = [];
    let i = para.start;
    if (carried) {
      // Convention: a quotation running into a new paragraph re-opens it with an opening mark.
      const first = text[i];
      if (DOUBLE_OPEN.has(first) || first === '"') i++;
      stack.push(carried);
      carried = null;
    }
    const close = (open: Open, markEnd: number, closed: boolean) => {
      const depth = stack.length;
      const contentEnd = closed ? markEnd - 1 : markEnd;
      if (contentEnd > open.at + 1) {
        quotes.push({ start: open.at, end: markEnd, contentStart: open.at + 1, contentEnd, depth, closed });
      }
    };
    for (; i < para.end; i++) {
      const c = text[i];
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 1 < para.end ? text[i + 1] : undefined;
      const top = stack[stack.length - 1];
      if (DOUBLE_OPEN.has(c)) {
        const openDouble = stack.findIndex((o) => o.mark === 'double');
        if (openDouble >= 0) {
          // A second opening mark before the first closed: the first was never closed.
          const first = stack[openDouble];
          unbalanced(first.at, 'Quotation opened here is not closed before the next one opens.');
          stack.length = openDouble;
          close(first, i, false);
        }
        stack.push({ mark: 'double', at: i, straight: false });
      } else if (DOUBLE_CLOSE.has(c)) {
        const idx = lastIndexOf(stack, 'double');
        if (idx < 0) unbalanced(i, 'Closing quotation mark with no opening mark.');
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
          close(stack.pop()!, i + 1, true);
        } else if (opens || idx < 0) {
          if (!opens && isSpace(next)) unbalanced(i, 'Closing quotation mark with no opening mark.');
          else stack.push({ mark: 'double', at: i, straight: true });
        }
      } else if (SINGLE_OPEN.has(c)) {
        if (ELISION.test(text.slice(i + 1, i + 5))) continue;
        stack.push({ mark: 'single', at: i, straight: false });
      } else if (SINGLE_CLOSE.has(c) || c === "'") {
        const betweenLetters = isLetter(prev) && isLetter(next);
        if (betweenLetters) continue; // Putin’s, don’t
        const idx = lastIndexOf(stack, 'single');
        const canClose = idx >= 0 && !isSpace(prev) && !isLetter(next) && (idx === stack.length - 1);
        if (canClose && !(prev === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !closesSoon(text, i, para.end))) {
          close(stack.pop()!, i + 1, true);
          continue;
        }
        if (c === "'" && isOpenerContext(prev) && isLetter(next) && !ELISION.test(text.slice(i + 1, i + 5))) {
          // A straight single quote opens only if a matching close follows in the paragraph.
          if (hasStraightClose(text, i + 1, para.end)) stack.push({ mark: 'single', at: i, straight: true });
        }
        // Otherwise an apostrophe (leaders’, ’n’, ’90s).
      }
    }
    // End of paragraph: singles still open were apostrophes or typos inside the quote; doubles carry over or fail.
    const idx = stack.findIndex((o) => o.mark === 'double');
    const nextPara = paras[p + 1];
    if (idx >= 0) {
      const open = stack[idx];
      const reopens = nextPara && (DOUBLE_OPEN.has(text[nextPara.start]) || text[nextPara.start] === '"');
      if (reopens && idx === 0) {
        carried = open;
        continue;
      }
      unbalanced(open.at, 'Quotation is not closed by the end of the paragraph.');
      stack.length = idx;
      close(open, para.end, false);
    } else if (stack.length && !stack[0].straight) {
      unbalanced(stack[0].at, 'Single quotation mark is not closed by the end of the paragraph.');
    }
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  // A quotation carried across paragraphs keeps its first opening mark: fix the depth of any inside it.
  for (const q of quotes) q.depth = quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end) ? 1 : 0;
  return { quotes, problems };
}

function lastIndexOf(stack: Open[], mark: Mark): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark === mark) return i;
  return -1;
}

/** Is there a straight single quote that can close, before the paragraph ends? */
function hasStraightClose(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (text[j] !== "'") continue;
    if (isLetter(text[j - 1]) && isLetter(text[j + 1])) continue;
    if (!isSpace(text[j - 1]) && !isLetter(text[j + 1])) return true;
    if (text[j + 1] === undefined || j + 1 >= to) return true;
  }
  return false;
}

/** After "s’ " and a lower-case word: a plural possessive, unless another closing mark follows soon. */
function closesSoon(text: string, from: number, to: number): boolean {
  const rest = text.slice(from + 1, Math.min(to, from + 200));
  return !/[’']/.test(rest);
}
