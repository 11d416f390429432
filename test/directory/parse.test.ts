// Reading directory files: every field, every way a field can be wrong (with the line and column it is on),
// the rest of a broken file still read, JSON read like YAML, and the schema naming the same fields.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_FIELDS, parseDirectory, type DirectoryDiagnostic } from '../../src/directory';
import { ROLE_FIELDS } from '../../src/directory/parse';

const ROOT = join(__dirname, '../..');

/** Diagnostics as "line:column severity code", for compact comparisons. */
const where = (ds: DirectoryDiagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

describe('people directory: parsing', () => {
  it('reads every field of an entry', () => {
    const p = parseDirectory(
      [
        'people:',
        '  - name: Sergei Shoigu',
        '    aliases: [Mr Shoigu]',
        '    spellings:',
        '      - Sergey Shoygu',
        '    roles:',
        '      - title: defence minister',
        '        from: 2012-11',
        '        to: 2024-05',
        '      - Secretary of the Security Council',
        '    description: Russian politician',
        '    notes: |',
        '      Close ally of Vladimir Putin.',
        '      Sanctioned by the EU.',
        '    links: [https://en.wikipedia.org/wiki/Sergei_Shoigu]',
        '    lastChecked: 2024-06-01',
        '',
      ].join('\n'),
      { file: 'desk.yaml' },
    );
    assert.deepEqual(p.diagnostics, []);
    assert.equal(p.usable, true);
    assert.equal(p.entries.length, 1);
    const { sources, ...e } = p.entries[0];
    assert.deepEqual(e, {
      id: 'sergei shoigu',
      name: 'Sergei Shoigu',
      aliases: ['Mr Shoigu'],
      spellings: ['Sergey Shoygu'],
      roles: [
        { title: 'defence minister', from: '2012-11', to: '2024-05' },
        { title: 'Secretary of the Security Council', from: null, to: null },
      ],
      description: 'Russian politician',
      notes: 'Close ally of Vladimir Putin.\nSanctioned by the EU.',
      links: ['https://en.wikipedia.org/wiki/Sergei_Shoigu'],
      lastChecked: '2024-06-01',
    });
    assert.deepEqual(sources, [{ file: 'desk.yaml', start: 12, end: sources[0].end, line: 2 }]);
  });

  it('reads a year written as a number, and an empty file or an empty list as no people', () => {
    const p = parseDirectory('people:\n  - name: Ann Lee\n    roles:\n      - { title: mayor, from: 2019, to: 2023 }\n');
    assert.deepEqual(p.entries[0].roles, [{ title: 'mayor', from: '2019', to: '2023' }]);
    for (const text of ['', '# nothing yet\n', 'people:\n', 'people: []\n']) {
      const empty = parseDirectory(text);
      assert.deepEqual([empty.usable, empty.entries, empty.diagnostics], [true, [], []], JSON.stringify(text));
    }
  });

  it('points at each bad entry and field, and reads the rest of the file', () => {
    const text = [
      'people:', //                                  1
      '  - name: Kim Jong-un', //                    2
      '  - nmae: Kim Yo-jong', //                    3  no name: the entry is left out
      '  - just a string', //                        4  not an entry
      '  - name: Vladimir Putin', //                 5
      '    roles:', //                               6
      '      - title: president', //                 7
      '        from: May 2000', //                   8  not a date: left out
      '      - from: 2000', //                       9  a role with no title
      '    lastChecked: yesterday', //              10
      '    desription: Russian president', //       11  unknown field, with a suggestion
      '    aliases: Mr Putin', //                   12  a list of one
      '    links: [www.kremlin.ru]', //             13  not a web address (kept)
      '  - name: Anatoly Antonov', //               14
      '',
    ].join('\n');
    const p = parseDirectory(text, { file: 'desk.yaml' });
    assert.deepEqual(where(p.diagnostics), [
      '3:5 error bad-entry',
      '4:5 error bad-entry',
      '8:15 warning bad-field',
      '9:9 warning bad-field',
      '10:18 warning bad-field',
      '11:5 warning unknown-field',
      '12:14 warning bad-field',
      '13:13 warning bad-field',
    ]);
    const message = (line: number) => p.diagnostics.find((d) => d.line === line)!.message;
    assert.match(message(3), /needs a `name:` \(`nmae` is not a field\)/);
    assert.match(message(8), /2024, 2024-05 or 2024-05-13/);
    assert.match(message(11), /did you mean `description`\?/);
    assert.match(message(13), /not a web address/);
    for (const d of p.diagnostics) {
      assert.equal(d.file, 'desk.yaml');
      assert.equal(text.split('\n')[d.line - 1].slice(d.column - 1).length > 0, true);
      assert.ok(d.end >= d.start);
    }
    assert.equal(p.usable, true);
    assert.deepEqual(
      p.entries.map((e) => e.name),
      ['Kim Jong-un', 'Vladimir Putin', 'Anatoly Antonov'],
    );
    const putin = p.entries[1];
    assert.deepEqual(putin.roles, [{ title: 'president', from: null, to: null }]);
    assert.deepEqual(putin.aliases, ['Mr Putin']);
    assert.deepEqual(putin.links, ['www.kremlin.ru']);
    assert.equal(putin.lastChecked, null);
  });

  it('reports broken YAML where it is and keeps the entries it can read', () => {
    const p = parseDirectory('people:\n  - name: Kim Jong-un\n  - name: [Kim Yo-jong\n  - name: Vladimir Putin\n', { file: 'x.yaml' });
    const syntax = p.diagnostics.filter((d) => d.code === 'syntax');
    assert.ok(syntax.length > 0);
    assert.ok(syntax.every((d) => d.severity === 'error' && d.line >= 3 && !d.message.includes('\n')), JSON.stringify(syntax));
    assert.equal(p.usable, true);
    assert.ok(p.entries.some((e) => e.name === 'Kim Jong-un'));
  });

  it('says when a file is no directory at all', () => {
    for (const [text, line] of [
      ['just some text\n', 1],
      ['version: 2\n', 1],
      ['people: Kim Jong-un\n', 1],
      ['people:\n  name: Kim Jong-un\n', 2],
      ['people: [\n', 2], // the parser finds the list unclosed at the end
    ] as const) {
      const p = parseDirectory(text);
      assert.equal(p.usable, false, text);
      assert.equal(p.entries.length, 0);
      const d = p.diagnostics.find((x) => x.severity === 'error')!;
      assert.ok(d, text);
      assert.equal(d.line, line, `${text}: ${d.message}`);
    }
  });

  it('reads a bare list, with a warning to put it under `people:`', () => {
    const p = parseDirectory('- name: Kim Jong-un\n');
    assert.deepEqual(where(p.diagnostics), ['1:1 warning bad-field']);
    assert.deepEqual(
      p.entries.map((e) => e.name),
      ['Kim Jong-un'],
    );
  });

  it('reads one person listed twice in a file as one entry, and says so', () => {
    const p = parseDirectory('people:\n  - name: Kim Jong-un\n    roles: [leader]\n  - name: KIM JONG UN\n    aliases: [Mr Kim]\n');
    assert.equal(p.entries.length, 1);
    assert.deepEqual(p.entries[0].aliases, ['Mr Kim']);
    assert.deepEqual(where(p.diagnostics), ['4:5 warning duplicate-entry']);
    assert.match(p.diagnostics[0].message, /already listed at line 2/);
  });

  it('reads JSON with positions, and says what makes a .json file invalid JSON', () => {
    const json = '{\n  "people": [\n    { "name": "Kim Jong-un", "roles": [{ "title": "leader", "to": "soon" }] }\n  ]\n}\n';
    const p = parseDirectory(json, { file: '.copydesk/people.json' });
    const line3 = json.split('\n')[2];
    assert.deepEqual(where(p.diagnostics), [`3:${line3.indexOf('"soon"') + 1} warning bad-field`]);
    assert.equal(p.entries[0].name, 'Kim Jong-un');
    const lax = parseDirectory('{ "people": [ { "name": "Kim Jong-un", }, ] }', { file: 'people.json' });
    assert.ok(lax.diagnostics.some((d) => d.code === 'not-json'));
    assert.equal(lax.entries.length, 1, 'still read');
  });

  it('has a schema that names the same fields the parser reads', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'media/people-directory.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.definitions.entry.properties), [...ENTRY_FIELDS]);
    assert.deepEqual(Object.keys(schema.definitions.role.anyOf[1].properties), [...ROLE_FIELDS]);
    const pattern = new RegExp(schema.definitions.date.anyOf[0].pattern);
    for (const ok of ['2024', '2024-05', '2024-05-13']) assert.match(ok, pattern);
    for (const bad of ['2024-13', '2024-5', 'May 2024', '24-05']) assert.doesNotMatch(bad, pattern);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.copydesk/people.json', url: './media/people-directory.schema.json' }]);
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!media\/people-directory\.schema\.json$/m, 'the schema ships in the .vsix');
  });

  it('reads the sample directory without a diagnostic', () => {
    const p = parseDirectory(readFileSync(join(ROOT, 'samples/people.yaml'), 'utf8'), { file: 'samples/people.yaml' });
    assert.deepEqual(p.diagnostics, []);
    assert.ok(p.entries.length >= 5);
  });
});
