// "Add to People Directory" as a pure function: a new entry or an updated one spliced into a YAML file with
// comments, every other line unchanged; JSON rewritten; broken files left alone.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToDirectory, checkArticle, mergeDirectories, parseDirectory, type AddResult } from '../../src/directory';
import { analyze } from '../../src/engine';

const KIM_PUTIN = readFileSync(join(__dirname, '../fixtures/kim-putin-summit.article'), 'utf8');

const DESK = `# yaml-language-server: $schema=../media/people-directory.schema.json
# The foreign desk's directory. Keep entries in alphabetical order, please.

people:
  # --- Russia ---
  - name: Sergei Shoigu   # checked with the Moscow bureau
    aliases: [Mr Shoigu]
    roles:
      - title: defence minister
        from: 2012-11
        to: "2024-05"

  - name: 'Vladimir Putin'
    roles:
      - Russian president
    description: >-
      President of Russia

# Archived entries live in archive.yaml.
`;

function ok(r: AddResult): Extract<AddResult, { ok: true }> {
  if (!r.ok) assert.fail(r.error);
  return r;
}

/** The lines of `after` that are not `before`'s lines, which must all be there, unchanged and in order. */
function inserted(before: string, after: string): string[] | null {
  const b = before.split('\n');
  const extra: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < b.length && line === b[i]) i++;
    else extra.push(line);
  }
  return i === b.length ? extra : null;
}

const keepsEveryLine = (before: string, after: string) => inserted(before, after) !== null;

describe('people directory: Add to People Directory', () => {
  const a = analyze(KIM_PUTIN);
  const person = (name: string) => a.people.find((p) => p.name === name)!;

  it('adds a new entry after the last one, in the file’s layout, keeping every other line and comment', () => {
    const r = ok(addToDirectory(DESK, person('Kim Jong-un'), { file: '.copydesk/people.yaml' }));
    assert.equal(r.created, true);
    assert.equal(r.changed, true);
    assert.equal(r.summary, 'Add Kim Jong-un to people.yaml: role “North Korean leader”, spelling “Kim Jong Un”');
    assert.ok(keepsEveryLine(DESK, r.text), r.text);
    // (and a blank line, as between the other entries)
    assert.deepEqual(inserted(DESK, r.text), ['  - name: Kim Jong-un', '    spellings:', '      - Kim Jong Un', '    roles:', '      - title: North Korean leader', '']);
    assert.ok(r.text.indexOf('- name: Kim Jong-un') < r.text.indexOf('# Archived entries'), 'inside the list, before the closing comment');
    assert.match(r.text, /President of Russia\n\n {2}- name: Kim Jong-un/, 'a blank line before it, like the others');

    // The file still reads cleanly, and the article's Kim is now in it, written as the article writes him.
    const parsed = parseDirectory(r.text, { file: 'people.yaml' });
    assert.deepEqual(parsed.diagnostics, []);
    const check = checkArticle(KIM_PUTIN, a, mergeDirectories([parsed]), { asOf: '2025-06-01' });
    const kim = check.people[a.people.indexOf(person('Kim Jong-un'))];
    assert.equal(kim.entryId, 'kim jong un');
    assert.deepEqual(
      check.problems.filter((p) => p.code === 'name-style'),
      [],
    );
  });

  it('updates an existing entry: the article’s role and other names, nothing else', () => {
    const r = ok(addToDirectory(DESK, { name: 'Vladimir Putin', aliases: ['Mr Putin', 'Putin', 'Vladimir Vladimirovich Putin'], role: 'Kremlin leader' }));
    assert.equal(r.created, false);
    assert.deepEqual(r.changes, ['role “Kremlin leader”', 'alias “Vladimir Vladimirovich Putin”']);
    assert.ok(keepsEveryLine(DESK, r.text), r.text);
    assert.match(r.text, / {6}- Russian president\n {6}- title: Kremlin leader\n/);
    assert.match(r.text, /President of Russia\n {4}aliases:\n {6}- Vladimir Vladimirovich Putin\n/);
    const e = parseDirectory(r.text).entries.find((x) => x.name === 'Vladimir Putin')!;
    assert.deepEqual(e.aliases, ['Vladimir Vladimirovich Putin']);
    assert.deepEqual(
      e.roles.map((x) => x.title),
      ['Russian president', 'Kremlin leader'],
    );
  });

  it('adds to a list written on one line', () => {
    const r = ok(addToDirectory(DESK, { name: 'Sergei Shoigu', aliases: ['Sergei Kuzhugetovich Shoigu'], role: 'Russian defence minister' }));
    assert.deepEqual(r.changes, ['alias “Sergei Kuzhugetovich Shoigu”'], 'the role is the one listed');
    assert.match(r.text, /^ {4}aliases: \[Mr Shoigu, Sergei Kuzhugetovich Shoigu\]$/m);
    assert.ok(keepsEveryLine(DESK.replace('    aliases: [Mr Shoigu]\n', ''), r.text));
  });

  it('finds the entry by surname alone, and changes nothing when the article adds nothing', () => {
    const r = ok(addToDirectory(DESK, { name: 'Mr Shoigu', aliases: ['Shoigu'], role: null }));
    assert.deepEqual([r.created, r.changed, r.text], [false, false, DESK]);
    assert.match(r.summary, /already in the people directory/);
  });

  it('starts a directory in an empty file or one with only comments', () => {
    const kim = { name: 'Kim Jong-un', aliases: ['Mr Kim'], role: 'North Korean leader' };
    assert.equal(ok(addToDirectory('', kim)).text, 'people:\n  - name: Kim Jong-un\n    roles:\n      - title: North Korean leader\n');
    const commented = '# Our people\n# (shared)';
    const r = ok(addToDirectory(commented, kim));
    assert.ok(r.text.startsWith('# Our people\n# (shared)\npeople:\n  - name: Kim Jong-un\n'), r.text);
    assert.equal(parseDirectory(r.text).entries.length, 1);
    const flow = ok(addToDirectory('people: []   # none yet\n', kim)).text;
    assert.equal(flow, 'people:   # none yet\n  - name: Kim Jong-un\n    roles:\n      - title: North Korean leader\n');
  });

  it('writes JSON for a .json file', () => {
    const json = '{\n    "people": [\n        { "name": "Sergei Shoigu" }\n    ]\n}\n';
    const r = ok(addToDirectory(json, { name: 'Kim Jong-un', aliases: [], role: null }, { file: '.copydesk/people.json' }));
    assert.deepEqual(JSON.parse(r.text), { people: [{ name: 'Sergei Shoigu' }, { name: 'Kim Jong-un' }] });
    assert.match(r.text, /^ {4}"people"/m, 'the file’s indentation');
  });

  it('leaves a broken file alone, saying where it is broken', () => {
    const broken = 'people:\n  - name: [Kim\n';
    const r = addToDirectory(broken, person('Kim Jong-un'), { file: 'people.yaml' });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /^people\.yaml line \d+: .*nothing was changed$/);
  });
});
