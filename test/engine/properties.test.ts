// Property-based tests of the engine with fast-check: for generated articles and for the bundled articles
// mutated, analyze() never throws, every span lies within the text and slices back to its text, the result is
// JSON and the same on a second run. The default run is kept to a few seconds; FC_RUNS=N runs N cases per
// property (and adds a 1 MB paragraph), FC_SEED=S replays a run (fast-check prints the seed and path of a failure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import type { Analysis, Span } from '../../src/engine/types';
import { assertWellFormed } from './invariants';

const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : undefined;
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
/** fast-check parameters: `runs` by default, FC_RUNS when set. */
const params = (runs: number): fc.Parameters<unknown> => ({ numRuns: RUNS ?? runs, seed: SEED });

// ---------------------------------------------------------------------------------------------------------------
// Pieces of hostile copy

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‟', '‚', '‹', '›', "''", '``', '`'];
const BREAKS = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n', '\u00a0', '\u2028', '\u2029', '\u3000', '\u000b', '\u000c'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u0000'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0489', '\u0301\u0301\u0301'];
const ASTRAL = ['😀', '👩‍👩‍👧', '🇬🇧', '👍🏽', '🏳️‍🌈', '𝐀', '𝐁𝐨𝐥𝐝', '𐍈', '𠜎', '\ud800', '\udfff', '\ud83d'];
const RIGHT_TO_LEFT = ['שלום', 'مرحبا', 'ایران', '\u200fעברית\u200f', 'قال', '«مرحبا»'];
const NEWS = [
  'said', 'says', 'told reporters', 'according to', 'added', 'wrote', 'Mr', 'Ms', 'Dr.', 'Mrs.', 'the', 'a', 'an', 'he', 'she',
  'they', 'it', 'officials', 'a spokesman', 'the spokeswoman', 'allegedly', 'denied', 'reportedly', 'claimed that',
  'could not be independently verified', 'declined to comment', 'on condition of anonymity', 'sources familiar with the matter',
  '45,000', '50%', '$5bn', '£3m', '1.5 million', 'the largest since 2015', 'the 70-year-old', '(39)', 'U.S.', 'U.K.',
  'Jong-un', 'Putin’s', 'O’Neill', 'rock ’n’ roll', 'the ’90s', 'leaders’', 'don’t', 'it’s', 'PENCE:', '―', '—', '–', '-',
  '(', ')', '[', ']', ':', ';', ',', '.', '...', '…', '?', '!', '?!', '#', '*', '•', '1.', 'Advertisement', 'Read more:',
  'Opens in new window', 'Share on Facebook', 'Image: Reuters', 'By Jane Doe', 'Friday, July 21, 2017',
];
const NAMES = ['Anatoly Antonov', 'Jane Okafor', 'KCNA', 'Kim Jong Un', 'Mr Putin', 'Vladimir Putin', 'Sergei Shoigu', 'North Korean leader Kim Jong-un', 'Russia’s ambassador to the United States, Anatoly Antonov,'];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 4, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.constantFrom(...RIGHT_TO_LEFT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** An article made of pieces, mostly separated by spaces. */
const article = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 300, size: 'max' }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Quotation marks nested, unbalanced and misordered around a few words. */
const nested = fc
  .array(fc.tuple(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom('', 'a', 'We', 'said Kim', 'he said.', ' ', ', ', '. ', '\n')), { minLength: 1, maxLength: 60, size: 'max' })
  .map((parts) => parts.map(([mark, words]) => mark + words).join(''));

/** A very long line: one piece, or a few, repeated thousands of times. */
const longLine = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 500, max: 6000 }))
  .map(([parts, times]) => parts.join(' ').concat(' ').repeat(times).slice(0, 40_000));

// ---------------------------------------------------------------------------------------------------------------
// The bundled articles, mutated

const ROOT = join(__dirname, '../..');
const corpusTexts = ['gum-news-dev.jsonl', 'gum-news-claims-dev.jsonl'].flatMap((f) =>
  readFileSync(join(ROOT, 'test/corpus', f), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const BASES = [readFileSync(join(ROOT, 'test/fixtures/kim-putin-summit.article'), 'utf8'), readFileSync(join(ROOT, 'samples/uk-asylum-questionnaire.article'), 'utf8'), ...corpusTexts];

const STYLES: [RegExp, string][][] = [
  // Curly to straight, to guillemets, to German low-high, to typewriter pairs, singles to doubles.
  [[/[“”]/g, '"'], [/[‘’]/g, "'"]],
  [[/“/g, '«'], [/”/g, '»']],
  [[/“/g, '„'], [/”/g, '“']],
  [[/[“”"]/g, "''"]],
  [[/‘/g, '“'], [/’(?!\p{L})/gu, '”']],
  [[/’/g, '‘']],
];

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'restyle'; style: number }
  | { op: 'crlf' }
  | { op: 'one-paragraph' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(piece, nested) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restyle' as const), style: fc.nat({ max: STYLES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'one-paragraph' as const }) },
);

function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'duplicate': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    }
    case 'restyle':
      return STYLES[m.style].reduce((t, [re, to]) => t.replace(re, to), text);
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'one-paragraph':
      return text.replace(/\s*\n\s*/g, ' ');
  }
}

const mutated = fc.tuple(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12, size: 'max' })).map(([base, ms]) => ms.reduce(mutate, BASES[base]));

// ---------------------------------------------------------------------------------------------------------------
// The properties

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Every offset the analysis reports. */
function offsets(a: Analysis): Span[] {
  const spans: Span[] = [];
  for (const q of a.quotes) spans.push(q, ...(q.speaker ? [q.speaker] : []), ...(q.cue ? [q.cue] : []));
  for (const p of a.people) spans.push(...p.mentions);
  for (const c of a.claims) spans.push(c, ...c.triggers);
  spans.push(...a.problems);
  return spans;
}

/** analyze() holds every invariant on `text`, and gives the same answer twice. */
function holds(text: string): void {
  const first = analyze(text);
  assertWellFormed(text, first);
  // No span starts or ends between the two halves of an astral character (an emoji, 𝐀).
  for (const s of offsets(first)) {
    for (const at of [s.start, s.end]) {
      assert.ok(!(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `offset ${at} splits a surrogate pair`);
    }
  }
  assert.deepStrictEqual(analyze(text), first, 'a second analysis of the same text differs');
}

describe('analyze() on generated and mutated articles (fast-check)', () => {
  it('holds on the empty text and on whitespace alone', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\t\t', '\u200b', '\ufeff']) holds(text);
  });

  it('holds on articles made of hostile pieces', () => {
    fc.assert(fc.property(article, holds), params(120));
  });

  it('holds on nested, unbalanced and misordered quotation marks', () => {
    fc.assert(fc.property(nested, holds), params(150));
  });

  it('holds on the bundled articles with pieces inserted, deleted, duplicated, restyled and re-broken', () => {
    fc.assert(fc.property(mutated, holds), params(50));
  });

  it('holds on very long lines', () => {
    fc.assert(fc.property(longLine, holds), params(8));
  });

  it('holds on one paragraph of 100 KB made of every kind of piece (1 MB with FC_RUNS)', () => {
    const size = RUNS ? 1_000_000 : 100_000;
    const [parts] = fc.sample(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '\t')), { minLength: 4000, maxLength: 4000 }), { numRuns: 1, seed: SEED ?? 42 });
    const unit = parts.map(([p, sep]) => p.replace(/[\r\n\u2028\u2029\u000b\u000c]/g, ' ') + sep).join('');
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    assert.equal(text.split('\n').length, 1);
    holds(text);
  });
});
