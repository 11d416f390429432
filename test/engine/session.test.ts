// An ArticleSession re-analyses edited text from what it kept of the previous version; the answer must be
// exactly a fresh analysis of the new text, whatever the edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
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

// Edits for the property below, each placed by a fraction of the text's length: what an edit reuses from the last
// analysis (the grouping of names, the attribution of quotations it did not reach) must be exactly what a fresh
// analysis finds. They change names (letters typed into or deleted from capitalised words, names pasted or swapped),
// add or remove speakers, change the gender of a pronoun or of the person it may stand for, and split or join
// paragraphs, in articles long enough that most quotations lie far from the edit.
const NAMED = [' said Mr Kim.', ' said Ms Jane Doe.', 'Ms Jane Doe, a spokeswoman, said: “We deny it.” ', ' the spokesman said', '“We will see,” she said. ', 'Mrs ', 'Mr ', ' Smith', 'Reuters said. ', ', 52,', ' told reporters'];
const SWAPS: [RegExp, string][] = [[/\bhe\b/, 'she'], [/\bshe\b/, 'he'], [/\bHe\b/, 'She'], [/\bShe\b/, 'He'], [/\bMr\b/, 'Ms'], [/\bMs\b/, 'Mr']];
type Edit = { kind: 'type' | 'cut' | 'paste' | 'swap' | 'split' | 'join' | 'unsay' | 'verb'; at: number; n: number };
const SPLITS = [/[.”"] /, /[”"] /, /[,.]["”] /, /, /];

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  const after = (re: RegExp) => {
    const m = re.exec(text.slice(at));
    return m ? { index: at + m.index, text: m[0] } : null;
  };
  switch (e.kind) {
    case 'type': {
      // A letter typed into (or deleted from) the next capitalised word: most often a name.
      const w = after(/\p{Lu}\p{Ll}+/u);
      if (!w) return text;
      const k = w.index + 1 + (e.n % (w.text.length - 1));
      return e.n % 2 ? text.slice(0, k) + 'x' + text.slice(k) : text.slice(0, k) + text.slice(k + 1);
    }
    case 'cut':
      return text.slice(0, at) + text.slice(at + 1 + (e.n % 60));
    case 'paste':
      return text.slice(0, at) + NAMED[e.n % NAMED.length] + text.slice(at);
    case 'swap': {
      const [re, by] = SWAPS[e.n % SWAPS.length];
      const w = after(re);
      return w ? text.slice(0, w.index) + by + text.slice(w.index + w.text.length) : text;
    }
    case 'split': {
      // After a sentence, a quotation or a clause: "“…,” \n\nsaid the post" leaves the quote without its cue.
      const w = after(SPLITS[e.n % SPLITS.length]);
      return w ? text.slice(0, w.index + w.text.length - 1) + '\n\n' + text.slice(w.index + w.text.length) : text;
    }
    case 'join': {
      const w = after(/\n+/);
      return w ? text.slice(0, w.index) + ' ' + text.slice(w.index + w.text.length) : text;
    }
    case 'verb': {
      // A reporting verb that stops being one, or a word that becomes one: the speaker of the next quotes changes.
      const w = after(e.n % 2 ? /\b(?:said|says|told|added|noted)\b/ : /\b(?:was|is|has|had)\b/);
      return w ? text.slice(0, w.index) + (e.n % 2 ? 'sat' : 'said') + text.slice(w.index + w.text.length) : text;
    }
    case 'unsay': {
      // A speaker removed: the next "said" and the word before it.
      const w = after(/\S+ said\b/);
      return w ? text.slice(0, w.index) + text.slice(w.index + w.text.length) : text;
    }
  }
}

const edits = fc.array(
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('type', 'cut', 'paste', 'swap', 'split', 'join', 'unsay', 'verb'),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    n: fc.nat(1000),
  }),
  { minLength: 1, maxLength: 6 },
);

describe('ArticleSession', () => {
  it('equals a fresh analysis after random edits of names, speakers, verbs, pronouns and paragraphs in a long article', () => {
    const corpus = readFileSync(join(__dirname, '../corpus/gum-news-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
    const long = [fixture, ...corpus.slice(0, 3)].join('\n\n');
    const runs = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 12;
    fc.assert(
      fc.property(edits, (list) => {
        const session = new ArticleSession();
        session.analyze(long);
        let text = long;
        for (const e of list) {
          text = applyEdit(text, e);
          assert.deepEqual(session.analyze(text), analyze(text));
        }
      }),
      { numRuns: runs, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
  }).timeout(120000);

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

  it('re-attributes a quotation far from an edit that changes whom its pronoun can stand for', () => {
    // The quote is thousands of characters after the edit, whose text it does not read: the person's gender, given
    // by the honorific at the start, decides whether "he" is Sam Brown.
    const filler = Array.from({ length: 30 }, (_, i) => `The council met on day ${i} to discuss the budget, the roads and the schools of the district, and nothing was decided before the evening.`).join('\n\n');
    const before = `Mr Sam Brown arrived in the city on Monday.\n\n${filler}\n\nBrown spoke to the crowd at length.\n\n“We will win this,” he said.`;
    const after = before.replace('Mr Sam Brown', 'Ms Sam Brown');
    const session = new ArticleSession();
    assert.equal(session.analyze(before).quotes[0].speaker?.name, 'Sam Brown');
    assert.deepEqual(session.analyze(after), analyze(after));
    assert.deepEqual(session.analyze(before), analyze(before));
  });

  it('regroups names when only a verb after a name changes (“Xie Liang met” → “Xie Liang and”)', () => {
    // The names, their kinds and their token positions are unchanged; only the past verb that makes two unknown words
    // someone is gone (a paragraph's names' key once left that fact, and whether a name labels a quote or stands as
    // a place, out).
    for (const [before, after] of [
      ['Xie Liang met Joe Biden on Monday. Xie said so.', 'Xie Liang and Joe Biden on Monday. Xie said so.'],
      ['Kaito Veramundo met the mayor. Veramundo left.', 'Kaito Veramundo and the mayor. Veramundo left.'],
    ]) {
      const session = new ArticleSession();
      session.analyze(before);
      assert.deepEqual(session.analyze(after), analyze(after));
      assert.deepEqual(session.analyze(before), analyze(before));
    }
  });

  it('regroups names when a word comes between a name and its bracketed nickname', () => {
    // Every name's own facts are unchanged; only "(Jokowi)" no longer follows "Joko Widodo" at once.
    const before = 'President Joko Widodo (Jokowi) opened the bridge on Monday.\n\nThe crowd cheered as Jokowi cut the ribbon.';
    const after = before.replace('Widodo (Jokowi)', 'Widodo x (Jokowi)');
    const session = new ArticleSession();
    assert.deepEqual(session.analyze(before).people[0]?.aliases, ['Jokowi']);
    assert.deepEqual(session.analyze(after), analyze(after));
  });

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
