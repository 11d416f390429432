// Hostile copy: the worst input for each family of patterns the engine runs (long runs of the characters a
// pattern repeats, deep nesting, one enormous paragraph). These tests assert only that the analysis completes and
// is right; none of them times anything. Each size is one the engine finishes in well under a second, while a
// quadratic version of the same step takes minutes on it and fails the test by mocha's timeout.
// The scaling figures themselves are printed by `npm run hostile` (scripts/hostile.mjs).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { sentences } from '../../src/engine/text';
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
});
