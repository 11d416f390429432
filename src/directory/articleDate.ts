// The date an article gives itself, near the top: a wire dateline ("MOSCOW, Sept 13 (Reuters) -") or a line
// that is only a date, perhaps with a label, a weekday, a time or a byline ("13 September 2023",
// "Published: 2023-09-13", "Wednesday 13 September 2023 10.05 BST", "By Jane Smith | Sept. 13, 2023").
// A date in a sentence of the story is not the article's date. Ended roles are judged at this date, when the
// article gives one, else at today's. Plain functions, no editor or Node imports.
import type { PartialDate } from './types';

export interface ArticleDate {
  /** The day: "2023-09-13". */
  date: string;
  /** The date's words in the article (offsets into its text). */
  start: number;
  end: number;
  text: string;
  /** dateline: a wire dateline starting the story; date-line: a line that is only a date (and a label). */
  kind: 'dateline' | 'date-line';
  /** A dateline with no year ("Sept 13"): the year is the latest that does not put the day after today. */
  yearInferred: boolean;
}

export interface FindDateOptions {
  /** Today, "2026-11-28" (default: the system date); only for a dateline without a year. */
  today?: string;
}

/** How far down the article is looked at: the first lines, within the first characters. */
const MAX_LINES = 12;
const MAX_CHARS = 1500;

const MONTH_WORDS: [RegExp, number][] = [
  [/^jan(?:uary)?$/, 1],
  [/^feb(?:ruary)?$/, 2],
  [/^mar(?:ch)?$/, 3],
  [/^apr(?:il)?$/, 4],
  [/^may$/, 5],
  [/^june?$/, 6],
  [/^july?$/, 7],
  [/^aug(?:ust)?$/, 8],
  [/^sep(?:t|tember)?$/, 9],
  [/^oct(?:ober)?$/, 10],
  [/^nov(?:ember)?$/, 11],
  [/^dec(?:ember)?$/, 12],
];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

/** Full dates, with the year: ISO (a time may follow), day-month-year, month-day-year. */
const ISO = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}])/giu;
const DMY = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'giu');
const MDY = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'giu');
/** A day and month with no year, for datelines only. */
const DM = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})${ORDINAL}\\s+(${MONTH})\\.?(?![\\p{L}\\p{N}])`, 'giu');
const MD = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL}(?![\\p{L}\\p{N}])`, 'giu');

/** A dateline's place: capitals ("MOSCOW", "NEW YORK", "PORT-AU-PRINCE"), then perhaps ", Ukraine" or ", Calif.". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s*\p{L}[\p{L}\p{M}. ]{0,30})?,\s*/u;
/** What may follow a dateline's date: "(Reuters)", then a dash (or the line ends). */
const DATELINE_TAIL = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—―]|$)/u;

/** The words a date line may have besides its date. */
const LABEL = /\b(?:first\s+published|last\s+updated|last\s+modified|published|updated|posted|modified|dated|date)\b/giu;
const WEEKDAY = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?/giu;
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[aApP]\.?[mM]\b\.?)?(?:\s*(?:(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Z]{2,5})\b)?|\b\d{1,2}\s*[aApP]\.?[mM]\b\.?/gu;
const LINKING = /\b(?:on|at)\b/giu;
/** "By Jane Smith," "By Jane Smith |" at the start of a line. */
const BYLINE = /^\s*by\s+[^,|·•\n]{1,60}(?:[,|·•]|\s[-–—]\s)/iu;
const LEFTOVER = /^[\s\p{P}\p{S}]*$/u;

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_WORDS.find(([re]) => re.test(w))?.[1] ?? 0;
}

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function todayOf(today: string | undefined): string {
  if (today) return today;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Found {
  date: string;
  /** Offsets in the line. */
  start: number;
  end: number;
}

/** Every full date in a line (with its year), in order. */
function fullDates(line: string): Found[] {
  const out: Found[] = [];
  for (const m of line.matchAll(ISO)) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) out.push({ date: d, start: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(DMY)) {
    const d = iso(Number(m[3]), monthOf(m[2]), Number(m[1]));
    if (d) out.push({ date: d, start: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(MDY)) {
    const d = iso(Number(m[3]), monthOf(m[1]), Number(m[2]));
    if (d) out.push({ date: d, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A dateline's date, at `at` in the line: a full date, or a day and month (the year then inferred). */
function datelineDate(line: string, at: number, today: string): (Found & { yearInferred: boolean }) | null {
  const rest = line.slice(at);
  const full = fullDates(rest).find((f) => f.start === 0);
  if (full) return { date: full.date, start: at, end: at + full.end, yearInferred: false };
  for (const re of [MD, DM]) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m || m.index !== 0) continue;
    const [month, day] = re === MD ? [monthOf(m[1]), Number(m[2])] : [monthOf(m[2]), Number(m[1])];
    const year = Number(today.slice(0, 4));
    let d = iso(year, month, day);
    if (d && d > today) d = iso(year - 1, month, day);
    if (d) return { date: d, start: at, end: at + m[0].length, yearInferred: true };
  }
  return null;
}

/** Whether the line is only the date, with the words a date line may carry. */
function onlyDate(line: string, f: Found): boolean {
  const rest = `${line.slice(0, f.start)} ${line.slice(f.end)}`
    .replace(BYLINE, ' ')
    .replace(LABEL, ' ')
    .replace(TIME, ' ')
    .replace(WEEKDAY, ' ')
    .replace(LINKING, ' ');
  return LEFTOVER.test(rest);
}

/**
 * The date the article gives itself near the top (its first lines): a dateline starting a paragraph, or a
 * line that is only a date; the first found, from the top. Null when it gives none.
 */
export function findArticleDate(text: string, options: FindDateOptions = {}): ArticleDate | null {
  const today = todayOf(options.today);
  const head = text.slice(0, MAX_CHARS);
  let offset = 0;
  let lines = 0;
  for (const raw of head.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    if (++lines > MAX_LINES) break;

    const place = DATELINE.exec(line);
    if (place) {
      const d = datelineDate(line, place[0].length, today);
      if (d && DATELINE_TAIL.test(line.slice(d.end))) {
        return { date: d.date, start: lineStart + d.start, end: lineStart + d.end, text: line.slice(d.start, d.end), kind: 'dateline', yearInferred: d.yearInferred };
      }
    }
    if (line.length > 120) continue;
    const dates = fullDates(line);
    if (dates.length === 1 && onlyDate(line, dates[0])) {
      const d = dates[0];
      return { date: d.date, start: lineStart + d.start, end: lineStart + d.end, text: line.slice(d.start, d.end), kind: 'date-line', yearInferred: false };
    }
  }
  return null;
}

/** The date roles are judged at, and where it comes from. */
export interface RolesDate {
  /** "2023-09-13". */
  date: PartialDate;
  /** article: the article's own date; today: it gives none; given: the caller chose it. */
  source: 'article' | 'today' | 'given';
  /** The article's date, when that is the source. */
  found: ArticleDate | null;
}

/** The article's date if it gives one, else today's. */
export function rolesDate(text: string, options: FindDateOptions = {}): RolesDate {
  const found = findArticleDate(text, options);
  return found ? { date: found.date, source: 'article', found } : { date: todayOf(options.today), source: 'today', found: null };
}
