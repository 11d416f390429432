// An ArticleSession re-analyses edited text from what it kept of the previous version; the answer must be
// exactly a fresh analysis of the new text, whatever the edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSession, analyze } from '../../src/engine';

const fixture = readFileSync(join(__dirname, '../fixtures/kim-putin-summit.article'), 'utf8');
const sample = readFileSync(join(__dirname, '../../samples/uk-asylum-questionnaire.article'), 'utf8');

// Deterministic pseudo-random numbers, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const PIECES = ['x', ' ', '\n', '\n\n', '“', '”', '"', "'", '’', ',', '.', ' said Mr Kim.', ' he said', 'Ms Jane Doe, a spokeswoman, said: “We deny it.”', '“Quote without end', 'Advertisement\n'];
// Edits that change what is cached per paragraph text without changing that text: a person's gender, role or age
// given elsewhere, a surname turned into a person by a full name elsewhere, a quotation opened in one paragraph
// and carried into the next, a speaker carried from the paragraph before, the same paragraph in two places.
const CONTEXT_PIECES = [
  'Mrs ',
  'Mr ',
  ' Kim Jong-un',
  ' Jane',
  ' Doe',
  ', 39,',
  ' (41)',
  'the 70-year-old Russian president',
  ' she said.',
  '\n“We will see,',
  '\n“',
  '”\n',
  '\nReuters said.\n',
  ' according to officials',
  '\nRead more\n',
  'Putin',
];

function contextEdit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.6) return text.slice(0, at) + CONTEXT_PIECES[Math.floor(rnd() * CONTEXT_PIECES.length)] + text.slice(at);
  if (r < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 12));
  // Copy a paragraph elsewhere: the same text at two places, read in two different contexts.
  const paras = text.split('\n');
  const p = paras[Math.floor(rnd() * paras.length)] ?? '';
  paras.splice(Math.floor(rnd() * (paras.length + 1)), 0, p);
  return paras.join('\n');
}

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.45) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
  if (r < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 40));
  // Move a paragraph.
  const paras = text.split('\n');
  const [p] = paras.splice(Math.floor(rnd() * paras.length), 1);
  paras.splice(Math.floor(rnd() * (paras.length + 1)), 0, p ?? '');
  return paras.join('\n');
}

describe('ArticleSession', () => {
  for (const [name, base] of [['founding article', fixture], ['sample', sample]] as const) {
    it(`equals a fresh analysis after every one of 150 random edits (${name})`, () => {
      const rnd = random(name.length * 7919);
      const session = new ArticleSession();
      let text = base;
      for (let i = 0; i < 150; i++) {
        text = edit(text, rnd);
        assert.deepEqual(session.analyze(text), analyze(text), `after edit ${i + 1}`);
      }
    });
  }

  for (const [name, base] of [['founding article', fixture], ['sample', sample]] as const) {
    it(`equals a fresh analysis after every one of 120 edits of names, genders, ages and carried quotes (${name})`, () => {
      const rnd = random(name.length * 104729);
      const session = new ArticleSession();
      let text = base;
      for (let i = 0; i < 120; i++) {
        // Now and then undo the last edit, so that texts seen before come back to the cache.
        const next = contextEdit(text, rnd);
        const back = rnd() < 0.2;
        assert.deepEqual(session.analyze(next), analyze(next), `after edit ${i + 1}`);
        if (back) assert.deepEqual(session.analyze(text), analyze(text), `after undoing edit ${i + 1}`);
        else text = next;
      }
    });
  }

  it('gives the same answer for a paragraph repeated where its context differs', () => {
    const session = new ArticleSession();
    const para = 'Ms Smith, a spokeswoman, said: “We will look at it.” She added: “Nothing is decided.”';
    const variants = [
      `${para}\n\nMr Smith spoke later.\n\n${para}`,
      `Jane Smith, 44, arrived.\n\n${para}\n\n“More to come.”\n\n${para}`,
      `${para}\n“Carried on\n${para}\nReuters said.\n${para}`,
      `John Smith, the 70-year-old spokeswoman, said no.\n${para}\n\n${para}`,
    ];
    for (let round = 0; round < 2; round++) {
      for (const v of variants) assert.deepEqual(session.analyze(v), analyze(v));
    }
  });

  it('after a one-character edit, computes as much in a long article as in a short one', () => {
    // Counts, not times: the results computed and the paragraphs looked up by text for the edited paragraph alone.
    const work = (text: string) => {
      const at = text.indexOf(' said');
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      const session = new ArticleSession();
      session.analyze(text);
      session.analyze(edited);
      return session.lastWork;
    };
    // The same article with many more (distinct) paragraphs after it.
    const tail = fixture.split('\n').map((line, i) => (line.trim() ? `${line} (${i})` : line)).join('\n');
    const short = work(fixture);
    const long = work(`${fixture}\n\n${tail}\n\n${tail.replace(/\((\d+)\)/g, '[$1]')}`);
    assert.ok(short.computed > 0 && short.lookedUp === 1, JSON.stringify(short));
    assert.deepEqual(long, short);
  });

  it('gives the same answer when a paragraph keeps its place in the text but not its number', () => {
    // A line break turned into a space: the last paragraph starts where it did, as the second paragraph, not the third.
    const session = new ArticleSession();
    const three = 'Jane Doe arrived.\nMs Doe, a spokeswoman, said: “We deny it.”\nMr Kim said “No” and she said “Yes.”';
    const two = three.replace('\n', ' ');
    for (const text of [three, two, three, two]) assert.deepEqual(session.analyze(text), analyze(text));
  });

  it('gives the same answer when a paragraph is pasted twice and one copy removed again', () => {
    const session = new ArticleSession();
    const para = fixture.split('\n')[13];
    const doubled = fixture.replace(para, `${para}\n${para}`);
    assert.deepEqual(session.analyze(doubled), analyze(doubled));
    assert.deepEqual(session.analyze(fixture), analyze(fixture));
  });
});
