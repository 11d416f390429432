// The founding article: every person, alias, role, age, quote, speaker and problem it holds must come out right.
// The engine knows nothing about this article; these are the answers a copy editor would give.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine';
import { PASTED_LINES } from '../fixtures/kimPutinSummit';

const text = readFileSync(join(__dirname, '../fixtures/kim-putin-summit.article'), 'utf8');
const a = analyze(text);
const person = (name: string) => {
  const p = a.people.find((x) => x.name === name);
  assert.ok(p, `no person "${name}" among ${a.people.map((x) => x.name).join(', ')}`);
  return p;
};
const quote = (start: string) => {
  const q = a.quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting ${start}`);
  return q;
};

describe('the founding article (kim-putin-summit)', () => {
  it('finds exactly the six people named, organisations and places left out', () => {
    assert.deepEqual(a.people.map((p) => p.name).sort(), ['Anatoly Antonov', 'Donald Trump', 'Kim Jong-un', 'Pete Hegseth', 'Sergei Shoigu', 'Vladimir Putin']);
  });

  it('groups Kim Jong-un with “Mr Kim”, “Kim” and the KCNA spelling “Kim Jong Un”', () => {
    const kim = person('Kim Jong-un');
    assert.deepEqual([...kim.aliases].sort(), ['Kim', 'Kim Jong Un', 'Mr Kim']);
    assert.equal(kim.role, 'North Korean leader');
    assert.equal(kim.age, 39);
    assert.equal(kim.mentions.length, 10);
    for (const m of kim.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('gives Putin his role, his age from “the 70-year-old Russian president”, and his aliases', () => {
    const putin = person('Vladimir Putin');
    assert.equal(putin.role, 'Russian president');
    assert.equal(putin.age, 70);
    assert.deepEqual([...putin.aliases].sort(), ['Mr Putin', 'Putin']);
  });

  it('reads roles from a pre-modifier and from an apposition', () => {
    assert.equal(person('Sergei Shoigu').role, 'Russian defence minister');
    assert.equal(person('Anatoly Antonov').role, 'Russia’s ambassador to the United States');
  });

  it('counts names in pasted headlines as mentions', () => {
    const trump = person('Donald Trump');
    assert.equal(text.slice(trump.mentions[0].start, trump.mentions[0].end), 'Donald Trump');
    assert.ok(person('Pete Hegseth'));
    assert.ok(person('Kim Jong-un').mentions.some((m) => text.slice(m.start - 30, m.start).includes('Inside North Korean')));
  });

  it('ties the two KCNA quotes to the news agency', () => {
    for (const start of ['“At the end of the reception', '“Putin accepted the invitation']) {
      const q = quote(start);
      assert.equal(q.kind, 'speech');
      assert.equal(q.speaker?.name, 'KCNA');
      assert.equal(q.speaker?.type, 'organisation');
      assert.equal(q.cue?.text, 'said');
    }
  });

  it('ties the statement to Anatoly Antonov across the apposition', () => {
    const q = quote('“The United States has no right');
    assert.equal(q.kind, 'speech');
    assert.equal(q.speaker?.name, 'Anatoly Antonov');
    assert.equal(q.speaker?.type, 'person');
    assert.equal(q.speaker?.personId, person('Anatoly Antonov').id);
    assert.equal(q.cue?.text, 'said');
    assert.deepEqual(person('Anatoly Antonov').quotes, [a.quotes.indexOf(q)]);
  });

  it('tells partial quotes from scare quotes', () => {
    assert.equal(quote('“pelmeni”').kind, 'scare');
    for (const start of ['“great Russia”', '“sacred fight”']) {
      const q = quote(start);
      assert.equal(q.kind, 'partial');
      assert.equal(q.speaker?.name, 'Kim Jong-un');
    }
  });

  it('quote spans include their marks and slice back to their text', () => {
    assert.equal(a.quotes.length, 7);
    for (const q of a.quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.match(q.text, /^“[\s\S]*”$/);
    }
  });

  it('reports no unbalanced quotation marks', () => {
    assert.deepEqual(a.problems.filter((p) => p.code === 'unbalanced-quote'), []);
  });

  it('flags the six pasted lines as debris and nothing else', () => {
    const debris = a.problems.filter((p) => p.code === 'pasted-debris').map((p) => text.slice(p.start, p.end));
    assert.deepEqual(debris, PASTED_LINES);
  });

  it('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  });
});
