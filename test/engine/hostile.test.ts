// Hostile copy: the worst input for each family of patterns the engine runs (long runs of the characters a
// pattern repeats, deep nesting, one enormous paragraph). These tests assert only that the analysis completes and
// is right; none of them times anything. Each size is one the engine finishes in well under a second, while a
// quadratic version of the same step takes minutes on it and fails the test by mocha's timeout.
// The scaling figures themselves are printed by `npm run hostile` (scripts/hostile.mjs).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { scanQuotes } from '../../src/engine/quotes';
import { paragraphs, sentences } from '../../src/engine/text';
import { assertWellFormed } from './invariants';

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

    it('60,000 initials before a line separator inside a quotation', () => {
      const quoted = (n: number) => `He wrote “${'A. '.repeat(n)}\u2028A” on it.`;
      assert.deepEqual(kinds(quoted(60_000)), kinds(quoted(3)));
    });
  });
});
