// Paragraph folding: runs of non-blank lines (hard-wrapped paragraphs) of two lines or more.

export interface LineRange {
  start: number;
  end: number;
}

export function paragraphRanges(lines: readonly string[]): LineRange[] {
  const out: LineRange[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i].trim() === '';
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      if (i - 1 > start) out.push({ start, end: i - 1 });
      start = -1;
    }
  }
  return out;
}
