// The copydesk command's contract and behaviour: main() in-process, and the built bin for what only a real
// process shows (exit codes, stdout/stderr). Accuracy (which speaker, which person) belongs to the engine's
// tests and `npm run eval`; here only the shape of the output and the handling of bad input are checked.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvSafe } from '../../src/cli/format';
import { SHOIGU_ENTRY } from '../fixtures/shoiguRoles';
import { run, type Run } from './run';
import type { DirectoryProblem, TextEdit } from '../../src/directory';
import type { Analysis, Quote } from '../../src/engine/types';
import { parse as parseCsvRows } from 'csv-parse/sync';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

const ARTICLE = [
  'Council approves new budget',
  '',
  'The city council approved the budget on Tuesday. "We have balanced the books," Mayor Jane Okafor said after the vote.',
  '',
  'Okafor said the plan was "fair to every ward". Critics, who asked not to be named, said the figures did not add up.',
  '',
].join('\n');

/** Text a spreadsheet would run as a formula, and a pipe that would split a Markdown table cell. */
const HOSTILE = [
  'Spreadsheet test',
  '',
  '"=HYPERLINK(""http://evil.example"")," said @admin. "+1 | -1 | @once," said =Ann Cole.',
  '',
  '-Bob Lee said: "-2+3 is the answer."',
  '',
].join('\n');


type AnalyzeLine = Analysis & {
  file: string;
  error?: string;
  directory?: {
    files: { file: string; usable: boolean; entries: number; diagnostics: { line: number; column: number; message: string }[] }[];
    people: { personId: string; entryId: string | null; name: string | null; matchedBy: string | null }[];
    fixes: TextEdit[];
  };
};

function jsonLines(out: string): AnalyzeLine[] {
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AnalyzeLine);
}

/** A message, not a crash: no "    at fn (file:line:col)" frames. */
function assertNoStack(s: string): void {
  assert.doesNotMatch(s, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in output:\n${s}`);
}

/** CSV as its RFC 4180 reader, csv-parse, reads it. */
const parseCsv = (csv: string): string[][] => parseCsvRows(csv, { relax_column_count: true });

describe('copydesk CLI', () => {
  let dir: string;
  let article: string;
  let hostile: string;
  const write = (name: string, content: string | Uint8Array): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    article = write('council.article', ARTICLE);
    hostile = write('hostile.article', HOSTILE);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('analyze --json', () => {
    it('prints one JSON line per file, in argument order, with the contract keys', () => {
      const other = write('other.article', 'Nothing quoted here.\n');
      const r = run('analyze', '--json', other, article, hostile);
      assert.equal(r.code, 0, r.err);
      const lines = jsonLines(r.out);
      assert.deepEqual(
        lines.map((l) => l.file),
        [other, article, hostile],
      );
      for (const line of lines) {
        for (const key of ['file', 'quotes', 'people', 'claims', 'problems'] as const) assert.ok(key in line, `${key} missing`);
        for (const key of ['quotes', 'people', 'claims', 'problems'] as const) assert.ok(Array.isArray(line[key]), `${key} is not a list`);
      }
      assert.equal(r.out.split('\n').filter(Boolean).length, 3, 'exactly one line per file');
    });

    it('gives spans that slice back to their text', () => {
      const [a] = jsonLines(run('analyze', '--json', article).out);
      assert.ok(a.quotes.length > 0, 'the article has quotations');
      const inText = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= ARTICLE.length;
      for (const q of a.quotes) {
        assert.ok(inText(q));
        assert.equal(ARTICLE.slice(q.start, q.end), q.text);
        if (q.speaker) assert.ok(inText(q.speaker));
        if (q.cue) assert.equal(ARTICLE.slice(q.cue.start, q.cue.end), q.cue.text);
      }
      for (const p of a.people) for (const m of p.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
      for (const c of a.claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
      for (const p of a.problems) assert.ok(inText(p));
    });

    it('indexes the text with a byte-order mark stripped', () => {
      const withBom = write('bom.article', '\uFEFF' + ARTICLE);
      const [plain] = jsonLines(run('analyze', '--json', article).out);
      const [bom] = jsonLines(run('analyze', '--json', withBom).out);
      const quote = '"We have balanced the books,"';
      const q = bom.quotes.find((x) => x.text.includes('balanced the books'));
      assert.ok(q, 'the quotation is found');
      assert.equal(q.start, ARTICLE.indexOf(quote), 'offset counts from after the BOM');
      assert.equal(ARTICLE.slice(q.start, q.end), q.text);
      assert.deepEqual({ ...bom, file: '' }, { ...plain, file: '' }, 'same analysis with or without the BOM');
    });

    it('gives an empty file an empty analysis', () => {
      const empty = write('empty.article', '');
      const r = run('analyze', '--json', empty);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(jsonLines(r.out), [{ file: empty, quotes: [], people: [], claims: [], problems: [] }]);
    });

    it('keeps one line per file when a file cannot be read', () => {
      const missing = join(dir, 'missing.article');
      const r = run('analyze', '--json', article, missing);
      assert.notEqual(r.code, 0);
      const lines = jsonLines(r.out);
      assert.deepEqual(
        lines.map((l) => l.file),
        [article, missing],
      );
      assert.ok(lines[1].error);
    });
  });

  describe('analyze (report)', () => {
    it('prints the four sections', () => {
      const r = run('analyze', article);
      assert.equal(r.code, 0, r.err);
      for (const section of ['People (', 'Quotes (', 'Claims to check (', 'Problems (']) assert.ok(r.out.includes(section), section);
    });
  });

  describe('quotes', () => {
    const analysis = (file: string): Analysis => jsonLines(run('analyze', '--json', file).out)[0];

    it('--format json prints the quotations of the analysis', () => {
      const r = run('quotes', article, '--format', 'json');
      assert.equal(r.code, 0, r.err);
      const quotes = JSON.parse(r.out) as Quote[];
      assert.deepEqual(quotes, analysis(article).quotes);
    });

    it('--format csv prints a header and one row per quotation', () => {
      const r = run('quotes', article, '--format', 'csv');
      assert.equal(r.code, 0, r.err);
      const rows = parseCsv(r.out);
      assert.deepEqual(rows[0], ['line', 'column', 'kind', 'speaker', 'cue', 'quote']);
      const quotes = analysis(article).quotes;
      assert.equal(rows.length, quotes.length + 1);
      rows.slice(1).forEach((row, i) => {
        assert.equal(row.length, 6);
        assert.equal(row[2], quotes[i].kind);
        assert.equal(row[5], quotes[i].text.replace(/\s+/g, ' ').trim());
      });
    });

    it('--format csv leaves no cell a spreadsheet would run as a formula', () => {
      const r = run('quotes', hostile, '--format', 'csv');
      assert.equal(r.code, 0, r.err);
      for (const row of parseCsv(r.out)) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `unsafe cell ${cell}`);
    });

    it('csvSafe neutralises cells that start with = + - @, tab or carriage return', () => {
      for (const cell of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(csvSafe(cell), `'${cell}`);
      for (const cell of ['Jane Okafor', '"quoted"', '', '1', 'a=b']) assert.equal(csvSafe(cell), cell);
    });

    it('--format md prints a table with one row per quotation and pipes escaped', () => {
      const r = run('quotes', hostile, '--format', 'md');
      assert.equal(r.code, 0, r.err);
      const lines = r.out.trimEnd().split('\n');
      assert.equal(lines[0], '| Line | Kind | Speaker | Cue | Quote |');
      assert.equal(lines.length, analysis(hostile).quotes.length + 2);
      for (const line of lines) assert.equal(line.replace(/\\\\/g, '').match(/(?<!\\)\|/g)?.length, 6, `cells split: ${line}`);
    });

    it('defaults to a readable text listing', () => {
      const r = run('quotes', article);
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.includes('balanced the books'));
    });
  });

  describe('claims', () => {
    it('lists each claim with its reason, or says there are none', () => {
      const r = run('claims', article);
      assert.equal(r.code, 0, r.err);
      const claims = jsonLines(run('analyze', '--json', article).out)[0].claims;
      if (claims.length) assert.equal(r.out.match(/^ {4}why: /gm)?.length, claims.length);
      else assert.equal(r.out, 'No claims to check.\n');
    });
  });

  describe('analyze --people', () => {
    const KIM_PUTIN = readFileSync(join(ROOT, 'test/fixtures/kim-putin-summit.article'), 'utf8');
    let fixture: string;
    let wire: string;
    let russia: string;
    before(() => {
      fixture = write('kim-putin.article', KIM_PUTIN);
      // A wire-style desk file writes "Kim Jong Un"; a second file adds Shoigu's ended role.
      wire = write('desk.yaml', '# desk\npeople:\n  - name: Kim Jong Un\n    roles: [North Korean leader]\n');
      russia = write('russia.yaml', `people:\n${SHOIGU_ENTRY}`);
    });

    it('--json adds a directory section and name-style and ended-role problems, in text order', () => {
      const r = run('analyze', '--json', '--people', wire, '--people', russia, fixture);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      const [line] = jsonLines(r.out);
      assert.deepEqual(line.directory!.files, [
        { file: wire, usable: true, entries: 1, diagnostics: [] },
        { file: russia, usable: true, entries: 1, diagnostics: [] },
      ]);
      const kim = line.people.findIndex((p) => p.name === 'Kim Jong-un');
      assert.deepEqual(line.directory!.people[kim], { personId: line.people[kim].id, entryId: 'kim jong un', name: 'Kim Jong Un', matchedBy: 'name', candidates: [] });
      assert.equal(line.directory!.people.find((p) => p.personId === line.people.find((x) => x.name === 'Donald Trump')!.id)!.entryId, null);
      const problems = line.problems as unknown as DirectoryProblem[];
      const codes = problems.map((p) => p.code);
      assert.ok(codes.includes('pasted-debris' as never), 'the engine’s problems are still there');
      const style = problems.filter((p) => p.code === 'name-style');
      assert.ok(style.length >= 2);
      for (const p of style) assert.equal(KIM_PUTIN.slice(p.start, p.end), 'Kim Jong-un');
      assert.ok(!style.some((p) => p.start > 1144 && p.end < 1252), 'not in KCNA’s quotation');
      const roles = problems.filter((p) => p.code === 'ended-role');
      assert.deepEqual(
        roles.map((p) => p.message),
        ['Sergei Shoigu: defence minister until May 2024 (people directory); now Secretary of the Security Council'],
      );
      assert.deepEqual(
        problems.map((p) => p.start),
        [...problems.map((p) => p.start)].sort((x, y) => x - y),
      );
      assert.deepEqual(line.directory!.fixes, style.map((p) => p.fix));
    });

    it('marks who is in the directory in the report, and lists the problems', () => {
      const r = run('analyze', '--people', wire, fixture);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^ {2}Kim Jong-un .*\[directory: Kim Jong Un\]$/m);
      assert.match(r.out, /^ {2}Donald Trump.*\[not in the directory\]$/m);
      assert.match(r.out, /^ {2}1:21 {2}name-style: House style is “Kim Jong Un”, not “Kim Jong-un”/m);
    });

    it('says what is wrong in a directory file, with its name and line, and uses the rest', () => {
      const bad = write('bad.yaml', 'people:\n  - name: Kim Jong Un\n  - nmae: Sergei Shoigu\n');
      const r = run('analyze', '--json', '--people', bad, fixture);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, new RegExp(`^copydesk: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:5: error: an entry needs a \`name:\``, 'm'));
      assertNoStack(r.err);
      const [line] = jsonLines(r.out);
      assert.equal(line.directory!.files[0].diagnostics.length, 1);
      assert.ok(line.problems.some((p) => (p.code as string) === 'name-style'));
    });

    it('skips a directory it cannot use when another one works', () => {
      const missing = join(dir, 'nowhere.yaml');
      const r = run('analyze', '--json', '--people', missing, '--people', wire, fixture);
      assert.equal(r.code, 0);
      assert.match(r.err, /nowhere\.yaml: cannot read/);
      assert.deepEqual(
        jsonLines(r.out)[0].directory!.files.map((f) => f.file),
        [wire],
      );
    });

    it('exits 1 without analysing when no directory can be read', () => {
      const notADirectory = write('notes.yaml', 'just: notes\n');
      const broken = write('broken.yaml', 'people: [\n');
      const r = run('analyze', '--json', '--people', notADirectory, '--people', broken, '--people', join(dir, 'gone.yaml'), fixture);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.match(r.err, /notes\.yaml:1:1: error: no `people:` list/);
      assert.match(r.err, /broken\.yaml:\d+:\d+: error: /);
      assert.match(r.err, /gone\.yaml: cannot read/);
      assert.match(r.err, /no people directory could be read/);
      assertNoStack(r.err);
    });

    it('is for analyze only', () => {
      const r = run('quotes', '--people', wire, fixture);
      assert.equal(r.code, 2);
      assert.match(r.err, /--people works with analyze/);
    });
  });

  describe('usage errors exit 2 with a message', () => {
    const usageError = (r: Run, mentions: RegExp) => {
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, mentions);
      assertNoStack(r.err);
    };

    it('unknown command', () => usageError(run('summarise', article), /unknown command "summarise"/));
    it('no file named', () => usageError(run('analyze', '--json'), /at least one article file/));
    it('bad --format', () => usageError(run('quotes', article, '--format', 'xlsx'), /--format/));
    it('unknown option', () => usageError(run('analyze', '--colour', article), /colour/));
    it('bad --max-size', () => usageError(run('analyze', '--max-size', 'lots', article), /--max-size/));
    it('no command at all', () => usageError(run(), /usage:/));

    it('--help prints the usage and succeeds', () => {
      const r = run('--help');
      assert.equal(r.code, 0);
      assert.match(r.out, /usage:/);
    });
  });

  describe('files it will not read', () => {
    const refused = (r: Run, file: string, mentions: RegExp) => {
      assert.notEqual(r.code, 0);
      assert.ok(r.err.includes(file), `the message names the file: ${r.err}`);
      assert.match(r.err, mentions);
      assertNoStack(r.err);
    };

    it('a file that does not exist', () => {
      const missing = join(dir, 'nope.article');
      refused(run('analyze', missing), missing, /cannot read/);
    });

    it('a binary file', () => {
      const bin = write('image.article', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      refused(run('analyze', bin), bin, /binary/i);
      refused(run('quotes', bin, '--format', 'csv'), bin, /binary/i);
    });

    it('a file over --max-size', () => {
      const r = run('analyze', '--max-size', '64', article);
      refused(r, article, /--max-size/);
      assert.equal(r.out, '');
      assert.equal(run('analyze', '--max-size', String(ARTICLE.length + 1), article).code, 0);
    });

    it('a directory', () => {
      const folder = join(dir, 'folder.article');
      mkdirSync(folder);
      refused(run('claims', folder), folder, /folder|director/i);
    });
  });

  describe('the built bin (dist/cli.js)', function () {
    this.timeout(60000);

    before(function () {
      const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0 || !existsSync(CLI)) {
        // Only when the bundle cannot be made here: say so instead of failing on a missing file.
        console.warn(`    skipped: \`node esbuild.js\` did not produce dist/cli.js\n${build.stderr}`);
        this.skip();
      }
    });

    const bin = (...argv: string[]) => spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, encoding: 'utf8' });

    it('analyze --json writes the contract to stdout and exits 0', () => {
      const r = bin('analyze', '--json', article, hostile);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      const lines = jsonLines(r.stdout);
      assert.deepEqual(
        lines.map((l) => l.file),
        [article, hostile],
      );
      assert.deepEqual(lines, jsonLines(run('analyze', '--json', article, hostile).out), 'same as main() in-process');
    });

    it('checks the sample article against the sample directory', () => {
      const r = spawnSync(process.execPath, [CLI, 'analyze', '--people', 'samples/people.yaml', 'samples/uk-asylum-questionnaire.article'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /name-style: House style is “Gerald Darmanin”, not “Gérald Darmanin”/);
      assert.match(r.stdout, /ended-role: Boris Johnson: Prime Minister until September 2022/);
    });

    it('exits 2 on an unknown command, with the usage on stderr', () => {
      const r = bin('frobnicate');
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /usage:/);
      assertNoStack(r.stderr);
    });

    it('exits non-zero on a binary file, with a message and no stack trace', () => {
      const file = write('data.article', Buffer.from([0x00, 0x01, 0x02, 0x00, 0x41]));
      const r = bin('analyze', file);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /binary/i);
      assertNoStack(r.stderr);
    });
  });
});
