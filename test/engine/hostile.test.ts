// Hostile copy: the worst input for each family of patterns the engine runs (long runs of the characters a
// pattern repeats, deep nesting, one enormous paragraph). These tests assert only that the analysis completes and
// is right; none of them times anything. Each size is one the engine finishes in well under a second, while a
// quadratic version of the same step takes minutes on it and fails the test by mocha's timeout.
// The scaling figures themselves are printed by `npm run hostile` (scripts/hostile.mjs).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { findFigures } from '../../src/engine/claimFigures';
import { findClaims } from '../../src/engine/claims';
import { buildDocument } from '../../src/engine/document';
import { findPeople } from '../../src/engine/people';
import { attributeQuotes } from '../../src/engine/attribution';
import { scanQuotes } from '../../src/engine/quotes';
import { classifyQuote } from '../../src/engine/quoteKind';
import { paragraphs, sentences, tokenize } from '../../src/engine/text';
import { buildSentence } from '../../src/engine/claimSentence';
import { allegation } from '../../src/engine/claimAccusations';
import type { Person, Quote, TextSpan } from '../../src/engine/types';
import { assertWellFormed } from './invariants';
import { word } from './words';

const analysed = (text: string) => {
  const a = analyze(text);
  assertWellFormed(text, a);
  return a;
};

describe('hostile input', () => {
  describe('runs of sentence-ending marks', () => {
    it('80,000 dots in a row end a sentence before a capital, and only there', () => {
      const text = `Stop${'.'.repeat(80_000)} Go on${'.'.repeat(80_000)} and on.`;
      assert.deepEqual(sentences(text, { start: 0, end: text.length }), [
        { start: 0, end: 80_004 },
        { start: 80_005, end: text.length },
      ]);
      analysed(text);
    });

    it('40,000 "!?" pairs with no capital after them are no sentence break', () => {
      const text = `What${'!?'.repeat(40_000)} no`;
      assert.deepEqual(sentences(text, { start: 0, end: text.length }), [{ start: 0, end: text.length }]);
      analysed(text);
    });
  });

  describe('quotation marks', () => {
    const scan = (text: string) => scanQuotes(text, paragraphs(text));

    it('a problem at a paragraph that opens with an emoji covers the whole emoji, not half of it', () => {
      const text = '“ said\n😀 ” ';
      assert.deepEqual(
        analysed(text).problems.map((p) => [p.start, p.end]),
        [[7, 9]],
      );
    });

    it('a quotation in the first of 200,000 paragraphs and none after it', () => {
      const text = '“Yes,” she said.\n' + 'x\n'.repeat(200_000);
      const { quotes, problems } = scan(text);
      assert.deepEqual(
        quotes.map((q) => text.slice(q.start, q.end)),
        ['“Yes,”'],
      );
      assert.deepEqual(problems, []);
    });

    it('100,000 opening single marks, then 100,000 closing double marks', () => {
      const text = '‘a '.repeat(100_000) + '”'.repeat(100_000);
      const { quotes, problems } = scan(text);
      assert.equal(quotes.length, 0);
      // Every closing mark is reported, and the single quotation left open once.
      assert.equal(problems.filter((p) => /no opening mark/.test(p.message)).length, 100_000);
      assert.equal(problems.filter((p) => /Single quotation mark is not closed/.test(p.message)).length, 1);
    });

    it('20,000 single quotations nested in one another: only the outer eight are quotations', () => {
      const text = '‘a '.repeat(20_000) + 'a’ '.repeat(20_000);
      const { quotes } = scan(text);
      assert.equal(quotes.length, 8);
      assert.deepEqual(
        quotes.map((q) => q.depth),
        [0, 1, 2, 3, 4, 5, 6, 7],
      );
      analysed(text);
    });
  });

  describe('the kind of a quotation', () => {
    // The same shape, short and very long, is the same kind of quotation.
    const kinds = (text: string) => analysed(text).quotes.map((q) => q.kind);

    it('200,000 commas inside a capitalised quotation', () => {
      const quoted = (n: number) => `He wrote “A ${','.repeat(n)} B” on it.`;
      assert.deepEqual(kinds(quoted(200_000)), kinds(quoted(3)));
    });

    it('120,000 initials before a line separator inside a quotation', () => {
      // classifyQuote alone: the rest of an analysis of so many initials takes longer than this step.
      const kind = (text: string) => {
        const doc = buildDocument(text);
        return scanQuotes(text, doc.paragraphs).quotes.map((q) => classifyQuote(doc, q, null, false));
      };
      const quoted = (n: number) => `He wrote “${'A. '.repeat(n)}\u2028A” on it.`;
      assert.deepEqual(kind(quoted(120_000)), kind(quoted(12)));
    });
  });

  describe('long lines and sentences', () => {
    /** Wraps objects so that reading `keys` of them is counted in `reads.n`. */
    const counter = (keys: string[]) => {
      const reads = { n: 0 };
      const counted = <T extends object>(o: T): T =>
        new Proxy(o, {
          get(target, key, receiver) {
            if (keys.includes(key as string)) reads.n++;
            return Reflect.get(target, key, receiver);
          },
        });
      return { reads, counted };
    };

    it("200,000 plural possessives on one line (s' s' s' …)", () => {
      const tokens = tokenize("s' ".repeat(200_000));
      assert.equal(tokens.filter((t) => t.text === "s'" && t.word).length, 199_999);
    });

    it('a sentence of 5,000 quotations and 5,000 mentions: which words are quoted, whom a word names', () => {
      // An operation count, not a time: how often building the sentence reads a quotation's or mention's offsets.
      const n = 5000;
      const text = 'Kim «a» '.repeat(n);
      const doc = buildDocument(text);
      const { reads, counted } = counter(['start', 'end']);
      const quotes: Quote[] = [];
      const mentions: TextSpan[] = [];
      for (let i = 0; i < n; i++) {
        quotes.push(counted({ start: 8 * i + 4, end: 8 * i + 7, text: '«a»', kind: 'scare', speaker: null, cue: null }));
        mentions.push(counted({ start: 8 * i, end: 8 * i + 3, text: 'Kim' }));
      }
      const people: Person[] = [{ id: 'person-kim', name: 'Kim', aliases: [], role: null, age: null, mentions, quotes: [] }];
      const s = buildSentence(text, doc.paragraphs[0], doc.paragraphs[0], quotes, people);
      assert.equal(s.words.length, 2 * n);
      assert.deepEqual(s.quoted, Array.from({ length: 2 * n }, (_, i) => i % 2 === 1));
      assert.ok(s.words.every((w, i) => s.personAt(w) === (i % 2 === 0 ? 'Kim' : null)));
      // About thirty reads each; checking every quotation and mention for every word was tens of thousands.
      assert.ok(reads.n < 100 * 2 * n, `${reads.n} reads of ${2 * n} offsets`);
    });

    it('a sentence of 5,000 passive accusations looks for each agent next to its verb', () => {
      // An operation count, not a time: how often the rule reads a word of the sentence.
      const n = 5000;
      const text = 'he was accused of lying '.repeat(n);
      const para = buildDocument(text).paragraphs[0];
      const s = buildSentence(text, para, para, [], []);
      let reads = 0;
      const words = new Proxy(s.words, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      const hits = allegation({ ...s, words });
      assert.equal(hits.length, n);
      assert.ok(hits.every((h) => h.category === 'allegation' && h.source === null));
      // Fifteen reads per word; searching the sentence from its start for each verb’s agent was a thousand.
      assert.ok(reads < 100 * 5 * n, `${reads} reads of ${5 * n} words`);
    });
  });

  describe('claims in one enormous sentence or paragraph', () => {
    it('250,000 percentages in one sentence are 250,000 figures', () => {
      const text = '50% '.repeat(250_000);
      const figures = findFigures(text, 0, text.length);
      assert.equal(figures.length, 250_000);
      figures.forEach((f, i) => assert.deepEqual(f, { start: 4 * i, end: 4 * i + 3, text: '50%' }));
    });

    it('100,000 hedges in one sentence are one claim with every one of them as a trigger', () => {
      const text = `He allegedly${' allegedly'.repeat(100_000)} lied.`;
      const claims = findClaims(buildDocument(text), [], []);
      assert.equal(claims.length, 1);
      assert.equal(claims[0].category, 'allegation');
      assert.equal(claims[0].triggers.length, 100_001);
    });

    it('each sentence of a long paragraph looks at its own quotations and mentions only', () => {
      // An operation count rather than a time: how often the claims step reads a quotation's or mention's offsets.
      const n = 2000;
      let reads = 0;
      const counted = <T extends object>(o: T): T =>
        new Proxy(o, {
          get(target, key, receiver) {
            if (key === 'start' || key === 'end') reads++;
            return Reflect.get(target, key, receiver);
          },
        });
      const text = 'Kim said “b” c. '.repeat(n);
      const quotes: Quote[] = [];
      const mentions: TextSpan[] = [];
      for (let i = 0; i < n; i++) {
        const at = 16 * i;
        quotes.push(counted({ start: at + 9, end: at + 12, text: '“b”', kind: 'scare', speaker: null, cue: null }));
        mentions.push(counted({ start: at, end: at + 3, text: 'Kim' }));
      }
      const people: Person[] = [{ id: 'person-kim', name: 'Kim', aliases: [], role: null, age: null, mentions, quotes: [] }];
      findClaims(buildDocument(text), quotes, people);
      // About fifty reads each; reading every quotation and mention again for every sentence was 6,000 each.
      assert.ok(reads < 100 * 2 * n, `${reads} reads of ${2 * n} offsets`);
    });
  });

  describe('people', () => {

    it('2,000 different people named once each are 2,000 people, each compared only with namesakes', () => {
      // An operation count, not a time: how often grouping reads a word of a name.
      const n = 2000;
      const text = Array.from({ length: n }, (_, i) => `John ${word(i)}son spoke.`).join(' ');
      const doc = buildDocument(text);
      let reads = 0;
      const counted = <T extends object>(o: T): T =>
        new Proxy(o, {
          get(target, key, receiver) {
            if (key === 'norm') reads++;
            return Reflect.get(target, key, receiver);
          },
        });
      const { people } = findPeople({ ...doc, paragraphs: doc.paragraphs.map((p) => ({ ...p, tokens: p.tokens.map(counted) })) }, []);
      assert.equal(people.length, n);
      assert.deepEqual(
        people.slice(0, 3).map((p) => p.name),
        ['John Bason', 'John Cason', 'John Dason'],
      );
      // About twenty reads per person; comparing every new name with every person found so far was 8,000.
      assert.ok(reads < 100 * n, `${reads} reads for ${n} people`);
    });

    it('attribution looks up the person meant without reading every person and name for each quotation', () => {
      // A transcript label, a pronoun and a description for each of 3 × 500 different people. An operation count,
      // not a time: how often attribution reads a property of a person or of a name.
      const n = 500;
      const text = Array.from({ length: n }, (_, i) => {
        const [a, b, c] = [word(3 * i), word(3 * i + 1), word(3 * i + 2)];
        return `Mr Baton ${a}son spoke to the court.\n“${a.toUpperCase()}SON: Yes, I was there.”\nJohn ${b}son arrived late. “Yes, I agree,” he said.\nPeter ${c}son, a spokesman, was there. “No, we will not,” the spokesman said.\n`;
      }).join('');
      const doc = buildDocument(text);
      const { quotes: spans } = scanQuotes(text, doc.paragraphs);
      const found = findPeople(doc, spans);
      const { counted, reads } = readCounter();
      const { quotes } = attributeQuotes(doc, spans, { people: found.people.map(counted), names: found.names.map(counted) });
      assert.equal(quotes.length, 3 * n);
      quotes.forEach((q, i) => {
        const k = Math.floor(i / 3);
        assert.equal(q.speaker?.name, [`Baton ${word(3 * k)}son`, `John ${word(3 * k + 1)}son`, `Peter ${word(3 * k + 2)}son`][i % 3], q.text);
      });
      // About twenty reads per quotation; scanning every person and name for each was 2,700 at this size.
      assert.ok(reads() < 100 * quotes.length, `${reads()} reads for ${quotes.length} quotations`);
    });

    it('in one paragraph of 2,000 names mostly of no known person, “she said” looks back only at the people it could mean', () => {
      const n = 2000;
      const text = Array.from({ length: n }, (_, i) => `Baton ${word(i)}son arrived. “Yes,” she said. `).join('');
      const doc = buildDocument(text);
      const { quotes: spans } = scanQuotes(text, doc.paragraphs);
      const found = findPeople(doc, spans);
      const { counted, reads } = readCounter();
      const { quotes } = attributeQuotes(doc, spans, { people: found.people, names: found.names.map(counted) });
      assert.equal(quotes.length, n);
      for (const q of quotes) assert.equal(q.speaker?.text, 'she');
      // Looking back through every name of the paragraph for each quotation read 3,000 per quotation.
      assert.ok(reads() < 100 * n, `${reads()} reads of names for ${n} quotations`);
    });
  });
});

/** Wraps objects so that every property read is counted: work measured without timing it. */
function readCounter(): { counted: <T extends object>(o: T) => T; reads: () => number } {
  let n = 0;
  const counted = <T extends object>(o: T): T =>
    new Proxy(o, {
      get(target, key, receiver) {
        n++;
        return Reflect.get(target, key, receiver);
      },
    });
  return { counted, reads: () => n };
}
