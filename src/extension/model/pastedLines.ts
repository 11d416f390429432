// Which lines "Remove pasted line" deletes: the whole lines a pasted-debris problem covers, and the blank line
// after them when they stood between blank lines (so two paragraphs are not left three lines apart).
import type { Problem } from '../../engine';

export interface LineSpan {
  /** First line to delete (0-based). */
  from: number;
  /** Line after the last one to delete. */
  to: number;
}

export function isPasted(problem: Pick<Problem, 'code'>): boolean {
  return problem.code === 'pasted-debris';
}

/**
 * `lineOf(offset)` gives an offset's 0-based line. Overlapping and touching runs are joined; the result is in
 * order and never overlaps, so it can go into one edit.
 */
export function pastedLineSpans(
  problems: readonly Pick<Problem, 'start' | 'end'>[],
  lines: readonly string[],
  lineOf: (offset: number) => number,
): LineSpan[] {
  const spans = problems
    .map((p) => ({ from: lineOf(p.start), to: lineOf(Math.max(p.start, p.end - 1)) + 1 }))
    .sort((a, b) => a.from - b.from);
  const joined: LineSpan[] = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else joined.push({ ...s });
  }
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  for (const s of joined) {
    if (blank(s.from - 1) && s.to < lines.length && blank(s.to)) s.to++;
  }
  return joined;
}
