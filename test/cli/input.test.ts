// What the copydesk command does with files that are not plain UTF-8 articles: binary files are refused, UTF-16
// with a byte-order mark is read, stray bytes that are not UTF-8 are kept as U+FFFD with a note, oversized files
// are refused with the option that overrides the limit, and folders, devices and pipes are told apart. Always a
// message, never a stack trace; the exit code says whether every file was read.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run, type Run } from './run';
import { firstInvalidUtf8 } from '../../src/cli/read';
import type { Analysis } from '../../src/engine/types';

const ROOT = resolve(__dirname, '../..');

const ARTICLE = [
  'Council approves new budget',
  '',
  'The city council approved the budget on Tuesday. "We have balanced the books," Mayor Jane Okafor said after the vote.',
  '',
  'Critics, who asked not to be named, said the figures did not add up.',
  '',
].join('\n');


const json = (r: Run) => JSON.parse(r.out.trim()) as Analysis & { file: string; error?: string };
const withoutFile = ({ file: _file, ...rest }: Analysis & { file: string }) => rest;

/** A message, not a crash: no "    at fn (file:line:col)" frames. */
function assertNoStack(s: string): void {
  assert.doesNotMatch(s, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in output:\n${s}`);
}

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('copydesk: files that are not plain UTF-8 articles', () => {
  let dir: string;
  const write = (name: string, content: string | Uint8Array): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  let utf8: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-input-'));
    utf8 = write('utf8.article', ARTICLE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('binary files are refused with a message and exit 1', () => {
    const refused = (file: string) => {
      for (const argv of [['analyze', file], ['analyze', '--json', file], ['quotes', file, '--format', 'csv'], ['claims', file]]) {
        const r = run(...argv);
        assert.equal(r.code, 1, argv.join(' '));
        assert.match(r.err, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: looks like a binary file`));
        assertNoStack(r.err);
        if (argv.includes('--json')) assert.ok(json(r).error, 'the JSON line carries the error');
        else assert.equal(r.out, '');
      }
    };

    it('a PNG image', () => refused(write('photo.article', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR', [0, 0, 2, 0, 0, 0, 1, 0x80, 8, 6, 0, 0, 0], 'IDATx\x9c'))));
    it('a Word document (a ZIP archive)', () => refused(write('story.docx', bytes('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'word/document.xml'))));
    it('a PDF with a binary stream', () => refused(write('story.pdf', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\nx\x9c\x00\x01\x02\xff\xfe\nendstream'))));
    it('a gzip archive', () => refused(write('story.gz', bytes([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03], 'K\xcb\xcfO\x04\x00'))));
    it('bytes with no NUL that are mostly not UTF-8', () => refused(write('noise.article', Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))))));
  });

  describe('UTF-16 and UTF-32', () => {
    it('UTF-16LE with a byte-order mark is read as text, with the same offsets as UTF-8', () => {
      const file = write('utf16le.article', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
      const r = run('analyze', '--json', file);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      assert.deepEqual(withoutFile(json(r)), withoutFile(json(run('analyze', '--json', utf8))));
      assert.ok(json(r).quotes.length > 0);
    });

    it('UTF-16BE with a byte-order mark is read as text', () => {
      const file = write('utf16be.article', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]));
      const r = run('analyze', '--json', file);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(withoutFile(json(r)), withoutFile(json(run('analyze', '--json', utf8))));
    });

    it('UTF-16 without a byte-order mark is refused, saying what it looks like', () => {
      const file = write('utf16-no-bom.article', Buffer.from(ARTICLE, 'utf16le'));
      const r = run('analyze', file);
      assert.equal(r.code, 1);
      assert.match(r.err, /UTF-16 text without a byte-order mark; save it as UTF-8/);
      assertNoStack(r.err);
    });

    it('UTF-32 is refused with a message', () => {
      const file = write('utf32.article', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
      const r = run('analyze', file);
      assert.equal(r.code, 1);
      assert.match(r.err, /is UTF-32 text/);
    });

    it('UTF-16 with a byte-order mark whose content is binary is refused', () => {
      const file = write('utf16-binary.article', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00, 0x41, 0x00]));
      const r = run('analyze', file);
      assert.equal(r.code, 1);
      assert.match(r.err, /binary/);
    });
  });

  describe('bytes that are not valid UTF-8 in an otherwise-text file', () => {
    it('are kept as U+FFFD, with a note on stderr naming how many and the line of the first, and exit 0', () => {
      // "café" and "naïve" in Latin-1, on lines 3 and 5.
      const latin1 = Buffer.from(ARTICLE.replace('the budget on', 'the caf\u00e9 budget on').replace('did not add', 'did not na\u00efvely add'), 'latin1');
      const file = write('latin1.article', latin1);
      const r = run('analyze', '--json', file);
      assert.equal(r.code, 0);
      assert.match(r.err, /2 byte sequences that are not valid UTF-8 were read as U\+FFFD “�” \(the first on line 3\); if the file is in Latin-1 or Windows-1252, save it as UTF-8/);
      assert.equal(r.err.split('\n').filter(Boolean).length, 1, 'one note per file');
      const a = json(r);
      const text = latin1.toString('utf8');
      assert.ok(text.includes('caf\ufffd budget'));
      for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
      for (const c of a.claims) assert.equal(text.slice(c.start, c.end), c.text);
    });

    it('a U+FFFD the file itself spells out in UTF-8 is no invalid byte', () => {
      const file = write('replacement.article', `${ARTICLE}The sign � is a character.\n`);
      const r = run('analyze', file);
      assert.equal(r.code, 0);
      assert.equal(r.err, '');
    });

    it('firstInvalidUtf8 finds the first byte that starts no valid sequence', () => {
      const cases: [number[], number][] = [
        [[0x61, 0x62], -1],
        [[0xef, 0xbb, 0xbf, 0x61], -1], // byte-order mark
        [[0xe2, 0x80, 0x9c, 0x61, 0xe2, 0x80, 0x9d], -1], // “a”
        [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
        [[0x61, 0xe9, 0x62], 1], // Latin-1 é
        [[0xc0, 0x80], 0], // overlong NUL
        [[0xed, 0xa0, 0x80], 0], // a surrogate
        [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
        [[0x61, 0xe2, 0x80], 1], // cut short
      ];
      for (const [b, at] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(b)), at, b.map((x) => x.toString(16)).join(' '));
    });
  });

  describe('size', () => {
    it('a file over the limit is refused with the --max-size that would let it through', () => {
      const big = write('big.article', 'word '.repeat(1000));
      const r = run('analyze', '--max-size', '1000', big);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.match(r.err, /big\.article: 4\.9 KB is over the 1000 bytes limit for an article; pass --max-size=5000 to analyse it anyway/);
      assertNoStack(r.err);
      assert.equal(run('analyze', '--max-size=5000', big).code, 0);
    });
  });

  describe('empty and blank files are analysed as empty, and exit 0', () => {
    for (const [name, content] of [
      ['empty', ''],
      ['spaces and line breaks', '  \n\n\t \r\n   \n'],
      ['a byte-order mark', '\ufeff'],
    ] as const) {
      it(name, () => {
        const file = write(`${name.replace(/ /g, '-')}.article`, content);
        const r = run('analyze', '--json', file);
        assert.equal(r.code, 0, r.err);
        assert.equal(r.err, '');
        assert.deepEqual(withoutFile(json(r)), { quotes: [], people: [], claims: [], problems: [] });
        const report = run('analyze', file);
        assert.equal(report.code, 0);
        assert.match(report.out, /People \(0\)[\s\S]*Quotes \(0\)[\s\S]*Claims to check \(0\)[\s\S]*Problems \(0\)/);
        assert.equal(run('quotes', file).out, 'No quotations found.\n');
        assert.equal(run('claims', file).out, 'No claims to check.\n');
      });
    }
  });

  describe('devices and pipes', () => {
    it('a device such as /dev/zero is refused at once, not read forever', function () {
      if (!existsSync('/dev/zero')) this.skip();
      const r = run('analyze', '/dev/zero', utf8);
      assert.equal(r.code, 1);
      assert.match(r.err, /\/dev\/zero: is a device, not a file/);
      assert.match(r.out, /Council approves|People \(/, 'the other file is still analysed');
    });

    const fifo = (name: string): string | null => {
      const path = join(dir, name);
      return spawnSync('mkfifo', [path]).status === 0 ? path : null;
    };
    /** A process that writes `content` into the pipe (main() then reads it, blocking, as cat would). */
    const writer = (path: string, content: string) => spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(path)}, ${JSON.stringify(content)})`], { stdio: 'ignore' });

    it('a named pipe is read like a file', function () {
      const path = fifo('pipe.article');
      if (!path) this.skip();
      const w = writer(path!, ARTICLE);
      const r = run('analyze', '--json', path!);
      w.kill();
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(withoutFile(json(r)), withoutFile(json(run('analyze', '--json', utf8))));
    });

    it('a named pipe that goes on past the limit is refused with a message', function () {
      const path = fifo('endless.article');
      if (!path) this.skip();
      const w = writer(path!, 'word '.repeat(4000));
      const r = run('analyze', '--max-size', '10000', path!);
      w.kill();
      assert.equal(r.code, 1);
      assert.match(r.err, /endless\.article: more than 9\.8 KB is over the 9\.8 KB limit for an article; pass --max-size=BYTES/);
      assertNoStack(r.err);
    });
  });

  describe('the built command (a real process)', function () {
    this.timeout(60000);
    let cli: string;

    before(async function () {
      // The CLI alone, bundled as the package bundles it: dist/ may be mid-rebuild by another task.
      cli = join(dir, 'cli.js');
      const esbuild = await import('esbuild');
      esbuild.buildSync({ entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'silent' });
    });

    const bin = (...argv: string[]) => spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });

    it('exits 0 with the note on stderr and the analysis on stdout for stray Latin-1 bytes', () => {
      const file = write('latin1-bin.article', Buffer.from(ARTICLE.replace('budget on', 'caf\u00e9 budget on'), 'latin1'));
      const r = bin('analyze', '--json', file);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /^copydesk: .*latin1-bin\.article: 1 byte sequence that is not valid UTF-8 was read as U\+FFFD/);
      assert.ok(JSON.parse(r.stdout).quotes.length > 0);
    });

    it('exits 1 on a PNG and on a device, with messages and no stack trace', () => {
      const png = write('image.png', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'));
      const r = bin('analyze', png, '/dev/null');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /image\.png: looks like a binary file/);
      assert.match(r.stderr, /\/dev\/null: is a device/);
      assertNoStack(r.stderr);
    });
  });
});
