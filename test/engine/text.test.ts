// paragraphs() scans for line breaks by hand; it must split exactly as the regular expressions it replaced did.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { paragraphs, sentences, tokenize } from '../../src/engine/text';
import type { Span } from '../../src/engine/types';

/** The regular-expression version of paragraphs(), kept as its specification. */
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
  if (!(candidates >= 3 && joined / candidates > 0.5 && midSentence / candidates > 0.3)) {
    // A stray break: a line in lower case that closes a sentence carries on a long line closing none.
    const out: Span[] = [];
    for (const line of lines) {
      const prev = out[out.length - 1];
      const prevText = prev ? text.slice(prev.start, prev.end) : '';
      const runOn = !!prev && prevText.length >= 40 && /^\p{Ll}/u.test(text.slice(line.start, line.end)) && /[\p{L}\p{N},’']$/u.test(prevText) && !/(?:[.!?]|[.!?]["”’)\]])$/.test(prevText) && !/\n[ \t]*\r?\n/.test(text.slice(prev.end, line.start)) && /[.!?](?:[\s"”’)]|$)/.test(text.slice(line.start, line.end));
      if (runOn) prev.end = line.end;
      else out.push({ ...line });
    }
    return out;
  }
  const width = Math.max(...lines.map((l) => Math.min(100, l.end - l.start)));
  const blocks: Span[] = [];
  lines.forEach((line, i) => {
    const prev = blocks[blocks.length - 1];
    const before = lines[i - 1];
    const ragged = !!before && /(?:[.!?]|[.!?]["”’)\]])$/.test(text.slice(before.start, before.end)) && before.end - before.start < 0.8 * width;
    if (prev && !ragged && !/\n[ \t]*\r?\n/.test(text.slice(prev.end, line.start))) prev.end = line.end;
    else blocks.push({ ...line });
  });
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

  it('ends a hard-wrapped paragraph at a short line closing a sentence when no blank line separates paragraphs, and attributes across the wrap', () => {
    const text = [
      'Foreign Minister Tom Hale and visiting Secretary of State Ann Obi held',
      'talks at the old guesthouse.',
      '"We hope all relevant parties will keep cool-headed and adopt a prudent',
      'attitude," Hale told reporters.',
      'Obi said the test announcement made by the government of the republic',
      'was "a serious provocation" and it "poses a threat".',
      'Hale said the two countries have a "very good mechanism" to settle it',
      'and that problems are "taken up and resolved".',
    ].join('\n');
    assert.equal(paragraphs(text).length, 4);
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name), ['Tom Hale', 'Ann Obi', 'Ann Obi', 'Tom Hale', 'Tom Hale']);
  });
});

describe('text pasted with no space between sentences', () => {
  const read = (text: string) => sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

  it('breaks “said.It” into two words and two sentences, but keeps “U.S.Army”, “Ph.D” and “Node.js” whole', () => {
    assert.deepEqual(read('The mayor said Monday.It is the city’s bill, the mayor said.'), ['The mayor said Monday.', 'It is the city’s bill, the mayor said.']);
    assert.deepEqual(read('“We pay our bills,” she said.City Manager Ann Cole agreed.'), ['“We pay our bills,” she said.', 'City Manager Ann Cole agreed.']);
    assert.deepEqual(read('She will park for the cheaper cost of $5.Commuters have accused the council.'), ['She will park for the cheaper cost of $5.', 'Commuters have accused the council.']);
    const words = (text: string) => tokenize(text).filter((t) => t.word).map((t) => t.text);
    assert.deepEqual(words('former mayor David Bluestein.Spratt said'), ['former', 'mayor', 'David', 'Bluestein', 'Spratt', 'said']);
    assert.deepEqual(words('a U.S.Army Ph.D on Node.js'), ['a', 'U.S.Army', 'Ph.D', 'on', 'Node.js']);
  });

  it('gives the quote to “she” when the next sentence runs on without a space', () => {
    const text = 'Mayor Kelly Spratt spoke. "When the city is billed, the city pays its bills," she said.City Manager Brett Cook said so.';
    const quote = analyze(text).quotes[0];
    assert.deepEqual([quote.speaker?.text, quote.speaker?.name, quote.cue?.text], ['she', 'Kelly Spratt', 'said']);
  });

  it('breaks a word run into a sentence’s first word (“More from BusinessHe said”), but not “McDonald” or “iPhone”', () => {
    const words = (text: string) => tokenize(text).filter((t) => t.word).map((t) => t.text);
    assert.deepEqual(words('More from BusinessHe said it. McDonald met LeBron with an iPhone.'), ['More', 'from', 'Business', 'He', 'said', 'it', 'McDonald', 'met', 'LeBron', 'with', 'an', 'iPhone']);
    const quote = analyze('Chief executive Jerome Saint-Marc spoke. More from BusinessHe said: “Our history is steeped in serving customers.”').quotes[0];
    assert.deepEqual([quote.speaker?.text, quote.speaker?.name], ['He', 'Jerome Saint-Marc']);
  });
});

describe('a number with its thousands', () => {
  it('keeps “21,000” one word, so its comma opens no apposition (“who represented Aslef’s 21,000 members, declared”)', () => {
    const words = (text: string) => tokenize(text).filter((t) => t.word).map((t) => t.text);
    assert.deepEqual(words('about 21,000 members, £1,250.50, in 2019,2020'), ['about', '21,000', 'members', '1,250.50', 'in', '2019', '2020']);
    const quote = analyze('Mick Hale, who represented the union’s 21,000 members, declared they would “do our own thing” in talks.').quotes[0];
    assert.equal(quote.speaker?.name, 'Mick Hale');
  });
});

describe('a caption run into the next sentence', () => {
  const read = (text: string) => sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
  it('ends the caption at its credit in brackets (“… Memorial Hall (Image: Newsquest) Sarah Taylor said …”)', () => {
    const text = 'Crowds at Deal Town Hall (Picture: PA) Mona Reid, a councillor, said the closure was "a betrayal".';
    assert.deepEqual(read(text), ['Crowds at Deal Town Hall (Picture: PA)', 'Mona Reid, a councillor, said the closure was "a betrayal".']);
    assert.equal(analyze(text).quotes[0].speaker?.name, 'Mona Reid');
    assert.deepEqual(read('The hall (photo: Jo Lee) was full.'), ['The hall (photo: Jo Lee) was full.']);
  });
});

describe('a month abbreviated, or a name that looks like one', () => {
  const read = (text: string) => sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
  it('ends the sentence after “Jan.” with no day or year after it, and not before one', () => {
    assert.deepEqual(read('Police named the suspect as Naeem Jan. He is 30.'), ['Police named the suspect as Naeem Jan.', 'He is 30.']);
    assert.deepEqual(read('On Jan. 29 the talks resumed. They ended in Sept. 2019 without a deal.'), ['On Jan. 29 the talks resumed.', 'They ended in Sept. 2019 without a deal.']);
  });
});
