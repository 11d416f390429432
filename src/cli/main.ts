// The copydesk command: the same engine as the extension, for newsroom scripts and measurements.
//   copydesk analyze [--json] [--people DIR]... FILE...      copydesk quotes FILE [--format text|md|csv|json]      copydesk claims FILE
import { parseArgs } from 'node:util';
import { checkArticle, mergeDirectories, parseDirectory, type ParsedDirectory, type PeopleDirectory } from '../directory';
import { analyze } from '../engine/analyze';
import { formatClaims, formatDirectoryDiagnostic, formatQuotes, formatReport, withDirectory, type QuoteFormat } from './format';
import { DEFAULT_MAX_BYTES, InputError, readArticle } from './read';

const USAGE = `usage:
  copydesk analyze [--json] FILE...         people, quotes, claims and problems (--json: one object per file and line)
    --people DIR                            also check names and roles against a people directory (YAML or JSON);
                                            repeat for several, later files adding to and overriding earlier ones
  copydesk quotes FILE [--format F]         every quotation with its speaker; F is text (default), md, csv or json
  copydesk claims FILE                      sentences to verify before publication, with the reason
options:
  --max-size BYTES                          refuse files larger than this (default ${DEFAULT_MAX_BYTES})
  -h, --help                                this help`;

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        'max-size': { type: 'string' },
        people: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err(`copydesk: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    (values.help ? out : err)(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  if (!['analyze', 'quotes', 'claims'].includes(command)) {
    err(`copydesk: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  if (!files.length) {
    err(`copydesk ${command}: name at least one article file\n`);
    return 2;
  }
  const format = (values.format ?? 'text') as QuoteFormat;
  if (!['text', 'md', 'csv', 'json'].includes(format)) {
    err(`copydesk: --format must be text, md, csv or json, not "${values.format}"\n`);
    return 2;
  }
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-size']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    err(`copydesk: --max-size must be a positive number of bytes\n`);
    return 2;
  }
  let directory: PeopleDirectory | null = null;
  if (values.people?.length) {
    if (command !== 'analyze') {
      err(`copydesk: --people works with analyze, not ${command}\n`);
      return 2;
    }
    directory = readDirectories(values.people, maxBytes, err);
    if (!directory) return 1;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      const read = readArticle(file, maxBytes);
      text = read.text;
      for (const note of read.notes) err(`copydesk: ${note}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`copydesk: ${e.message}\n`);
      status = 1;
      // One JSON line per file keeps the output aligned with the arguments.
      if (command === 'analyze' && values.json) out(JSON.stringify({ file, error: e.message }) + '\n');
      continue;
    }
    const a = analyze(text);
    const checked = directory ? { directory, report: checkArticle(text, a, directory) } : null;
    if (command === 'analyze' && values.json) out(JSON.stringify(checked ? { file, ...withDirectory(a, checked) } : { file, ...a }) + '\n');
    else {
      const header = files.length > 1 ? `== ${file}\n` : '';
      if (command === 'analyze') out(header + formatReport(text, a, checked));
      else if (command === 'quotes') out(header + formatQuotes(text, a, format));
      else out(header + formatClaims(text, a));
    }
  }
  return status;
}

/**
 * The people directories named with --people, merged in the order given. Each file's problems go to stderr
 * with its name and line. A file that cannot be read, or is no directory at all, is skipped with a message;
 * only when none of them gives a directory is that an error (null).
 */
function readDirectories(files: string[], maxBytes: number, err: (s: string) => void): PeopleDirectory | null {
  const parsed: ParsedDirectory[] = [];
  for (const file of files) {
    let text: string;
    try {
      const read = readArticle(file, maxBytes, 'a people directory');
      text = read.text;
      for (const note of read.notes) err(`copydesk: ${note}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`copydesk: ${e.message}\n`);
      continue;
    }
    const p = parseDirectory(text, { file });
    for (const d of p.diagnostics) err(formatDirectoryDiagnostic(d) + '\n');
    if (p.usable) parsed.push(p);
    else err(`copydesk: ${file}: not used (no people directory could be read from it)\n`);
  }
  if (!parsed.length) {
    err(`copydesk: no people directory could be read (${files.join(', ')}); nothing was checked\n`);
    return null;
  }
  return mergeDirectories(parsed);
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`copydesk: internal error: ${(e as Error).message}\n`);
    process.exitCode = 70;
  }
}
