// paragraphs() scans for line breaks by hand; it must split exactly as the regular expressions it replaced did.
import { strict as assert } from 'node:assert';
import { paragraphs } from '../../src/engine/text';
import type { Span } from '../../src/engine/types';

/** The regular-expression version paragraphs() had before. */
function reference(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) lines.push({ start, end });
  }
  let joined = 0;
  let midSentence = 0;
  let candidates = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (/\n[ \t]*\r?\n/.test(text.slice(lines[i].end, lines[i + 1].start))) continue;
    candidates++;
    const line = text.slice(lines[i].start, lines[i].end);
    if (line.length >= 40 && line.length <= 100 && !/[.!?:"”’)\]]$/.test(line)) joined++;
    if (/^\p{Ll}/u.test(text[lines[i + 1].start] ?? '')) midSentence++;
  }
  if (!(candidates >= 3 && joined / candidates > 0.6 && midSentence / candidates > 0.3)) return lines;
  const blocks: Span[] = [];
  for (const line of lines) {
    const prev = blocks[blocks.length - 1];
    if (prev && !/\n[ \t]*\r?\n/.test(text.slice(prev.end, line.start))) prev.end = line.end;
    else blocks.push({ ...line });
  }
  return blocks;
}

describe('paragraphs', () => {
  it('splits 20,000 random texts, hard-wrapped or not, as the regular expressions did', () => {
    // Words long enough to make 40–100 character lines, line ends with and without a closing mark, blank lines
    // with spaces, tabs and \r, and a lone surrogate.
    const pieces = ['the quick brown fox jumps over', ' lazy dogs and', ' Then', ' said.', '”', ')', ':', '\n', '\n', '\r\n', '\n \t\n', '\n\r\n', '\r', ' ', '\t', '\u00a0', 'x', '\ud835'];
    let s = 5;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let wrapped = 0;
    for (let n = 0; n < 20_000; n++) {
      let t = '';
      if (n % 2) {
        // Prose wrapped at about 60 characters, now and then a blank line or a closing mark.
        for (let line = Math.floor(rnd() * 12); line > 0; line--) {
          t += 'and the quick brown fox jumps over the lazy dog';
          t += rnd() < 0.2 ? ' said.' : rnd() < 0.1 ? '”' : '';
          t += rnd() < 0.15 ? '\n\n' : rnd() < 0.1 ? '\r\n' : '\n';
        }
      } else for (let i = Math.floor(rnd() * 40); i > 0; i--) t += pieces[Math.floor(rnd() * pieces.length)];
      const want = reference(t);
      const got = paragraphs(t);
      assert.deepEqual(got, want, JSON.stringify(t));
      if (want.some((p) => /\n/.test(t.slice(p.start, p.end)))) wrapped++;
    }
    assert.ok(wrapped > 100, `only ${wrapped} hard-wrapped texts generated`);
  });
});
