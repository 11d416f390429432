// scripts/eval.mjs, the project's accuracy measurement, scored against a stub engine whose answers are fixed,
// on two tiny corpora whose figures are worked out by hand below. (That it agrees with the team's shared
// score.mjs and claims-score.mjs on the real corpora was checked when it was written; ../shared is not here.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EVAL = resolve(__dirname, '../../scripts/eval.mjs');

type Span = { start: number; end: number };
const at = (text: string, s: string, from = 0): Span => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, `fixture text lacks ${s}`);
  return { start, end: start + s.length };
};

// --- A GUM-style article with quotes, people and claim labels all at once.
const GUM_TEXT = 'Ann Lee said "we won today". Bob Day said "they lost". Lee left early. The film "Rain" opened.';
const s1 = at(GUM_TEXT, 'Ann Lee said "we won today".');
const s2 = at(GUM_TEXT, 'Bob Day said "they lost".');
const s3 = at(GUM_TEXT, 'Lee left early.');
const s4 = at(GUM_TEXT, 'The film "Rain" opened.');
const annLee = at(GUM_TEXT, 'Ann Lee');
const lee = at(GUM_TEXT, 'Lee', s3.start);
const bobDay = at(GUM_TEXT, 'Bob Day');
const weWon = at(GUM_TEXT, '"we won today"');
const theyLost = at(GUM_TEXT, '"they lost"');
const rain = at(GUM_TEXT, '"Rain"');

const GUM_DOC = {
  id: 'gum-like',
  text: GUM_TEXT,
  quotes: [
    { ...weWon, type: 'speech', speaker: 'Ann Lee', speakerStart: annLee.start, speakerEnd: annLee.end },
    { ...theyLost, type: 'partial', speaker: 'Bob Day', speakerStart: bobDay.start, speakerEnd: bobDay.end },
    { ...rain, type: 'title', speaker: null }, // not someone's words: not scored
  ],
  people: [
    { name: 'Ann Lee', mentions: [{ ...annLee, isName: true }, { ...lee, isName: true }] },
    { name: 'Bob Day', mentions: [{ ...bobDay, isName: true }] },
  ],
  sentences: [
    { ...s1, flag: true, category: 'single-source' },
    { ...s2, flag: false },
    { ...s3, flag: true, category: 'unconfirmed', borderline: true }, // left out
    { ...s4, flag: true, category: 'hedged' },
  ],
};
const GUM_PRED = {
  quotes: [
    { ...weWon, kind: 'speech', speaker: { name: 'Ann Lee', ...annLee } }, // exact, right speaker
    { start: theyLost.start, end: theyLost.end - 2, kind: 'partial', speaker: { name: 'Someone' } }, // Jaccard 9/11, inexact, wrong speaker
    { ...rain, kind: 'title', speaker: null }, // titles are not counted
    { start: s3.start, end: s3.end, kind: 'speech', speaker: null }, // extra
  ],
  people: [
    { name: 'Ann Lee', mentions: [annLee] },
    { name: 'Lee', mentions: [lee] }, // alias not merged
    { name: 'Bob Day', mentions: [bobDay] },
    { name: 'Rain', mentions: [{ start: rain.start + 1, end: rain.end - 1 }] }, // extra
  ],
  claims: [
    { ...s1 }, // s1 flagged: hit
    { start: s2.start + 2, end: s2.start + 6 }, // inside s2, not flagged: false alarm
    { ...s3 }, // borderline: ignored
  ], // s4 flagged, not found: missed
  problems: [],
};
// Quotes: 2 of 3 found are right, both gold found: P 66.7 R 100 F1 80; exact 1 of 2; speakers 1 of 2.
// People: 3 of 4 mentions right, all 3 found: P 75 R 100 F1 85.7.
// B³ over (gold, found) = (Ann, A) (Ann, L) (Bob, B): precision 1, recall (1/2 + 1/2 + 1)/3: F1 80.
// Claims: tp 1 (s1), fp 1 (s2), fn 1 (s4): P R F1 50.

// --- A PolNeAR-style article: attributions with quotation-marked parts; indirect ones are not quotations.
const POL_TEXT = 'Pat Cole said the plan "works well" and "costs less". Kim said taxes rise.';
const works = at(POL_TEXT, '"works well"');
const costs = at(POL_TEXT, '"costs less"');
const pat = at(POL_TEXT, 'Pat Cole');
const kim = at(POL_TEXT, 'Kim');
const POL_DOC = {
  id: 'polnear-like',
  text: POL_TEXT,
  quotes: [
    { type: 'mixed', directSpans: [works, costs], speaker: 'Pat Cole', speakerStart: pat.start, speakerEnd: pat.end },
    { type: 'indirect', directSpans: [], speaker: 'Kim', speakerStart: kim.start, speakerEnd: kim.end },
  ],
};
const POL_PRED = {
  quotes: [{ ...works, kind: 'speech', speaker: { name: 'Mr. Pat Cole' } }], // right by name, no span
  people: [],
  claims: [],
  problems: [],
};
// Quotes: P 100 R 50 F1 66.7; speaker acc 100, end-to-end 50.
// Both files pooled: quotes tp 3 of 4 found, 4 gold: 75/75/75; speakers 2 of 3 judged (66.7), of 4 (50).

describe('npm run eval (scripts/eval.mjs)', () => {
  let dir: string;
  let gum: string;
  let pol: string;
  let engine: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-eval-'));
    gum = join(dir, 'gum-like.jsonl');
    pol = join(dir, 'polnear-like.jsonl');
    engine = join(dir, 'stub-engine.cjs');
    writeFileSync(gum, JSON.stringify(GUM_DOC) + '\n');
    writeFileSync(pol, JSON.stringify(POL_DOC) + '\n');
    const answers = { [GUM_TEXT]: GUM_PRED, [POL_TEXT]: POL_PRED };
    writeFileSync(engine, `const answers = ${JSON.stringify(answers)};\nexports.analyze = (text) => answers[text];\n`);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const evaluate = (...args: string[]) => spawnSync(process.execPath, [EVAL, '--engine', engine, ...args], { encoding: 'utf8' });

  it('computes the figures of a GUM-style file', () => {
    const r = evaluate(gum, '--json');
    assert.equal(r.status, 0, r.stderr);
    const { files, total } = JSON.parse(r.stdout);
    const s = files[0].summary;
    const near = (got: number, want: number, what: string) => assert.ok(Math.abs(got - want) < 1e-9, `${what}: ${got} ≠ ${want}`);
    near(s.quoteP, 2 / 3, 'quote P');
    near(s.quoteR, 1, 'quote R');
    near(s.quoteF1, 0.8, 'quote F1');
    near(s.quoteExact, 0.5, 'exact');
    near(s.speakerAcc, 0.5, 'speaker acc');
    near(s.speakerEndToEnd, 0.5, 'speaker end-to-end');
    assert.equal(s.goldQuotes, 2);
    assert.equal(s.predQuotes, 3);
    near(s.personP, 0.75, 'person P');
    near(s.personR, 1, 'person R');
    near(s.personF1, 6 / 7, 'person F1');
    near(s.aliasB3F1, 0.8, 'alias B3 F1');
    assert.equal(s.goldNameMentions, 3);
    near(s.claimsP, 0.5, 'claims P');
    near(s.claimsR, 0.5, 'claims R');
    assert.deepEqual(s.claimSentences, { tp: 1, fp: 1, fn: 1, tn: 0 });
    assert.deepEqual(s.claimsRecallByCategory, { 'single-source': '1/1', hedged: '0/1' });
    assert.deepEqual(total, s);
  });

  it('prints percentages with one decimal, a line per file and the pooled total', () => {
    const r = evaluate(gum, pol);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const gumLine = lines.find((l) => l.startsWith('gum-like.jsonl:'));
    const polLine = lines.find((l) => l.startsWith('polnear-like.jsonl:'));
    const totalLine = lines.find((l) => l.startsWith('total:'));
    assert.ok(gumLine && polLine && totalLine, r.stdout);
    for (const figure of ['quote P/R/F1 66.7/100.0/80.0 (exact 50.0%)', 'speaker acc 50.0% (end-to-end 50.0%)', 'person P/R/F1 75.0/100.0/85.7', 'alias B3 F1 80.0', 'claims P/R/F1 50.0/50.0/50.0']) {
      assert.ok(gumLine.includes(figure), `${figure} in ${gumLine}`);
    }
    assert.ok(polLine.includes('quote P/R/F1 100.0/50.0/66.7 (exact 100.0%)'), polLine);
    assert.ok(polLine.includes('speaker acc 100.0% (end-to-end 50.0%)'), polLine);
    assert.ok(!polLine.includes('person'), 'no person figures without person labels');
    assert.ok(totalLine.includes('quote P/R/F1 75.0/75.0/75.0'), totalLine);
    assert.ok(totalLine.includes('speaker acc 66.7% (end-to-end 50.0%)'), totalLine);
    assert.ok(totalLine.includes('person P/R/F1 75.0/100.0/85.7'), totalLine);
  });

  it('--misses N lists what was missed and what was extra', () => {
    const r = evaluate(gum, '--misses', '20');
    assert.equal(r.status, 0, r.stderr);
    for (const miss of [
      'gum-like: wrong speaker for "they lost": gold "Bob Day", got "Someone"',
      'gum-like: extra quote Lee left early.',
      'gum-like: extra person mention “Rain” (Rain)',
      'gum-like: false alarm: Bob Day said "they lost".',
      'gum-like: missed claim (hedged): The film "Rain" opened.',
    ]) assert.ok(r.stdout.includes(miss), `${miss} in\n${r.stdout}`);
    const one = evaluate(gum, '--misses', '1');
    assert.match(one.stdout, /… 4 more/);
  });

  it('refuses bad arguments with a message and exit 2', () => {
    const missing = evaluate(join(dir, 'none.jsonl'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read/);
    const bad = evaluate(gum, '--misses', 'some');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--misses/);
  });
});
