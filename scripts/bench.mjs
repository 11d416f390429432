// npm run bench — speed and memory of the engine on articles of ~500, ~2,000, ~20,000 and ~100,000 words built
// from the bundled Wikinews texts, measured with tinybench (medians). Prints figures; asserts nothing: targets
// are read by people (issue 5), never enforced by timed unit tests.
//
//   full      one analysis from scratch, beside a bare compromise parse (nlp(text).people()) of the same text,
//             as a ratio measured side by side in the same run
//   edit      re-analysis by an ArticleSession after a one-character edit in the middle, a pasted paragraph,
//             and a deleted paragraph (each measured from the unedited version)
//   lookup    what a hover does: the person or quote at an offset, from the cached analysis
//   heap      peak heap growth while analysing the 100,000-word article (the lexicon loaded beforehand)
//   lexicon   what the first analysis in a fresh process adds: loading compromise's lexicon, which the engine
//             defers to its first look-up so that the extension starts without it
//   bundle    size of the minified extension bundle
//   start     extension activation, on that minified bundle: require('dist/extension.js') then activate(), each in a
//             fresh Node process with an in-process stand-in for the `vscode` module (scripts/activation.cjs; medians
//             of 9 processes). It counts evaluating the bundle and activate()'s own work; it does not count VS Code
//             starting the extension host or the real API calls (the stand-in answers at once), nor loading
//             compromise's lexicon, which happens at the first analysis, after activation and off the typing path.
//
// Timings on a shared machine vary from run to run; compare ratios measured in the same run, and medians of runs.
import { Bench } from 'tinybench';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';

const require = createRequire(import.meta.url);
const { analyze, ArticleSession } = require('../dist/engine.js');
const nlp = require('compromise');

const corpus = readFileSync(new URL('../test/corpus/gum-news-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).text);
const founding = readFileSync(new URL('../test/fixtures/kim-putin-summit.article', import.meta.url), 'utf8');
const pool = [founding, ...corpus];
const words = (t) => t.split(/\s+/).filter(Boolean).length;

/** An article of about n words: the bundled texts, repeated as needed. Each repeat is marked so that no two
 *  paragraphs are the same text (the engine caches by paragraph text, which would flatter a repeated article). */
function article(n) {
  const parts = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const round = Math.floor(i / pool.length);
    const t = round ? pool[i % pool.length].replace(/\n+/g, (gap) => ` (${round})${gap}`) + ` (${round})` : pool[i % pool.length];
    parts.push(t);
    count += words(t);
  }
  return parts.join('\n\n');
}

const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const median = (task) => task.result.latency.p50 ?? task.result.latency.mean;

/** Median time of fn in ms; `reset` runs before each iteration, untimed. */
async function timeOf(name, fn, time = 300, reset) {
  const bench = new Bench({ time, iterations: 5, warmupIterations: 2 });
  bench.add(name, fn, reset ? { beforeEach: reset } : {});
  await bench.run();
  return median(bench.tasks[0]);
}

// compromise's lexicon loads on the engine's first look-up (reported below, in a fresh process); load it here so
// that the first timings do not include it.
analyze('Mr Kim said.');

console.log(`Copydesk engine benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
console.log('medians of repeated runs (tinybench); times in ms\n');
console.log('words     full    compromise  ratio   1-char edit (% of full)   paste   delete   lookup');

for (const size of [500, 2000, 20000, 100000]) {
  const text = article(size);
  const n = words(text);
  const big = n > 50000;
  const full = await timeOf('analyze', () => analyze(text), big ? 3000 : 600);
  const bare = await timeOf('compromise', () => nlp(text).people(), big ? 3000 : 600);

  // Edits, each from the unedited text so every run re-does the same work.
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  const oneChar = text.slice(0, mid) + 'x' + text.slice(mid);
  const para = pool[1].split('\n\n')[2] ?? pool[1].slice(0, 400);
  const paraAt = text.indexOf('\n\n', Math.floor(text.length / 3));
  const pasted = text.slice(0, paraAt) + '\n\n' + para + text.slice(paraAt);
  const cutFrom = text.indexOf('\n\n', Math.floor((text.length * 2) / 3));
  const cutTo = text.indexOf('\n\n', cutFrom + 2);
  const deleted = cutTo > cutFrom ? text.slice(0, cutFrom) + text.slice(cutTo) : text.slice(0, -10);
  // The session is put back on the unedited text before each timed re-analysis of the edited one.
  const session = new ArticleSession();
  const editTime = (edited) => timeOf('edit', () => session.analyze(edited), big ? 3000 : 600, () => void session.analyze(text));
  const edit = await editTime(oneChar);
  const paste = await editTime(pasted);
  const del = await editTime(deleted);

  // A hover: the person mentioned at an offset, or the quote around it, from an analysis already made.
  const a = analyze(text);
  const offsets = a.people.flatMap((p) => p.mentions.map((m) => m.start + 1)).slice(0, 200);
  const lookup = await timeOf('lookup', () => {
    for (const at of offsets) {
      a.people.find((p) => p.mentions.some((m) => m.start <= at && at < m.end));
      a.quotes.find((q) => q.start <= at && at < q.end);
    }
  });
  const perLookup = offsets.length ? lookup / offsets.length : 0;

  console.log(
    `${String(n).padEnd(8)}  ${fmt(full).padStart(6)}  ${fmt(bare).padStart(10)}  ${(full / bare).toFixed(2).padStart(5)}   ` +
      `${fmt(edit).padStart(7)} (${((100 * edit) / full).toFixed(1)}%)`.padEnd(26) +
      `${fmt(paste).padStart(6)}  ${fmt(del).padStart(7)}   ${fmt(perLookup)}`,
  );
}

// Peak heap while analysing the largest article, in a fresh process so earlier runs do not count.
const heapScript = `
  const { analyze } = require('./dist/engine.js');
  const text = require('fs').readFileSync(0, 'utf8');
  // compromise's lexicon loads on the engine's first look-up: load it first (timed), so that only the analysis counts.
  const t0 = performance.now();
  analyze('Mr Kim said.');
  const lexiconMs = performance.now() - t0;
  global.gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 1);
  const a = analyze(text);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  console.log(JSON.stringify({ peakMB: (peak - before) / 1048576, quotes: a.quotes.length, people: a.people.length, lexiconMs }));
`;
const biggest = article(100000);
const heap = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '-e', heapScript], { cwd: new URL('..', import.meta.url), input: biggest, encoding: 'utf8', maxBuffer: 1 << 26 }),
);
console.log(`\nheap: analysing ${words(biggest)} words grew the heap by at most ${heap.peakMB.toFixed(1)} MB (${heap.quotes} quotes, ${heap.people} people)`);
console.log(`first analysis in a fresh process: ${fmt(heap.lexiconMs)} ms more, loading compromise's lexicon (once per process, after activation)`);

// The extension bundle as shipped: built minified into dist/, measured and started, then rebuilt with source maps.
const ext = new URL('../dist/extension.js', import.meta.url);
if (existsSync(new URL('../src/extension/extension.ts', import.meta.url))) {
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: new URL('..', import.meta.url), stdio: 'ignore' });
  const kb = statSync(ext).size / 1024;
  const web = statSync(new URL('../dist/web/extension.js', import.meta.url)).size / 1024;
  console.log(`bundle: dist/extension.js ${kb.toFixed(0)} KB, dist/web/extension.js ${web.toFixed(0)} KB (minified)`);
  const starts = [];
  for (let i = 0; i < 9; i++) {
    const out = execFileSync(process.execPath, ['scripts/activation.cjs'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
    starts.push(JSON.parse(out.trim().split('\n').pop()));
  }
  const failed = starts.find((r) => r.error);
  if (failed) console.log(`start: activation failed under the stand-in: ${failed.error}`);
  else {
    const mid = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const req = mid(starts.map((r) => r.requireMs));
    const act = mid(starts.map((r) => r.activateMs));
    const total = mid(starts.map((r) => r.requireMs + r.activateMs));
    console.log(`start: require + activate ${fmt(total)} ms (require ${fmt(req)}, activate ${fmt(act)}; ${starts[0].apiCalls} calls to the vscode stand-in; medians of ${starts.length} fresh processes)`);
  }
  execFileSync(process.execPath, ['esbuild.js'], { cwd: new URL('..', import.meta.url), stdio: 'ignore' });
}
