// npm run hostile (scripts/hostile.mjs) prints the scaling figures; here only that it runs and prints them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

describe('npm run hostile (scripts/hostile.mjs)', function () {
  this.timeout(60000);

  // Whether a family grows faster than linearly is a timing, and timings belong to the script's own run, not to a
  // unit test on a busy machine: here the exit status only has to be one of the two the script documents.
  it('prints a line per family and the worst time per 1,000 words, and exits 0, or 1 naming what grew too fast', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/hostile.mjs'), '--size', '4000', '--no-large', '--only', 'real-copy,emoji'], { cwd: ROOT, encoding: 'utf8' });
    assert.ok(r.status === 0 || (r.status === 1 && /^Superlinear .*: (?:real-copy|emoji)/m.test(r.stdout)), r.stderr + r.stdout);
    assert.match(r.stdout, /^real-copy +\d+ +\d+ +[\d.]+ +\d+ +[\d.]+(?: +SUPERLINEAR)?$/m);
    assert.match(r.stdout, /^emoji +\d+ +\d+ +[\d.]+ +0 +—$/m);
    assert.match(r.stdout, /Worst time per 1,000 words: [\d.]+ ms \(real-copy at 16,\d{3} characters\)\./);
  });

  it('refuses an unknown family with exit 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/hostile.mjs'), '--only', 'nonsense'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown family "nonsense"/);
  });
});
