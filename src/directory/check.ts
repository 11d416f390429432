// What the directory says about an article: house spellings to restore (outside quotations), and roles the
// article gives that the directory records as ended.
import type { Analysis, Person, Span } from '../engine/types';
import { rolesDate, type RolesDate } from './articleDate';
import { matchPeople, QuoteSpans } from './match';
import { partsOf } from './names';
import type { DirectoryEntry, DirectoryProblem, DirectoryReport, DirectoryRole, MentionMatch, PartialDate, PeopleDirectory, TextEdit } from './types';

export interface CheckOptions {
  /** The date roles are judged at: "2024-05-13" (or a Date). Default: the article's own date, when it gives
   *  one near the top (a dateline, a date line: see findArticleDate), else today. */
  asOf?: string | Date;
  /** Today, for the default (tests): "2026-11-28". */
  today?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024" → "2024", "2024-05" → "May 2024", "2024-05-13" → "13 May 2024". */
export function formatDate(d: PartialDate): string {
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const month = `${MONTHS[Number(m) - 1]} ${y}`;
  return day ? `${Number(day)} ${month}` : month;
}

/** Whether a role that ended at `to` ("2024-05": some time in May 2024) is over at `asOf` ("2024-06-01"). */
export function hasEnded(to: PartialDate | null, asOf: string): boolean {
  return to !== null && asOf.slice(0, to.length) > to;
}

function isoDay(asOf: string | Date | undefined): string {
  if (typeof asOf === 'string') return asOf;
  const d = asOf ?? new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The directory's view of an article: which entry each person is, name-style problems (each with its fix) and
 * ended-role problems, and the fix-all list. `text` is the analysed text.
 */
export function checkArticle(text: string, analysis: Analysis, directory: PeopleDirectory, options: CheckOptions = {}): DirectoryReport {
  const when: RolesDate =
    options.asOf !== undefined ? { date: isoDay(options.asOf), source: 'given', found: null } : rolesDate(text, { today: options.today });
  const asOf = when.date;
  const people = matchPeople(analysis, directory);
  const quotes = new QuoteSpans(analysis.quotes);
  const problems: DirectoryProblem[] = [];
  people.forEach((match, i) => {
    const entry = directory.entries.find((e) => e.id === match.entryId);
    if (!entry) return;
    for (const m of match.mentions) {
      if (m.quoted || m.houseText === null) continue;
      problems.push({
        start: m.start,
        end: m.end,
        code: 'name-style',
        message: `House style is “${m.houseText}”, not “${m.text}” (people directory)`,
        severity: 'warning',
        personId: match.personId,
        entryId: entry.id,
        actual: m.text,
        expected: m.houseText,
        fix: { start: m.start, end: m.end, newText: m.houseText },
      });
    }
    problems.push(...roleProblems(text, analysis.people[i], entry, match.mentions, quotes, asOf, when.source === 'article'));
  });
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return { people, problems, fixes: fixAll(problems) };
}

/** Every fix of the problems, in order, leaving out any that overlaps one before it. */
export function fixAll(problems: readonly DirectoryProblem[]): TextEdit[] {
  const edits = problems.flatMap((p) => (p.fix ? [p.fix] : [])).sort((a, b) => a.start - b.start);
  const out: TextEdit[] = [];
  for (const e of edits) if (!out.length || out[out.length - 1].end <= e.start) out.push(e);
  return out;
}

/** The text with the edits made (edits in any order, none overlapping). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// --- Roles ---------------------------------------------------------------------------------------------------

const fold = (s: string) => partsOf(s).map((p) => p.fold);

/** Whether the title's words run, in order, inside the role's words ("defence minister" in "Russian defence
 *  minister"). */
function titleIn(title: string, role: string): boolean {
  const t = fold(title);
  const r = fold(role);
  for (let i = 0; i + t.length <= r.length; i++) if (t.every((w, j) => r[i + j] === w)) return true;
  return false;
}

/** A title's occurrences in the text: case and spacing aside, whole words. */
function titlePattern(title: string): RegExp {
  const words = title
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/-/g, '[-‐‑\\s]'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Text between a title and the name after it: nothing, or a comma ("Russia's ambassador, Anatoly Antonov"). */
const BEFORE_NAME = /^\s*,?\s*$/;
/** Text between a name and a title in apposition after it: "Sunak, the prime minister", "Sunak, Britain's prime minister". */
const AFTER_NAME = /^\s*,\s*(?:(?:the|a|an|now|then|who\s+is|who\s+was)\s+)?(?:[\p{L}’'-]+\s+){0,3}$/u;
const WINDOW = 160;

interface Titled {
  title: string;
  roles: DirectoryRole[];
}

/**
 * The roles the article gives the person that the directory records as ended: a title of the entry next to a
 * mention (before the name, or in apposition after it), outside quotations. A title that is part of a longer
 * one of the entry counts as the longer one ("Home Secretary" in "Shadow Home Secretary"); a title the person
 * holds again, or still holds, is not ended. Where the article gives the role only away from the name (as the
 * engine's role: "the 70-year-old Russian president"), the role's first place in the text is flagged.
 */
function roleProblems(
  text: string,
  person: Person,
  entry: DirectoryEntry,
  mentions: MentionMatch[],
  quotes: QuoteSpans,
  asOf: string,
  articleDate: boolean,
): DirectoryProblem[] {
  const titles = new Map<string, Titled>();
  for (const r of entry.roles) {
    const key = fold(r.title).join(' ');
    const t = titles.get(key) ?? { title: r.title, roles: [] };
    t.roles.push(r);
    titles.set(key, t);
  }
  const ended = (t: Titled) => t.roles.every((r) => hasEnded(r.to, asOf));
  if (![...titles.values()].some(ended)) return [];

  // Every title next to a mention; then the longest at each place.
  const found: (Span & { key: string })[] = [];
  for (const m of mentions) {
    if (m.quoted) continue;
    const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
    const beforeAt = m.start - before.length;
    const after = text.slice(m.end, m.end + WINDOW);
    for (const [key, t] of titles) {
      for (const x of before.matchAll(titlePattern(t.title))) {
        if (BEFORE_NAME.test(before.slice(x.index + x[0].length))) found.push({ start: beforeAt + x.index, end: beforeAt + x.index + x[0].length, key });
      }
      for (const x of after.matchAll(titlePattern(t.title))) {
        if (AFTER_NAME.test(after.slice(0, x.index))) found.push({ start: m.end + x.index, end: m.end + x.index + x[0].length, key });
      }
    }
  }
  let places = found.filter((f) => !quotes.contains(f) && !found.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
  places = places.filter((f, i) => places.findIndex((g) => g.start === f.start && g.end === f.end) === i);

  // The engine's role for the person, found away from the name.
  if (!places.length && person.role) {
    const longest = [...titles].filter(([, t]) => titleIn(t.title, person.role!)).sort(([a], [b]) => b.length - a.length)[0];
    if (longest && ended(longest[1])) {
      const at = [...text.matchAll(titlePattern(longest[1].title))].find((x) => !quotes.contains({ start: x.index, end: x.index + x[0].length }));
      const first = mentions.find((m) => !m.quoted);
      if (at) places = [{ start: at.index, end: at.index + at[0].length, key: longest[0] }];
      else if (first) places = [{ start: first.start, end: first.end, key: longest[0] }];
    }
  }

  const now = entry.roles.filter((r) => !hasEnded(r.to, asOf) && !(r.from && r.from > asOf));
  return places.flatMap((p) => {
    const t = titles.get(p.key)!;
    if (!ended(t)) return [];
    const to = t.roles.map((r) => r.to!).sort().pop()!;
    const message =
      `${entry.name}: ${t.title} until ${formatDate(to)} (people directory${entry.lastChecked ? `, checked ${entry.lastChecked}` : ''})` +
      (now.length ? `; ${articleDate ? 'then' : 'now'} ${now.map((r) => r.title).join(', ')}` : '') +
      (articleDate ? ` (as of the article's date, ${formatDate(asOf)})` : '');
    return [
      {
        start: p.start,
        end: p.end,
        code: 'ended-role' as const,
        message,
        severity: 'warning' as const,
        personId: person.id,
        entryId: entry.id,
        actual: text.slice(p.start, p.end),
        expected: to,
        fix: null,
      },
    ];
  });
}
