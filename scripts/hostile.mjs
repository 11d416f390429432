#!/usr/bin/env node
// How the engine's time grows on hostile copy: for each family of worst inputs (long runs of the characters a
// pattern repeats, deep nesting, one enormous paragraph, thousands of speakers), the analysis at n and 4n
// characters. Linear time gives a ratio near 4 and quadratic 16; a ratio over 8 is reported as superlinear and
// the script exits 1. Every analysis is also checked for spans that lie outside the text or do not slice back
// to their text. The unit tests in test/engine/hostile.test.ts assert completion and correctness on the same
// families without timing anything; this script is where the figures come from.
//
//   npm run hostile                      every family at 50,000 and 200,000 characters, then 1 MB inputs
//   npm run hostile -- --size 20000      another n
//   npm run hostile -- --only dots,emoji some families
//   npm run hostile -- --list            the families
//
// Runs the TypeScript sources through tsx (node --import tsx), so nothing needs building first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../src/engine/index.ts';
import { assertSpans } from '../test/engine/invariants.ts';
import { word } from '../test/engine/words.ts';

const ROOT = new URL('..', import.meta.url);
const USAGE = 'usage: npm run hostile -- [--size N] [--only FAMILY,...] [--list] [--no-large] [--help]';
let values;
try {
  ({ values } = parseArgs({
    options: { size: { type: 'string', default: '50000' }, only: { type: 'string' }, list: { type: 'boolean' }, 'no-large': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (e) {
  // An unknown option or a missing value: say which, and how to call the script, not a stack trace.
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

/** `unit` repeated to about n characters. */
const rep = (unit, n) => unit.repeat(Math.max(1, Math.round(n / unit.length)));
/** Units made by `f(i)`, joined until about n characters. */
function build(n, f) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const s = f(i);
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}
/** Deterministic pseudo-random numbers. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const corpus = ['test/corpus/gum-news-dev.jsonl', 'test/corpus/gum-news-claims-dev.jsonl'].flatMap((f) =>
  readFileSync(new URL(f, ROOT), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).text),
);
const realCopy = corpus.join('\n\n');
const corpusParagraphs = corpus.flatMap((t) => t.split(/\n+/)).filter((p) => p.trim());
/** The corpus's paragraphs to about n characters; repeats are marked so that no paragraph is analysed from cache. */
const copy = (n) => build(n, (i) => {
  const cycle = Math.floor(i / corpusParagraphs.length);
  return `${corpusParagraphs[i % corpusParagraphs.length]}${cycle ? ` (${cycle})` : ''}\n\n`;
});

const MIXED_PIECES = [
  'the', 'minister', 'said', 'Mr Kim', 'Ms Jane Okafor', 'told reporters', 'according to', 'officials', 'allegedly',
  'denied', 'could not be independently verified', '45,000', '50%', '$5bn', '“', '”', '"', "'", '‘', '’', '«', '»', '„',
  "''", ',', '.', '…', '—', '(', ')', ':', '\t', '\u200b', '\u200d', '\u0301', '😀', '👩‍👩‍👧', '𝐀', 'שלום', 'مرحبا', '\u200f',
  '中文', 'Ünïcödé', 'O’Neill', 'rock ’n’ roll', 'the ’90s', 'leaders’',
];
function mixedParagraph(n) {
  const rnd = random(2024);
  return build(n, () => MIXED_PIECES[Math.floor(rnd() * MIXED_PIECES.length)] + (rnd() < 0.8 ? ' ' : ''));
}

/** name → [what it attacks, generator of about n characters]. */
const FAMILIES = {
  // Words: text.ts WORD (letters joined by - ' ’ . &), KEEPS_DOT, POSSESSIVE; names.ts runs of capitals.
  'one-joined-word': ['one word of letters and joiners (a-b’c.d&e…)', (n) => rep("ab-c'd’e.f&g", n)],
  'one-combining-word': ['one word of letters with combining accents', (n) => rep('e\u0301', n)],
  'one-plain-word': ['one word of a single letter repeated', (n) => rep('a', n)],
  'dotted-word': ['a.a.a.a… (initials joined by dots)', (n) => rep('a.', n)],
  'capitalised-words': ['capitalised words with no stop (a name run)', (n) => rep('Abc ', n)],
  initials: ['A. A. A. … (initials and sentence ends)', (n) => rep('A. ', n)],
  'no-punctuation': ['one line of lower-case prose with no punctuation', (n) => rep('lorem ipsum dolor sit amet ', n)],
  'real-copy': ['the bundled corpus articles, repeated', copy],
  // Sentence ends: text.ts sentence pattern.
  'dots-before-lowercase': ['a run of dots not followed by a capital', (n) => `a${'.'.repeat(n)} b`],
  'dots-before-capital': ['a run of dots followed by a capital', (n) => `a${'.'.repeat(n)} B`],
  'bangs': ['!?!?!? with no capital after', (n) => rep('!?', n)],
  ellipses: ['…… run', (n) => rep('…', n)],
  'stop-then-spaces': ['a full stop, then a long run of spaces', (n) => `a.${' '.repeat(n)}b`],
  // Quotation marks: quotes.ts scan, quoteKind.ts, attribution.ts.
  'straight-doubles': ['"""""" straight quotation marks', (n) => rep('"', n)],
  'curly-opens': ['““““““', (n) => rep('“', n)],
  'curly-closes': ['””””””', (n) => rep('”', n)],
  'curly-pairs': ['“”“”“”', (n) => rep('“”', n)],
  apostrophes: ["'''''' (apostrophes)", (n) => rep("'", n)],
  'curly-apostrophes': ['’’’’’’', (n) => rep('’', n)],
  'typewriter-pairs': ["''''''", (n) => rep("''", n)],
  backticks: ['``````', (n) => rep('`', n)],
  guillemets: ['«a» «a» …', (n) => rep('«a» ', n)],
  'nested-singles': ['‘a ‘a ‘a … a’ a’ a’ (deep nesting)', (n) => rep('‘a ', n / 2) + rep('a’ ', n / 2)],
  'single-opens-then-closes': ['‘a ‘a … then ””…', (n) => rep('‘a ', n / 2) + rep('”', n / 6)],
  'straight-single-opens': [" 'a 'a 'a … (singles that never close)", (n) => rep(" 'a", n)],
  'plural-possessives': ['leaders’ meeting leaders’ meeting …', (n) => rep('leaders’ meeting ', n)],
  's-apostrophes': ["s' s' s' …", (n) => rep("s' ", n)],
  'unclosed-quote': ['one quotation opened and never closed, then prose', (n) => '“' + rep('and so it went on ', n)],
  'quote-per-sentence': ['“Yes,” he said. × n in one paragraph', (n) => rep('“Yes,” he said. ', n)],
  // Joining a quotation's re-opened paragraphs removed each part by search: quadratic in a long run.
  'reopened-paragraphs': ['“Words go on.\\n“Words go on.\\n … (one quotation re-opened in every paragraph, never closed)', (n) => rep('“Words go on.\n', n / 2)],
  'reopened-singles': ['‘Words go on.\\n‘Words go on.\\n … (the same in single marks)', (n) => 'He said: ' + rep('‘Words go on.\n', n / 2)],
  'reopened-then-closed': ['“Words go on.\\n … ” (re-opened in every paragraph, closed at the end)', (n) => rep('“Words go on.\n', n / 2) + 'End.”'],
  'commas-in-title': ['“A ,,,,,, B” (a capitalised quotation full of commas)', (n) => `He wrote “A ${','.repeat(n)} B” on it.`],
  'initials-in-quote': ['“A. A. … \\u2028A” (stops before a line separator)', (n) => `He wrote “${rep('A. ', n)}\u2028A” on it.`],
  // Whitespace and lines: paragraphs, hard wrapping, debris lines.
  newlines: ['\\n\\n\\n…', (n) => rep('\n', n)],
  'crlf-lines': ['a\\r\\n a\\r\\n … (one-letter paragraphs)', (n) => rep('a\r\n', n)],
  'short-paragraphs': ['one sentence per paragraph, blank lines between', (n) => rep('The council met on Tuesday.\n\n', n)],
  tabs: ['\\t\\t\\t…', (n) => rep('\t', n)],
  'zero-width': ['letters with zero-width spaces and joiners', (n) => rep('a\u200b\u200d', n)],
  'hard-wrapped': ['prose hard-wrapped at 60 columns, no blank lines', (n) => rep('the council met on tuesday and said it would\nconsider the matter again when it next sat and\n', n)],
  headlines: ['headline-shaped lines', (n) => rep('Big News Today Here\n', n)],
  advertisement: ['Advertisement lines', (n) => rep('Advertisement\n', n)],
  // Scripts.
  emoji: ['emoji and ZWJ sequences', (n) => rep('👩‍👩‍👧 😀 ', n)],
  astral: ['astral-plane letters (𝐀𝐁𝐂)', (n) => rep('𝐀𝐁𝐂 ', n)],
  'right-to-left': ['Hebrew and Arabic with right-to-left marks', (n) => rep('שלום \u200fمرحبا ', n)],
  cjk: ['Chinese without spaces', (n) => rep('中华人民共和国', n)],
  // Numbers and claims: claimFigures.ts, claimRules.ts, phrases.ts.
  digits: ['one run of digits', (n) => rep('1', n)],
  'comma-numbers': ['12,345 12,345 … in one sentence', (n) => rep('12,345 ', n)],
  percentages: ['50% 50% … in one sentence', (n) => rep('50% ', n)],
  currency: ['$5bn £3m … in one sentence', (n) => rep('$5bn £3m ', n)],
  hedges: ['allegedly allegedly … in one sentence', (n) => rep('allegedly ', n)],
  'unconfirmed-phrases': ['could not be independently verified … in one sentence', (n) => rep('could not be independently verified ', n)],
  'passive-accusations': ['he was accused of lying … in one sentence', (n) => rep('he was accused of lying ', n)],
  'speakers-one-sentence': ['Mr Kim said Mr Kim said … in one sentence', (n) => rep('Mr Kim said ', n)],
  superlatives: ['the largest ever … in one sentence', (n) => rep('the largest since 2015 and ', n)],
  'denials-one-sentence': ['that, was not true … in one sentence (each verb looked back for an admission)', (n) => rep('officials said that, was not true, ', n)],
  'censure-one-sentence': ['campaigners say the corrupt mayor failed … in one sentence', (n) => rep('campaigners say the corrupt mayor failed to pay staff, ', n)],
  'unnamed-agents': ['was dismissed by insiders and quoted aides as saying … in one sentence', (n) => rep('it was dismissed by insiders and quoted aides as saying that, ', n)],
  ages: ['the 70-year-old president …', (n) => rep('the 70-year-old president ', n)],
  // People and attribution: names.ts, people.ts, attribution.ts, peopleLookup.ts.
  'transcript-speakers': ['a transcript of different speakers', (n) => build(n, (i) => `Mr Baton ${word(i)}son spoke.\n“${word(i).toUpperCase()}SON: Yes.”\n`)],
  'pronoun-speakers': ['John X arrived. “Yes,” he said. × n in one paragraph', (n) => build(n, (i) => `John ${word(i)}son arrived. “Yes,” he said. `)],
  'role-speakers': ['X, a spokesman … the spokesman said, different people', (n) => build(n, (i) => `Peter ${word(i)}son, a spokesman, was there.\n“No,” the spokesman said.\n`)],
  'subject-test': ['alternating speakers and people named in between', (n) => build(n, (i) => `“A,” said John ${word(i)}son.\nPeter ${word(i + 1)}son arrived.\n“B,” he said.\n`)],
  'unknown-gender-pronouns': ['unknown names, then “…,” she said, in one paragraph', (n) => build(n, (i) => `Baton ${word(i)}son arrived. “Yes,” she said. `)],
  'many-people-one-paragraph': ['thousands of people in one paragraph', (n) => build(n, (i) => `Baton ${word(i)}son said “yes” and he left. `)],
  'many-organisations': ['thousands of organisations, then “it said”', (n) => build(n, (i) => `The ${word(i)} Council met. “Yes,” it said. `)],
  'name-headings': ['a round-up: a name line, then its quotation, × n', (n) => build(n, (i) => `Baton ${word(i)}son\n\n“Yes, we won.”\n\n`)],
  'one-said': ['“…,” one said. × n in one paragraph, no group named', (n) => rep('“It is over,” one said. ', n)],
  'inner-speech': ['one quotation holding thousands of “I said, ‘…’”', (n) => `“${rep('I said, ‘go away now.’ ', n)}” she said.`],
  'unresolved-pronouns': ['“…,” he said. × n with nobody named', (n) => rep('“Yes,” he said. ', n)],
  'office-holders': ['thousands of people named, then “the chancellor said”', (n) => `${build(n / 2, (i) => `Baton ${word(i)}son, `)}met. “Yes,” the chancellor said. ${rep('“No,” the chancellor said. ', n / 2)}`],
  'coordinated-quotes': ['a sentence of thousands of coordinated partial quotations', (n) => `Peter Baton called it ${rep('“awful”, ', n)}and “bad”.`],
  'names-after-and': ['a sentence of thousands of “… and Kim “…” the “…”” closed by “KCNA said”', (n) => `${rep('Kim “personally organised” the “drill” and ', n / 2)}then, KCNA said.`],
  // Everything at once.
  'mixed-paragraph': ['one paragraph of every piece above, at random', mixedParagraph],
};

/** Inputs of about 1 MB, analysed once each for the time per 1,000 words. */
const LARGE = ['mixed-paragraph', 'no-punctuation', 'real-copy', 'capitalised-words', 'quote-per-sentence', 'unclosed-quote', 'reopened-paragraphs', 'hard-wrapped'];

// ---------------------------------------------------------------------------------------------------------------
// Measuring

const countWords = (text) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function timed(text) {
  const t0 = performance.now();
  const a = analyze(text);
  const ms = performance.now() - t0;
  assertSpans(text, a);
  return ms;
}

/** Best of `times` runs: the machine's noise only ever adds time. */
const best = (text, times) => Math.min(...Array.from({ length: times }, () => timed(text)));

const perThousandWords = (ms, words) => (words >= 1000 ? (ms / words) * 1000 : null);
const fmt = (x, digits = 0) => (x === null ? '—' : x.toFixed(digits));

if (values.list) {
  for (const [name, [what]] of Object.entries(FAMILIES)) console.log(`${name.padEnd(28)} ${what}`);
  process.exit(0);
}

const n = Number(values.size);
if (!Number.isInteger(n) || n < 1000) {
  console.error('--size must be a whole number of characters, at least 1000');
  process.exit(2);
}
const only = values.only ? new Set(values.only.split(',')) : null;
for (const name of only ?? []) {
  if (!(name in FAMILIES)) {
    console.error(`unknown family "${name}" (npm run hostile -- --list)`);
    process.exit(2);
  }
}

timed(realCopy); // warm up
let worst = { perK: 0, name: '' };
const superlinear = [];
const failures = [];
console.log(`Each family at ${n.toLocaleString('en')} and ${(4 * n).toLocaleString('en')} characters (best of runs).`);
console.log(`${'family'.padEnd(28)} ${'ms(n)'.padStart(8)} ${'ms(4n)'.padStart(8)} ${'ratio'.padStart(6)} ${'words(4n)'.padStart(10)} ${'ms/1k words'.padStart(12)}`);
for (const [name, [, gen]] of Object.entries(FAMILIES)) {
  if (only && !only.has(name)) continue;
  try {
    const small = gen(n);
    const large = gen(4 * n);
    let a = best(small, 3);
    let b = timed(large);
    // A ratio that looks superlinear is measured again, more times, before it is reported: a garbage collection
    // in one run is tens of milliseconds.
    if (b / Math.max(a, 1) > 8) {
      a = Math.min(a, best(small, 5));
      b = Math.min(b, best(large, 3));
    }
    const ratio = b / Math.max(a, 1);
    const words = countWords(large);
    const perK = perThousandWords(b, words);
    if (perK !== null && perK > worst.perK) worst = { perK, name: `${name} at ${large.length.toLocaleString('en')} characters` };
    const flag = ratio > 8 && b > 100 ? '  SUPERLINEAR' : '';
    if (flag) superlinear.push(name);
    console.log(`${name.padEnd(28)} ${fmt(a).padStart(8)} ${fmt(b).padStart(8)} ${fmt(ratio, 1).padStart(6)} ${String(words).padStart(10)} ${fmt(perK, 1).padStart(12)}${flag}`);
  } catch (e) {
    failures.push(name);
    console.log(`${name.padEnd(28)} FAILED: ${e.message.split('\n')[0]}`);
  }
}

if (!values['no-large']) {
  console.log('\nAbout 1 MB each, analysed once.');
  for (const name of LARGE) {
    if (only && !only.has(name)) continue;
    const text = FAMILIES[name][1](1_000_000);
    try {
      const ms = timed(text);
      const words = countWords(text);
      const perK = perThousandWords(ms, words);
      if (perK !== null && perK > worst.perK) worst = { perK, name: `${name} at ${text.length.toLocaleString('en')} characters` };
      console.log(`${name.padEnd(28)} ${fmt(ms).padStart(8)} ms ${String(words).padStart(10)} words ${fmt(perK, 1).padStart(8)} ms/1k words`);
    } catch (e) {
      failures.push(name);
      console.log(`${name.padEnd(28)} FAILED: ${e.message.split('\n')[0]}`);
    }
  }
}

console.log(worst.name ? `\nWorst time per 1,000 words: ${worst.perK.toFixed(1)} ms (${worst.name}).` : '\nNo input of 1,000 words or more was measured.');
if (superlinear.length) console.log(`Superlinear (time at 4n over 8 × time at n): ${superlinear.join(', ')}`);
if (failures.length) console.log(`Spans outside the text or not slicing to their text: ${failures.join(', ')}`);
process.exitCode = superlinear.length || failures.length ? 1 : 0;
