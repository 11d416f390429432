#!/usr/bin/env node
// `npm run test:package`: `npm run package` must give a .vsix with no warnings that holds the bundled
// extension (node and browser), the grammar, language configuration, PNG icon, README, CHANGELOG and
// licence — and nothing else: no node_modules, sources or tests.
'use strict';
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, tempDir } = require('./code-server');

const tmp = tempDir('copydesk-vsix-');
const vsix = path.join(tmp, 'copydesk.vsix');
try {
  const r = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${r.stdout}\n${r.stderr}`;
  assert.equal(r.status, 0, `npm run package failed:\n${output}`);
  const warnings = output.split('\n').filter((l) => /\b(WARNING|ERROR)\b/.test(l));
  assert.deepEqual(warnings, [], 'vsce printed warnings');

  const files = zipEntries(fs.readFileSync(vsix)).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).sort();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const expected = [
    'package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'language-configuration.json',
    manifest.contributes.grammars[0].path.replace(/^\.\//, ''), manifest.icon,
    manifest.main.replace(/^\.\//, ''), manifest.browser.replace(/^\.\//, ''),
  ];
  for (const f of expected) assert.ok(files.some((x) => x.toLowerCase() === f.toLowerCase()), `${f} in the .vsix (has: ${files.join(', ')})`);
  const stray = files.filter((f) => /^(node_modules|src|test|out|scripts|samples|\.vscode-test)\//.test(f) || f.endsWith('.map'));
  assert.deepEqual(stray, [], 'nothing but what VS Code loads');
  assert.ok(manifest.icon.endsWith('.png'), 'a PNG icon (the Marketplace rejects SVG)');
  console.log(`package: ${path.basename(vsix)} ${(fs.statSync(vsix).size / 1024).toFixed(0)} KB, ${files.length} files, no warnings:\n  ${files.join('\n  ')}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** Names in a zip file's central directory. */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = buf.readUInt16LE(at + 28), extra = buf.readUInt16LE(at + 30), comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}
