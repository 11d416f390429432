#!/usr/bin/env node
// Copydesk's accuracy measurement: runs the engine in-process on annotated articles and scores what it finds.
//
//   npm run eval -- CORPUS.jsonl [more.jsonl …] [--misses N] [--json] [--engine MODULE]
//   npm run eval                  (no corpus named: the project's own fixtures in test/corpus/)
//
// A corpus is JSON Lines, one article a line, in the format of test/corpus/README.md:
//   {"id","text","quotes":[…],"people":[…]}   quotes with speakers, people with their name mentions (GUM)
//   {"id","text","quotes":[…]}                quotes as attribution relations, with `type` direct|mixed|indirect
//                                             and the quotation-marked `directSpans` (PolNeAR conversion)
//   {"id","text","sentences":[…]}             sentences a copy editor would (`flag`) or would not verify
//
// The figures are the team's yardsticks, computed exactly as ../shared/tools/score.mjs (quotes, speakers,
// people, aliases) and ../shared/tools/claims-score.mjs (claims) compute them from the CLI's output, so the two
// can be compared number for number. With several corpus files, each gets its own line and the total pools the
// counts of the files that carry that kind of label (micro-average, as if the files were one corpus).
//
// PolNeAR (/work/data/polnear) has no licence: measure on it locally, but never commit its text — not the
// corpus, not misses printed from it pasted into fixtures, tests or commit messages.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_ENGINE = resolve(ROOT, 'dist/engine.js');
const DEFAULT_CORPORA = ['test/corpus/gum-news-dev.jsonl', 'test/corpus/gum-news-claims-dev.jsonl'].map((f) => resolve(ROOT, f));
const USAGE = `usage: npm run eval -- [CORPUS.jsonl …] [--misses N] [--json] [--engine MODULE]
  CORPUS.jsonl      annotated articles (default: the fixtures in test/corpus/)
  --misses N        print the first N misses of each file (missed and extra quotes, wrong speakers,
                    missed and extra person mentions, missed and false-alarm claims)
  --json            print the figures as one JSON object (fractions, not percentages)
  --engine MODULE   a CommonJS module exporting analyze(text) (default: dist/engine.js)`;

// ---------------------------------------------------------------------------------------------------------------
// Matching spans

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const jaccard = (a, b) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const inside = (a, b) => a.start >= b.start && a.end <= b.end;

/**
 * One-to-one greedy matching of predicted to gold spans, best Jaccard first (ties in gold, then predicted order).
 * A pair qualifies when its Jaccard is at least `minJaccard`, or — with `containment` — when one span lies inside
 * the other: GUM marks whole noun phrases ("Texas student Ahmed Mohamed"), a tool marks the name in it.
 * Returns a Map from gold index to predicted index.
 */
function matchSpans(gold, pred, minJaccard, containment = false) {
  const pairs = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const j = jaccard(g, p);
      const contained = containment && overlap(g, p) > 0 && (inside(g, p) || inside(p, g));
      if (j >= minJaccard || contained) pairs.push({ j, gi, pi });
    }),
  );
  pairs.sort((a, b) => b.j - a.j); // stable: equal scores keep their order
  const matched = new Map();
  const predUsed = new Set();
  for (const { gi, pi } of pairs) {
    if (matched.has(gi) || predUsed.has(pi)) continue;
    matched.set(gi, pi);
    predUsed.add(pi);
  }
  return matched;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotes and speakers

/** Kinds that count as someone's words; the other names are what other tools in the same contract call them. */
const SPEECH_KINDS = new Set(['speech', 'partial', 'direct', 'quote', undefined, null]);

/** Quotation marks, spaces and punctuation at either end do not make a quote span inexact. */
const innerText = (s) => s.replace(/^[\s"“”‘’'«»„.,;:!?—–-]+|[\s"“”‘’'«»„.,;:!?—–-]+$/g, '');
/** Words of three or more letters, for comparing a speaker's name with the gold speaker. */
const nameWords = (s) => (s || '').toLowerCase().match(/[\p{L}][\p{L}'’-]{2,}/gu) || [];
const NOT_A_NAME = new Set(['the', 'and', 'said', 'says', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'their', 'who', 'for', 'with']);

/**
 * The quotations a tool should find: GUM's speech and partial quotes (not scare quotes or titles), or the
 * quotation-marked parts of PolNeAR's direct and mixed attributions. Each span once, with its attribution's speaker.
 */
function goldQuotes(doc) {
  const gold = [];
  const seen = new Set();
  for (const g of doc.quotes || []) {
    const spans = g.directSpans ? (g.type === 'indirect' ? [] : g.directSpans) : ['speech', 'partial'].includes(g.type) ? [g] : [];
    for (const s of spans) {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      gold.push({ start: s.start, end: s.end, speaker: g.speaker, speakerName: g.speakerName, speakerStart: g.speakerStart, speakerEnd: g.speakerEnd });
    }
  }
  return gold;
}

/** A speaker is right when its mention overlaps the gold speaker's, or its name shares a word with the gold one. */
function speakerIsRight(got, gold) {
  if (!got) return false;
  if (got.start != null && gold.speakerStart != null && overlap(got, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) return true;
  const goldWords = new Set([...nameWords(gold.speaker), ...nameWords(gold.speakerName)].filter((w) => !NOT_A_NAME.has(w)));
  return nameWords(got.name).some((w) => !NOT_A_NAME.has(w) && goldWords.has(w));
}

function scoreQuotes(doc, analysis, tally, misses) {
  const text = doc.text;
  const show = (span, n) => text.slice(span.start, span.end).replace(/\s+/g, ' ').slice(0, n); // spans carry their marks
  const gold = goldQuotes(doc);
  const pred = (analysis.quotes || []).filter((p) => SPEECH_KINDS.has(p.kind));
  const matched = matchSpans(gold, pred, 0.5);
  tally.quotes.tp += matched.size;
  tally.quotes.pred += pred.length;
  tally.quotes.gold += gold.length;
  gold.forEach((g, gi) => {
    if (g.speaker != null) tally.speakers.goldWithSpeaker++;
    const pi = matched.get(gi);
    if (pi === undefined) {
      misses.push(`${doc.id}: missed quote ${show(g, 70)}`);
      return;
    }
    const p = pred[pi];
    if (innerText(text.slice(g.start, g.end)) === innerText(text.slice(p.start, p.end))) tally.quotes.exact++;
    if (g.speaker == null) return;
    tally.speakers.judged++;
    if (speakerIsRight(p.speaker, g)) tally.speakers.right++;
    else misses.push(`${doc.id}: wrong speaker for ${show(g, 50)}: gold "${g.speaker}", got ${p.speaker ? `"${p.speaker.name}"` : 'none'}`);
  });
  const predMatched = new Set(matched.values());
  pred.forEach((p, pi) => {
    if (!predMatched.has(pi)) misses.push(`${doc.id}: extra quote ${show(p, 70)} (${p.kind})`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// People and aliases

function scorePeople(doc, analysis, tally, misses) {
  const gold = [];
  doc.people.forEach((person, entity) => (person.mentions || []).forEach((m) => m.isName && gold.push({ ...m, entity, name: person.name })));
  const pred = [];
  (analysis.people || []).forEach((person, entity) => (person.mentions || []).forEach((m) => pred.push({ ...m, entity, name: person.name })));
  const matched = matchSpans(gold, pred, 0.5, true);
  tally.people.tp += matched.size;
  tally.people.pred += pred.length;
  tally.people.gold += gold.length;

  // B-cubed over the matched mentions: do mentions of one person in the gold stay together in the output,
  // and apart from the others?
  const pairs = [...matched].map(([gi, pi]) => [gold[gi].entity, pred[pi].entity]);
  for (const [goldEntity, predEntity] of pairs) {
    const samePred = pairs.filter(([, pe]) => pe === predEntity);
    const sameGold = pairs.filter(([ge]) => ge === goldEntity);
    tally.aliases.precision += samePred.filter(([ge]) => ge === goldEntity).length / samePred.length;
    tally.aliases.recall += sameGold.filter(([, pe]) => pe === predEntity).length / sameGold.length;
    tally.aliases.mentions++;
  }

  const mention = (m) => `“${doc.text.slice(m.start, m.end)}”`;
  gold.forEach((g, gi) => {
    if (!matched.has(gi)) misses.push(`${doc.id}: missed person mention ${mention(g)} (${g.name})`);
  });
  const predMatched = new Set(matched.values());
  pred.forEach((p, pi) => {
    if (!predMatched.has(pi)) misses.push(`${doc.id}: extra person mention ${mention(p)} (${p.name})`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Claims

/**
 * Sentence level: a sentence counts as flagged when a claim covers at least half of it or lies inside it.
 * Borderline sentences are left out.
 */
function scoreClaims(doc, analysis, tally, misses) {
  const claims = analysis.claims || [];
  for (const s of doc.sentences) {
    if (s.borderline) continue;
    const half = (s.end - s.start) / 2;
    const hit = claims.some((c) => {
      const o = Math.min(c.end, s.end) - Math.max(c.start, s.start);
      return o > 0 && (o >= half || (c.start >= s.start && c.end <= s.end));
    });
    const c = tally.claims;
    if (s.flag && hit) c.tp++;
    else if (s.flag) c.fn++;
    else if (hit) c.fp++;
    else c.tn++;
    if (s.flag) {
      const byCat = (c.byCategory[s.category || '?'] ??= { found: 0, flagged: 0 });
      byCat.flagged++;
      if (hit) byCat.found++;
    }
    if (hit !== !!s.flag) {
      const sentence = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 110);
      misses.push(`${doc.id}: ${hit ? 'false alarm' : `missed claim (${s.category || '?'})`}: ${sentence}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tallies and figures

function newTally() {
  return {
    docs: 0,
    ms: 0,
    errors: 0,
    has: { quotes: false, people: false, claims: false },
    quotes: { tp: 0, pred: 0, gold: 0, exact: 0 },
    speakers: { right: 0, judged: 0, goldWithSpeaker: 0 },
    people: { tp: 0, pred: 0, gold: 0 },
    aliases: { precision: 0, recall: 0, mentions: 0 },
    claims: { tp: 0, fp: 0, fn: 0, tn: 0, byCategory: {} },
  };
}

/** Adds a file's tally to the total, each kind of figure only from files labelled for it. */
function addTally(total, t) {
  const add = (into, from) => {
    for (const [k, v] of Object.entries(from)) {
      if (typeof v === 'number') into[k] += v;
      else add((into[k] ??= Object.fromEntries(Object.keys(v).map((x) => [x, 0]))), v);
    }
  };
  total.docs += t.docs;
  total.ms += t.ms;
  total.errors += t.errors;
  if (t.has.quotes) {
    add(total.quotes, t.quotes);
    add(total.speakers, t.speakers);
  }
  if (t.has.people) {
    add(total.people, t.people);
    add(total.aliases, t.aliases);
  }
  if (t.has.claims) add(total.claims, t.claims);
  for (const k of Object.keys(t.has)) total.has[k] ||= t.has[k];
}

const ratio = (a, b) => (b ? a / b : 0);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

/** The figures, named as score.mjs and claims-score.mjs name them, as fractions. */
function summarize(t) {
  const s = { docs: t.docs, analyseMs: Math.round(t.ms) };
  if (t.errors) s.errors = t.errors;
  if (t.has.quotes) {
    const p = ratio(t.quotes.tp, t.quotes.pred), r = ratio(t.quotes.tp, t.quotes.gold);
    Object.assign(s, {
      quoteP: p, quoteR: r, quoteF1: f1(p, r), quoteExact: ratio(t.quotes.exact, t.quotes.tp),
      speakerAcc: ratio(t.speakers.right, t.speakers.judged), speakerEndToEnd: ratio(t.speakers.right, t.speakers.goldWithSpeaker),
      goldQuotes: t.quotes.gold, predQuotes: t.quotes.pred,
    });
  }
  if (t.has.people) {
    const p = ratio(t.people.tp, t.people.pred), r = ratio(t.people.tp, t.people.gold);
    const a = t.aliases;
    Object.assign(s, {
      personP: p, personR: r, personF1: f1(p, r),
      aliasB3F1: f1(ratio(a.precision, a.mentions), ratio(a.recall, a.mentions)), goldNameMentions: t.people.gold,
    });
  }
  if (t.has.claims) {
    const { tp, fp, fn, tn, byCategory } = t.claims;
    const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn);
    Object.assign(s, {
      claimsP: p, claimsR: r, claimsF1: f1(p, r), claimSentences: { tp, fp, fn, tn },
      claimsRecallByCategory: Object.fromEntries(Object.entries(byCategory).map(([k, v]) => [k, `${v.found}/${v.flagged}`])),
    });
  }
  return s;
}

const pct = (x) => (100 * x).toFixed(1);

/** One line, worded like score.mjs's so the two can be read side by side. */
function summaryLine(name, s) {
  const parts = [`${name}: ${s.docs} docs analysed in ${s.analyseMs} ms${s.errors ? ` (${s.errors} failed)` : ''}`];
  if ('quoteF1' in s) {
    parts.push(
      `quote P/R/F1 ${pct(s.quoteP)}/${pct(s.quoteR)}/${pct(s.quoteF1)} (exact ${pct(s.quoteExact)}%)`,
      `speaker acc ${pct(s.speakerAcc)}% (end-to-end ${pct(s.speakerEndToEnd)}%)`,
    );
  }
  if ('personF1' in s) parts.push(`person P/R/F1 ${pct(s.personP)}/${pct(s.personR)}/${pct(s.personF1)}`, `alias B3 F1 ${pct(s.aliasB3F1)}`);
  if ('claimsF1' in s) {
    const { tp, fp, fn, tn } = s.claimSentences;
    parts.push(`claims P/R/F1 ${pct(s.claimsP)}/${pct(s.claimsR)}/${pct(s.claimsF1)} (${tp + fn} flagged sentences of ${tp + fp + fn + tn})`);
  }
  return parts.join('; ');
}

// ---------------------------------------------------------------------------------------------------------------
// Running

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function readCorpus(file) {
  let lines;
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch (e) {
    fail(`cannot read ${file} (${e.code || e.message})`);
  }
  const docs = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      docs.push(JSON.parse(line));
    } catch (e) {
      fail(`${file}:${i + 1}: not a JSON line (${e.message})`);
    }
  });
  return docs;
}

function loadEngine(path) {
  if (!existsSync(path)) fail(`${path} not found: build it first with \`node esbuild.js\` (\`npm run eval\` builds it)`);
  const engine = createRequire(import.meta.url)(path);
  if (typeof engine.analyze !== 'function') fail(`${path} does not export analyze(text)`);
  return engine;
}

/** Analyses and scores every article of one corpus file. */
function evaluateFile(file, analyze) {
  const tally = newTally();
  const misses = [];
  for (const doc of readCorpus(file)) {
    // The CLI strips a byte-order mark before analysing; corpus texts carry none, so the engine sees doc.text.
    let analysis;
    const t0 = performance.now();
    try {
      analysis = analyze(doc.text);
    } catch (e) {
      // Scored as an empty analysis, so one failing article does not hide the figures of the rest.
      tally.errors++;
      if (tally.errors <= 3) process.stderr.write(`eval: ${doc.id}: the engine threw: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}\n`);
      analysis = { quotes: [], people: [], claims: [], problems: [] };
    }
    tally.ms += performance.now() - t0;
    tally.docs++;
    if (doc.quotes?.length) tally.has.quotes = true;
    // Counted as score.mjs counts them; listed as misses only where the article carries quote labels.
    scoreQuotes(doc, analysis, tally, doc.quotes ? misses : []);
    if (doc.people) {
      tally.has.people = true;
      scorePeople(doc, analysis, tally, misses);
    }
    if (doc.sentences) {
      tally.has.claims = true;
      scoreClaims(doc, analysis, tally, misses);
    }
  }
  return { file, tally, misses };
}

// `npm run eval | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { misses: { type: 'string' }, json: { type: 'boolean' }, engine: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const missCount = values.misses === undefined ? 0 : Number(values.misses);
  if (!Number.isInteger(missCount) || missCount < 0) fail(`--misses must be a whole number, not "${values.misses}"`);
  const { analyze } = loadEngine(values.engine ? resolve(values.engine) : DEFAULT_ENGINE);
  const corpora = positionals.length ? positionals : DEFAULT_CORPORA;

  const results = corpora.map((file) => evaluateFile(file, analyze));
  const total = newTally();
  for (const r of results) addTally(total, r.tally);

  if (values.json) {
    const files = results.map((r) => ({ file: r.file, summary: summarize(r.tally), ...(missCount ? { misses: r.misses.slice(0, missCount) } : {}) }));
    process.stdout.write(JSON.stringify({ files, total: summarize(total) }) + '\n');
  } else {
    for (const r of missCount ? results : []) {
      process.stdout.write(`== ${r.file}: ${r.misses.length} misses\n`);
      for (const line of r.misses.slice(0, missCount)) process.stdout.write(`  ${line}\n`);
      if (r.misses.length > missCount) process.stdout.write(`  … ${r.misses.length - missCount} more\n`);
    }
    for (const r of results) {
      const s = summarize(r.tally);
      process.stdout.write(summaryLine(basename(r.file), s) + '\n');
      if (s.claimsRecallByCategory) {
        const cats = Object.entries(s.claimsRecallByCategory).map(([k, v]) => `${k} ${v}`);
        process.stdout.write(`  claims found by category: ${cats.join(', ')}\n`);
      }
    }
    if (results.length > 1) process.stdout.write(summaryLine('total', summarize(total)) + '\n');
  }
  return total.errors ? 1 : 0;
}

process.exitCode = main();
