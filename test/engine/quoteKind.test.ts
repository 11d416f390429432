// lastWord replaces a regular expression that retried from every position; it must capture exactly what it did.
import { strict as assert } from 'node:assert';
import { lastWord } from '../../src/engine/quoteKind';

describe('lastWord', () => {
  it('captures what /([\\p{L}’-]+)[^\\p{L}]*$/u captured, on 100,000 random strings', () => {
    const re = /([\p{L}'’-]+)[^\p{L}]*$/u;
    // Letters (ASCII, accented, astral), apostrophes, hyphens, spaces, marks and lone surrogates.
    const alphabet = ['a', 'B', 'é', 'ß', '𝐀', '😀', '’', "'", '-', ' ', '\n', '1', '.', ',', '“', '”', 'ǅ', '\u0301', '\ud835', '\udc00'];
    let s = 7;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 100_000; n++) {
      let t = '';
      for (let i = Math.floor(rnd() * 12); i > 0; i--) t += alphabet[Math.floor(rnd() * alphabet.length)];
      assert.equal(lastWord(t), re.exec(t)?.[1] ?? '', JSON.stringify(t));
    }
  });
});
