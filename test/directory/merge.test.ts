// Several directories as one: a desk file, then a personal one that adds to it and overrides it.
import * as assert from 'node:assert/strict';
import { mergeDirectories, parseDirectory } from '../../src/directory';

const DESK = `people:
  - name: Kim Jong-un
    aliases: [Supreme Leader]
    roles:
      - title: North Korean leader
        from: 2011-12
    description: Leader of North Korea
    links: [https://example.org/kim]
    lastChecked: 2024-01-01
  - name: Sergei Shoigu
    roles:
      - title: defence minister
        from: 2012-11
`;

const MINE = `people:
  - name: Kim Jong Un          # the same person: the same name folded
    spellings: [Supreme Leader]
    links: [https://example.org/kim, https://example.org/kim-2]
    lastChecked: 2025-02-01
  - name: Sergei Shoigu
    roles:
      - title: Defence Minister   # the same role, now with its end
        from: 2012-11
        to: 2024-05
      - title: Secretary of the Security Council
        from: 2024-05
  - name: Kim Yo-jong
`;

describe('people directory: merging', () => {
  const desk = parseDirectory(DESK, { file: 'desk.yaml' });
  const mine = parseDirectory(MINE, { file: 'mine.yaml' });
  const dir = mergeDirectories([desk, mine]);

  it('reads the same person in two files as one entry, later file last in its sources', () => {
    assert.deepEqual(
      dir.entries.map((e) => e.name),
      ['Kim Jong Un', 'Sergei Shoigu', 'Kim Yo-jong'],
    );
    assert.deepEqual(
      dir.entries[0].sources.map((s) => `${s.file}:${s.line}`),
      ['desk.yaml:2', 'mine.yaml:2'],
    );
    assert.deepEqual(dir.files, [
      { file: 'desk.yaml', usable: true, entries: 2 },
      { file: 'mine.yaml', usable: true, entries: 3 },
    ]);
  });

  it('takes the later name, description and dates, and keeps the earlier where the later says nothing', () => {
    const kim = dir.entries[0];
    assert.equal(kim.id, 'kim jong un');
    assert.equal(kim.name, 'Kim Jong Un');
    assert.deepEqual(kim.spellings, ['Supreme Leader'], 'the earlier house name folds to the new one: not listed');
    assert.equal(kim.description, 'Leader of North Korea');
    assert.equal(kim.lastChecked, '2025-02-01');
    assert.deepEqual(kim.links, ['https://example.org/kim', 'https://example.org/kim-2']);
  });

  it('lets the later file turn an alias into a spelling to correct', () => {
    assert.deepEqual(dir.entries[0].aliases, []);
    // …and the reverse, in the other order.
    const back = mergeDirectories([mine, desk]).entries[0];
    assert.deepEqual([back.aliases, back.spellings], [['Supreme Leader'], []]);
  });

  it('replaces a role with the same title and start, and adds new ones', () => {
    assert.deepEqual(dir.entries[1].roles, [
      { title: 'Defence Minister', from: '2012-11', to: '2024-05' },
      { title: 'Secretary of the Security Council', from: '2024-05', to: null },
    ]);
  });

  it('keeps a renamed house name as a spelling, so it is still recognised', () => {
    const a = parseDirectory('people:\n  - name: Volodymyr Zelenskyy\n', { file: 'a.yaml' });
    const b = parseDirectory('people:\n  - name: Volodymyr Zelensky\n    spellings: [Volodymyr Zelenskyy]\n', { file: 'b.yaml' });
    const [e] = mergeDirectories([a, b]).entries;
    assert.equal(e.name, 'Volodymyr Zelensky');
    assert.deepEqual(e.spellings, ['Volodymyr Zelenskyy']);
  });

  it('gathers every file’s diagnostics', () => {
    const bad = parseDirectory('people:\n  - nmae: X\n', { file: 'bad.yaml' });
    const merged = mergeDirectories([desk, bad]);
    assert.deepEqual(
      merged.diagnostics.map((d) => `${d.file}:${d.line}`),
      ['bad.yaml:2'],
    );
    assert.equal(merged.entries.length, 2);
  });
});
