// Which entry each article person is, and each mention's house spelling: names, aliases, listed spellings,
// case, accents, hyphens and spaces, honorific + surname, a person named only by surname.
import * as assert from 'node:assert/strict';
import { matchPeople, mergeDirectories, parseDirectory } from '../../src/directory';
import { analysis, directory } from './helpers';

const DIR = directory(`
people:
  - name: Kim Jong-un
  - name: Volodymyr Zelensky
    spellings: [Zelenskyy, Volodymyr Zelenskiy]
  - name: Gérald Darmanin
  - name: Luiz Inácio Lula da Silva
    aliases: [Lula]
  - name: Sergei Shoigu
  - name: Kim Yo-jong
`);

/** Each mention's house spelling (null: written in house style), by mention text. */
const house = (text: string, name: string, mentions: string[], aliases: string[] = []) => {
  const [m] = matchPeople(analysis(text, [{ name, aliases, mentions }]), DIR);
  return { entryId: m.entryId, matchedBy: m.matchedBy, house: Object.fromEntries(m.mentions.map((x) => [x.text, x.houseText])) };
};

describe('people directory: matching', () => {
  it('finds a person by the house name, whatever the case, accents, hyphens or spaces', () => {
    const r = house(
      'Kim Jong Un met KIM JONG-UN, then kim jong-un and Kim Jong‑un and Mr Kim.',
      'Kim Jong Un',
      ['Kim Jong Un', 'KIM JONG-UN', 'kim jong-un', 'Kim Jong‑un', 'Mr Kim'],
    );
    assert.equal(r.entryId, 'kim jong un');
    assert.equal(r.matchedBy, 'name');
    assert.deepEqual(r.house, {
      'Kim Jong Un': 'Kim Jong-un',
      'KIM JONG-UN': null, // all capitals (a headline): case alone does not count
      'kim jong-un': 'Kim Jong-un',
      'Kim Jong‑un': 'Kim Jong-un', // a non-breaking hyphen
      'Mr Kim': null,
    });
  });

  it('puts the accents back, and keeps the honorific', () => {
    const r = house('Gerald Darmanin spoke. M. Darmanin left. Mr Darmanin returned. Darmanin stayed.', 'Gerald Darmanin', [
      'Gerald Darmanin',
      'Mr Darmanin',
      'Darmanin',
    ]);
    assert.equal(r.entryId, 'gerald darmanin');
    assert.deepEqual(r.house, { 'Gerald Darmanin': 'Gérald Darmanin', 'Mr Darmanin': null, Darmanin: null });
  });

  it('finds a person by a listed spelling and corrects it, word for word', () => {
    const r = house('Volodymyr Zelenskyy said. Mr Zelenskyy added. Zelensky agreed. Volodymyr Zelenskiy left.', 'Volodymyr Zelenskyy', [
      'Volodymyr Zelenskyy',
      'Mr Zelenskyy',
      'Zelensky',
      'Volodymyr Zelenskiy',
    ]);
    assert.equal(r.entryId, 'volodymyr zelensky');
    assert.equal(r.matchedBy, 'spelling');
    assert.deepEqual(r.house, {
      'Volodymyr Zelenskyy': 'Volodymyr Zelensky',
      'Mr Zelenskyy': 'Mr Zelensky',
      Zelensky: null,
      'Volodymyr Zelenskiy': 'Volodymyr Zelensky',
    });
  });

  it('accepts an alias as written', () => {
    const r = house('Lula won. President Luiz Inacio Lula da Silva spoke.', 'Luiz Inacio Lula da Silva', ['Lula', 'Luiz Inacio Lula da Silva'], ['Lula']);
    assert.equal(r.entryId, 'luiz inacio lula da silva');
    assert.deepEqual(r.house, { Lula: null, 'Luiz Inacio Lula da Silva': 'Luiz Inácio Lula da Silva' });
    const [byAlias] = matchPeople(analysis('Lula won.', [{ name: 'Lula', mentions: ['Lula'] }]), DIR);
    assert.deepEqual([byAlias.entryId, byAlias.matchedBy], ['luiz inacio lula da silva', 'alias']);
  });

  it('finds a person the article names only by surname, when one entry has it', () => {
    const [shoigu] = matchPeople(analysis('Mr Shoigu was shown missiles.', [{ name: 'Shoigu', aliases: ['Mr Shoigu'], mentions: ['Mr Shoigu'] }]), DIR);
    assert.deepEqual([shoigu.entryId, shoigu.matchedBy], ['sergei shoigu', 'surname']);
    const [zelenskyy] = matchPeople(analysis('Mr Zelenskyy spoke.', [{ name: 'Zelenskyy', aliases: ['Mr Zelenskyy'], mentions: ['Mr Zelenskyy'] }]), DIR);
    assert.deepEqual([zelenskyy.entryId, zelenskyy.matchedBy], ['volodymyr zelensky', 'surname'], 'a surname spelled as a listed spelling');
    assert.deepEqual(
      zelenskyy.mentions.map((m) => m.houseText),
      ['Mr Zelensky'],
    );
    // Two entries are called Kim: the surname alone names neither.
    const [kim] = matchPeople(analysis('Mr Kim arrived.', [{ name: 'Kim', aliases: ['Mr Kim'], mentions: ['Mr Kim'] }]), DIR);
    assert.equal(kim.entryId, null);
    assert.deepEqual(kim.candidates.sort(), ['kim jong un', 'kim yo jong']);
    assert.deepEqual(kim.mentions, []);
  });

  it('does not take someone else with the same surname for the entry', () => {
    const [p] = matchPeople(analysis('Anna Shoigu spoke.', [{ name: 'Anna Shoigu', mentions: ['Anna Shoigu'] }]), DIR);
    assert.equal(p.entryId, null);
    const [q] = matchPeople(analysis('Gerald Darmanin Jr spoke.', [{ name: 'Gerald Darmanin Jr', mentions: ['Gerald Darmanin Jr'] }]), DIR);
    assert.equal(q.entryId, null);
  });

  it('marks mentions inside quotations', () => {
    const text = '“Kim Jong Un courteously invited Putin,” KCNA said. Kim Jong Un left.';
    const [m] = matchPeople(analysis(text, [{ name: 'Kim Jong Un', mentions: ['Kim Jong Un'] }], ['“Kim Jong Un courteously invited Putin,”']), DIR);
    assert.deepEqual(
      m.mentions.map((x) => [x.quoted, x.houseText]),
      [
        [true, 'Kim Jong-un'],
        [false, 'Kim Jong-un'],
      ],
    );
  });

  it('matches a directory that lists both spellings of a name as two files say them', () => {
    // The desk spells it Zelenskyy; a personal file makes Zelensky the house style.
    const desk = parseDirectory('people:\n  - name: Volodymyr Zelenskyy\n', { file: 'desk.yaml' });
    const mine = parseDirectory('people:\n  - name: Volodymyr Zelensky\n    spellings: [Volodymyr Zelenskyy]\n', { file: 'mine.yaml' });
    const dir = mergeDirectories([desk, mine]);
    assert.equal(dir.entries.length, 1);
    const [m] = matchPeople(analysis('Volodymyr Zelenskyy spoke.', [{ name: 'Volodymyr Zelenskyy', mentions: ['Volodymyr Zelenskyy'] }]), dir);
    assert.deepEqual(
      m.mentions.map((x) => x.houseText),
      ['Volodymyr Zelensky'],
    );
  });
});
