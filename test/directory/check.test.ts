// What the directory says about an article: name-style problems with their fixes (never inside quotations),
// the fix-all list, and roles the directory records as ended — on the engine's own analysis of the founding
// article, and on hand-made analyses for the finer rules.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, checkArticle, formatDate, hasEnded } from '../../src/directory';
import { analyze } from '../../src/engine';
import { SHOIGU_ENTRY } from '../fixtures/shoiguRoles';
import { analysis, directory } from './helpers';

const KIM_PUTIN = readFileSync(join(__dirname, '../fixtures/kim-putin-summit.article'), 'utf8');
const AS_OF = '2025-06-01';

describe('people directory: checking an article', () => {
  const a = analyze(KIM_PUTIN);

  it('leaves the source’s words alone: KCNA’s “Kim Jong Un” is inside a quotation', () => {
    const dir = directory('people:\n  - name: Kim Jong-un\n    spellings: [Kim Jong Un]\n');
    const r = checkArticle(KIM_PUTIN, a, dir, { asOf: AS_OF });
    const kim = r.people[a.people.findIndex((p) => p.name === 'Kim Jong-un')];
    assert.equal(kim.entryId, 'kim jong un');
    const quoted = kim.mentions.filter((m) => m.quoted);
    assert.deepEqual(
      quoted.map((m) => [m.text, m.houseText]),
      [['Kim Jong Un', 'Kim Jong-un']],
      'the quoted spelling differs from the house style…',
    );
    assert.deepEqual(r.problems, [], '…and is not reported');
    assert.deepEqual(r.fixes, []);
  });

  it('reports every other spelling, with the house spelling as the fix, and fixes them all at once', () => {
    // A wire-style desk: "Kim Jong Un" is the house style, so the article's own "Kim Jong-un" is off.
    const dir = directory('people:\n  - name: Kim Jong Un\n');
    const r = checkArticle(KIM_PUTIN, a, dir, { asOf: AS_OF });
    const style = r.problems.filter((p) => p.code === 'name-style');
    assert.ok(style.length >= 2, JSON.stringify(style));
    for (const p of style) {
      assert.equal(KIM_PUTIN.slice(p.start, p.end), 'Kim Jong-un');
      assert.equal(p.actual, 'Kim Jong-un');
      assert.equal(p.expected, 'Kim Jong Un');
      assert.deepEqual(p.fix, { start: p.start, end: p.end, newText: 'Kim Jong Un' });
      assert.match(p.message, /House style is “Kim Jong Un”, not “Kim Jong-un”/);
      assert.equal(p.entryId, 'kim jong un');
    }
    assert.deepEqual(r.fixes, style.map((p) => p.fix));
    const fixed = applyEdits(KIM_PUTIN, r.fixes);
    assert.ok(!fixed.includes('Kim Jong-un'), 'every “Kim Jong-un” is gone');
    assert.equal(fixed.length, KIM_PUTIN.length, 'same length: one hyphen for one space each');
    assert.deepEqual(checkArticle(fixed, analyze(fixed), dir, { asOf: AS_OF }).problems, [], 'nothing left to fix');
  });

  it('reports a role the directory records as ended, where the article gives it', () => {
    const dir = directory(`
people:
${SHOIGU_ENTRY}    lastChecked: 2025-01-10
  - name: Vladimir Putin
    roles: [Russian president]
`);
    const r = checkArticle(KIM_PUTIN, a, dir, { asOf: AS_OF });
    const roles = r.problems.filter((p) => p.code === 'ended-role');
    assert.equal(roles.length, 1, JSON.stringify(r.problems));
    const [p] = roles;
    assert.equal(KIM_PUTIN.slice(p.start, p.end), 'defence minister');
    assert.ok(KIM_PUTIN.slice(p.start - 8, p.end + 14).includes('Russian defence minister Sergei Shoigu'));
    assert.equal(p.message, 'Sergei Shoigu: defence minister until May 2024 (people directory, checked 2025-01-10); now Secretary of the Security Council');
    assert.equal(p.expected, '2024-05');
    assert.equal(p.fix, null);
    // While the role was held, nothing to say.
    assert.deepEqual(checkArticle(KIM_PUTIN, a, dir, { asOf: '2024-05-20' }).problems, []);
  });

  it('takes the longest title at a place, and a title held again as current', () => {
    const text = 'Labour’s Shadow Home Secretary Yvette Cooper spoke. Later, Cooper, the home secretary, said more. Home Secretary Ann Lee agreed.';
    const dir = directory(`
people:
  - name: Yvette Cooper
    roles:
      - { title: Shadow Home Secretary, from: 2021-11, to: 2024-07 }
      - { title: Home Secretary, from: 2009-06, to: 2010-05 }
      - { title: Home Secretary, from: 2024-07 }
  - name: Ann Lee
    roles:
      - { title: Home Secretary, to: 2020 }
      - { title: Home Secretary, from: 2022, to: 2023-03 }
`);
    const an = analysis(text, [
      { name: 'Yvette Cooper', mentions: ['Yvette Cooper', 'Cooper'] },
      { name: 'Ann Lee', mentions: ['Ann Lee'] },
    ]);
    const r = checkArticle(text, an, dir, { asOf: AS_OF });
    assert.deepEqual(
      r.problems.map((p) => [text.slice(p.start, p.end), p.message]),
      [
        ['Shadow Home Secretary', 'Yvette Cooper: Shadow Home Secretary until July 2024 (people directory); now Home Secretary'],
        ['Home Secretary', 'Ann Lee: Home Secretary until March 2023 (people directory)'],
      ],
    );
  });

  it('finds a role in apposition after the name, and not one inside a quotation or away from the name', () => {
    const text = 'Sergei Shoigu, Russia’s defence minister, visited. “The defence minister Sergei Shoigu is here,” Tass said. Shoigu met the defence minister of Belarus.';
    const dir = directory('people:\n  - name: Sergei Shoigu\n    roles: [{ title: defence minister, to: 2024-05 }]\n');
    const an = analysis(text, [{ name: 'Sergei Shoigu', mentions: ['Sergei Shoigu', 'Shoigu'] }], ['“The defence minister Sergei Shoigu is here,”']);
    const r = checkArticle(text, an, dir, { asOf: AS_OF });
    assert.deepEqual(
      r.problems.map((p) => p.start),
      [text.indexOf('defence minister')],
    );
  });

  it('falls back to where the engine found the role when no title is next to a name', () => {
    const text = 'The 70-year-old Russian president greeted Kim. Putin smiled.';
    const dir = directory('people:\n  - name: Vladimir Putin\n    roles: [{ title: Russian president, to: 2024 }]\n');
    const an = analysis(text, [{ name: 'Putin', role: 'Russian president', mentions: ['Putin'] }]);
    const r = checkArticle(text, an, dir, { asOf: AS_OF });
    assert.deepEqual(
      r.problems.map((p) => [p.code, text.slice(p.start, p.end)]),
      [['ended-role', 'Russian president']],
    );
  });

  it('writes dates the way a reader says them, and ends a month or year after it', () => {
    assert.equal(formatDate('2024'), '2024');
    assert.equal(formatDate('2024-05'), 'May 2024');
    assert.equal(formatDate('2024-05-03'), '3 May 2024');
    assert.equal(hasEnded('2024-05', '2024-05-31'), false, 'still May');
    assert.equal(hasEnded('2024-05', '2024-06-01'), true);
    assert.equal(hasEnded('2024', '2024-12-31'), false);
    assert.equal(hasEnded('2024-05-03', '2024-05-04'), true);
    assert.equal(hasEnded(null, '2099-01-01'), false);
  });
});
