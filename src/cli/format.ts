// Human-readable and exportable renderings of an analysis, shared by the CLI (and the editor's exports).
import { stringify } from 'csv-stringify/sync';
import type { DirectoryDiagnostic, DirectoryReport, PeopleDirectory } from '../directory';
import type { Analysis, Quote } from '../engine/types';

export type QuoteFormat = 'text' | 'md' | 'csv' | 'json';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula: prefix a quote mark. */
export function csvSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function speakerOf(q: Quote): string {
  return q.speaker ? q.speaker.name : q.kind === 'speech' ? '(unattributed)' : '';
}

/** Line and column (1-based) of an offset, for messages. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}

export function formatQuotes(text: string, a: Analysis, format: QuoteFormat): string {
  const rows = a.quotes.map((q) => ({ q, at: lineCol(text, q.start) }));
  switch (format) {
    case 'json':
      return JSON.stringify(a.quotes, null, 2) + '\n';
    case 'csv':
      return stringify(
        [
          ['line', 'column', 'kind', 'speaker', 'cue', 'quote'],
          ...rows.map(({ q, at }) => [String(at.line), String(at.col), q.kind, speakerOf(q), q.cue?.text ?? '', oneLine(q.text)].map(csvSafe)),
        ],
        { quoted_match: /[",\n\r]/ },
      );
    case 'md': {
      const cell = (s: string) => oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
      const lines = ['| Line | Kind | Speaker | Cue | Quote |', '| ---: | --- | --- | --- | --- |'];
      for (const { q, at } of rows) lines.push(`| ${at.line} | ${q.kind} | ${cell(speakerOf(q))} | ${cell(q.cue?.text ?? '')} | ${cell(q.text)} |`);
      return lines.join('\n') + '\n';
    }
    default:
      return rows
        .map(({ q, at }) => `${at.line}:${at.col}  ${q.kind.padEnd(7)} ${speakerOf(q) || '-'}${q.cue ? ` (${oneLine(q.cue.text)})` : ''}\n    ${oneLine(q.text)}`)
        .join('\n') + (rows.length ? '\n' : 'No quotations found.\n');
  }
}

export function formatClaims(text: string, a: Analysis): string {
  if (!a.claims.length) return 'No claims to check.\n';
  return a.claims
    .map((c) => {
      const at = lineCol(text, c.start);
      return `${at.line}:${at.col}  ${c.category}${c.source ? ` — source: ${c.source}` : ''}\n    ${oneLine(c.text)}\n    why: ${c.reason}`;
    })
    .join('\n') + '\n';
}

/** An analysis checked against a people directory (`copydesk analyze --people`). */
export interface Checked {
  directory: PeopleDirectory;
  report: DirectoryReport;
}

/** The JSON contract with a directory: its name-style and ended-role problems among the problems, in text
 *  order, and a `directory` section: the files read and which entry each person is. */
export function withDirectory(a: Analysis, { directory, report }: Checked) {
  const problems = [...a.problems, ...report.problems].sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    ...a,
    problems,
    directory: {
      files: directory.files.map((f) => ({ ...f, diagnostics: directory.diagnostics.filter((d) => d.file === f.file) })),
      people: report.people.map((m) => ({
        personId: m.personId,
        entryId: m.entryId,
        name: directory.entries.find((e) => e.id === m.entryId)?.name ?? null,
        matchedBy: m.matchedBy,
        candidates: m.candidates,
      })),
      fixes: report.fixes,
    },
  };
}

/** "people.yaml:14:5: error: …", the way compilers write it, so editors and CI logs link to the line. */
export function formatDirectoryDiagnostic(d: DirectoryDiagnostic): string {
  return `copydesk: ${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function formatReport(text: string, a: Analysis, checked: Checked | null = null): string {
  const out: string[] = [];
  out.push(`People (${a.people.length})`);
  a.people.forEach((p, i) => {
    const facts = [p.role, p.age != null ? `age ${p.age}` : null].filter(Boolean).join(', ');
    const aliases = p.aliases.length ? ` — also ${p.aliases.map((x) => `“${x}”`).join(', ')}` : '';
    const match = checked?.report.people[i];
    const entry = match?.entryId ? checked!.directory.entries.find((e) => e.id === match.entryId) : null;
    const listed = !checked ? '' : entry ? ` [directory: ${entry.name}]` : match?.candidates.length ? ' [directory: several entries fit]' : ' [not in the directory]';
    out.push(`  ${p.name}${facts ? ` (${facts})` : ''}${aliases}; ${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}, ${p.quotes.length} quote${p.quotes.length === 1 ? '' : 's'}${listed}`);
  });
  out.push('', `Quotes (${a.quotes.length})`, formatQuotes(text, a, 'text').replace(/^/gm, '  ').trimEnd());
  out.push('', `Claims to check (${a.claims.length})`, formatClaims(text, a).replace(/^/gm, '  ').trimEnd());
  const problems = checked ? withDirectory(a, checked).problems : a.problems;
  out.push('', `Problems (${problems.length})`);
  for (const p of problems) {
    const at = lineCol(text, p.start);
    out.push(`  ${at.line}:${at.col}  ${p.code}: ${p.message}`);
  }
  return out.join('\n') + '\n';
}
