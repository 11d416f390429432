// Claim decisions in plain Node (src/decisions): re-anchoring after edits, the file's format and merging,
// and the store's saves — atomic, merged between windows, never over a file it cannot read.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  anchorDecisions,
  DecisionStore,
  folderStoreFiles,
  mergeFiles,
  parseFile,
  serializeFile,
  similarity,
  words,
  type Decision,
  type FolderFs,
  type StoreFiles,
} from '../../../src/decisions';
import { analyze } from '../../../src/engine';

const ROOT = join(__dirname, '../../..');
const SAMPLE = readFileSync(join(ROOT, 'samples/uk-asylum-questionnaire.article'), 'utf8');
const SKY = 'A leaked internal letter seen by Sky News says';

function decision(claim: { id: string; text: string }, status: Decision['status'] = 'verified', at = '2025-01-01T00:00:00.000Z'): Decision {
  return { key: claim.id, claimId: claim.id, text: claim.text, status, note: '', decidedAt: at, anchoredAt: at };
}

/** The claim whose sentence contains `needle`. */
function claimWith(text: string, needle: string) {
  const c = analyze(text).claims.find((x) => x.text.includes(needle));
  assert.ok(c, `a claim containing "${needle}"`);
  return c;
}

describe('decisions: sentence similarity', () => {
  it('is 1 for the same words, whatever the punctuation and case', () => {
    assert.equal(similarity(words('Officials said, “it is over.”'), words('officials said it is over')), 1);
  });

  it('stays high after a light edit and is low for another sentence', () => {
    const a = words('A leaked internal letter seen by Sky News says the forms must be returned within twenty days.');
    const edited = words('A leaked internal letter obtained by Sky News says the forms must be returned within 20 working days.');
    const other = words('Officials tell BBC News every claim will be assessed, with the i reporting no one will be refused.');
    assert.ok(similarity(a, edited) > 0.8, String(similarity(a, edited)));
    assert.ok(similarity(a, other) < 0.4, String(similarity(a, other)));
  });

  it('gives up early (0) when the bound says the pair cannot reach the threshold', () => {
    assert.equal(similarity(words('one two three'), words('four five six seven'), 0.5), 0);
  });
});

describe('decisions: anchoring to the claims of the text as it is now', () => {
  const original = claimWith(SAMPLE, SKY);
  const verified = decision(original);

  it('finds an unchanged sentence by its id', () => {
    const { claims } = analyze(SAMPLE);
    const a = anchorDecisions([verified], claims);
    assert.equal(a.byClaim.filter(Boolean).length, 1);
    assert.equal(claims[a.byClaim.indexOf(verified)].id, original.id);
    assert.deepEqual(a.keptAside, []);
    assert.deepEqual(a.moved, []);
  });

  it('follows a light edit of the sentence, and asks for the new anchor to be stored', () => {
    const text = SAMPLE.replace(SKY, 'A leaked internal letter obtained by Sky News says');
    const { claims } = analyze(text);
    const a = anchorDecisions([verified], claims);
    const i = a.byClaim.indexOf(verified);
    assert.ok(i >= 0, 'still decided');
    assert.match(claims[i].text, /obtained by Sky News/);
    assert.notEqual(claims[i].id, original.id, 'the engine gave the edited sentence a new id');
    assert.equal(a.moved.length, 1);
    assert.equal(a.moved[0].claim.id, claims[i].id);
  });

  it('follows the sentence to another paragraph', () => {
    const sentence = original.text;
    const without = SAMPLE.replace(sentence, '').replace(/\n\n\s*\n\n/, '\n\n');
    const text = without.replace('Figures to be published today', `${sentence}\n\nFigures to be published today`);
    const { claims } = analyze(text);
    const i = anchorDecisions([verified], claims).byClaim.indexOf(verified);
    assert.ok(i >= 0);
    assert.equal(claims[i].text, sentence);
    assert.ok(claims[i].start > text.indexOf('Labour has a common-sense plan'), 'found where it now is');
  });

  it('keeps a decision aside when its sentence is deleted, and gives it to no other sentence', () => {
    const text = SAMPLE.replace(original.text, '');
    const { claims } = analyze(text);
    const a = anchorDecisions([verified], claims);
    assert.deepEqual(a.byClaim.filter(Boolean), []);
    assert.deepEqual(a.keptAside, [verified]);
  });

  it('keeps it aside when the sentence is rewritten past recognition', () => {
    const rewritten = 'Sky News has seen a letter.';
    const claims = [{ id: 'c-new', text: rewritten }, ...analyze(SAMPLE.replace(original.text, '')).claims];
    const a = anchorDecisions([verified], claims);
    assert.deepEqual(a.keptAside, [verified]);
  });

  it('gives each sentence one decision and each decision one sentence', () => {
    const twin = { id: 'same', text: 'Officials said the plan was reportedly dropped last week.' };
    const d1 = { ...decision(twin), key: 'k1' };
    const d2 = { ...decision(twin), key: 'k2' };
    const a = anchorDecisions([d1, d2], [twin, { ...twin }]);
    assert.deepEqual(a.byClaim, [d1, d2], 'two identical sentences, one decision each');
    const b = anchorDecisions([d1, d2], [twin]);
    assert.deepEqual(b.byClaim, [d1]);
    assert.deepEqual(b.keptAside, [d2]);
  });

  it('prefers the closest sentence when an edit leaves two candidates', () => {
    const d = decision({ id: 'old', text: 'The minister reportedly resigned on Tuesday after the vote.' });
    const near = { id: 'a', text: 'The minister reportedly resigned on Tuesday night after the vote.' };
    const far = { id: 'b', text: 'The minister reportedly resigned after the vote in parliament.' };
    const a = anchorDecisions([d], [far, near]);
    assert.equal(a.byClaim[1], d);
  });

  it('ignores reopened claims (status open)', () => {
    const a = anchorDecisions([decision(original, 'open')], analyze(SAMPLE).claims);
    assert.deepEqual(a.byClaim.filter(Boolean), []);
    assert.deepEqual(a.keptAside, []);
  });
});

describe('decisions: the file', () => {
  const d = decision({ id: 'claim-1', text: 'It was reportedly true.' });

  it('round-trips and is written in a stable order', () => {
    const file = { version: 1 as const, documents: { 'b.article': [{ ...d, key: 'z' }, d], 'a.article': [d] } };
    const text = serializeFile(file);
    const parsed = parseFile(text);
    assert.ok(parsed.ok);
    assert.equal(serializeFile(parsed.file), text);
    assert.ok(text.indexOf('"a.article"') < text.indexOf('"b.article"'));
    assert.ok(text.endsWith('\n'));
  });

  it('reads an empty file as no decisions', () => {
    assert.deepEqual(parseFile('  \n'), { ok: true, file: { version: 1, documents: {} } });
  });

  for (const [name, text, expected] of [
    ['not JSON', '{"version": 1, "documents": {', /not valid JSON/],
    ['a list', '[]', /not a JSON object/],
    ['a newer version', '{"version": 2, "documents": {}}', /"version" is 2/],
    ['documents missing', '{"version": 1}', /"documents" must be an object/],
    ['an unknown status', JSON.stringify({ version: 1, documents: { 'a.article': [{ ...d, status: 'maybe' }] } }), /documents\["a\.article"\]\[0\]: "status" must be .*not "maybe"/],
    ['a number for a key', JSON.stringify({ version: 1, documents: { 'a.article': [{ ...d, key: 7 }] } }), /"key" must be a non-empty string/],
    ['a key twice', JSON.stringify({ version: 1, documents: { 'a.article': [d, d] } }), /appears twice/],
  ] as const) {
    it(`reports ${name}, saying where`, () => {
      const parsed = parseFile(text);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(parsed.error, expected);
    });
  }

  it('merges two versions the same way whichever comes first: the later decision, the later anchor', () => {
    const mine = { version: 1 as const, documents: { 'a.article': [{ ...d, status: 'verified' as const, decidedAt: '2025-01-02T00:00:00.000Z' }] } };
    const theirs = {
      version: 1 as const,
      documents: {
        'a.article': [{ ...d, status: 'dismissed' as const, decidedAt: '2025-01-01T00:00:00.000Z', claimId: 'claim-2', text: 'It was reportedly so.', anchoredAt: '2025-01-03T00:00:00.000Z' }],
        'b.article': [{ ...d, key: 'other' }],
      },
    };
    const ab = mergeFiles(mine, theirs);
    assert.equal(serializeFile(ab), serializeFile(mergeFiles(theirs, mine)));
    const merged = ab.documents['a.article'][0];
    assert.equal(merged.status, 'verified');
    assert.equal(merged.claimId, 'claim-2');
    assert.equal(ab.documents['b.article'].length, 1);
  });
});

/** Node's fs as the store's FolderFs, with a hook to fail a step. */
function nodeFolder(dir: string, fail?: { rename?: boolean; write?: (name: string) => boolean }): FolderFs {
  return {
    async read(name) {
      try {
        return await fsp.readFile(join(dir, name));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    async write(name, data) {
      if (fail?.write?.(name)) {
        writeFileSync(join(dir, name), data.slice(0, 10)); // half written, then the "crash"
        throw new Error('disk full');
      }
      await fsp.writeFile(join(dir, name), data);
    },
    async rename(from, to) {
      if (fail?.rename) throw new Error('power cut');
      renameSync(join(dir, from), join(dir, to));
    },
    remove: (name) => fsp.rm(join(dir, name), { force: true }),
    makeFolder: async () => void mkdirSync(dir, { recursive: true }),
  };
}

describe('decisions: the store and its file', () => {
  let root: string;
  let dir: string;
  let reports: string[];
  const file = () => join(dir, 'claims.json');
  const claim = (n: number) => ({ id: `claim-${n}`, text: `Sentence number ${n} was reportedly said.` });
  let clock = 0;
  const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString();
  const store = (folder = nodeFolder(dir)) => new DecisionStore(folderStoreFiles(folder), (m) => reports.push(m), now);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'copydesk-decisions-'));
    dir = join(root, '.copydesk');
    reports = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes nothing until there is a decision, then the file, leaving no temporary file behind', async () => {
    const s = store();
    await s.load();
    assert.deepEqual(readdirSync(root), []);
    await s.decide('a.article', claim(1), 'verified', 'rang the council');
    assert.deepEqual(readdirSync(dir), ['claims.json']);
    const parsed = parseFile(readFileSync(file(), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.documents['a.article'][0].note, 'rang the council');
  });

  it('survives a restart: a new store reads what the last one saved', async () => {
    await store().decide('a.article', claim(1), 'dismissed');
    const again = store();
    await again.load();
    assert.equal(again.decisions('a.article')[0].status, 'dismissed');
  });

  it('merges two windows that save one after the other, instead of overwriting', async () => {
    const one = store();
    const two = store();
    await one.load();
    await two.load();
    await one.decide('a.article', claim(1), 'verified');
    await two.decide('a.article', claim(2), 'dismissed'); // two never reloaded: it must not drop claim 1
    await two.decide('b.article', claim(3), 'verified');
    const parsed = parseFile(readFileSync(file(), 'utf8'));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.documents['a.article'].map((d) => d.claimId).sort(), ['claim-1', 'claim-2']);
    await one.load();
    assert.equal(one.decisions('a.article').length, 2, 'the first window learns of the second one’s decision');
  });

  it('lets a later reopen in one window win over an earlier verification in the other', async () => {
    const one = store();
    const two = store();
    await one.decide('a.article', claim(1), 'verified');
    await two.load();
    await two.decide('a.article', claim(1), 'open', '', two.decisions('a.article')[0].key);
    await one.decide('a.article', claim(2), 'verified');
    const d = one.decisions('a.article').find((x) => x.claimId === 'claim-1');
    assert.equal(d?.status, 'open');
  });

  it('keeps the old file whole when a save dies mid-write or before the rename', async () => {
    await store().decide('a.article', claim(1), 'verified');
    const before = readFileSync(file(), 'utf8');
    for (const fail of [{ write: (n: string) => n.endsWith('.tmp') }, { rename: true }]) {
      const s = store(nodeFolder(dir, fail));
      await s.decide('a.article', claim(2), 'verified');
      assert.equal(readFileSync(file(), 'utf8'), before, 'claims.json untouched');
      assert.deepEqual(readdirSync(dir), ['claims.json'], 'the temporary file is cleared away');
      assert.equal(s.decisions('a.article').length, 2, 'the decision is kept in memory');
    }
    assert.ok(reports.some((r) => /could not save .*disk full/.test(r)), reports.join('\n'));
  });

  it('reports a corrupt file, keeps a copy aside, and never writes over it', async () => {
    mkdirSync(dir);
    const corrupt = '{"version": 1, "documents": {"a.article": [ {"key": "k", "status": "verifed" ';
    writeFileSync(file(), corrupt);
    const s = store();
    await s.load();
    assert.match(s.problem ?? '', /not a Copydesk decisions file: not valid JSON/);
    await s.decide('a.article', claim(1), 'verified');
    await s.decide('a.article', claim(2), 'verified');
    assert.equal(readFileSync(file(), 'utf8'), corrupt, 'left exactly as it was');
    const copies = readdirSync(dir).filter((f) => f.includes('unreadable'));
    assert.equal(copies.length, 1, 'one copy, however many saves');
    assert.equal(readFileSync(join(dir, copies[0]), 'utf8'), corrupt);
    assert.equal(reports.length, 1, reports.join('\n'));
    assert.match(reports[0], /\.copydesk\/claims\.json is not a Copydesk decisions file.*copy is kept in \.copydesk\/claims\.json\.unreadable-/);
    assert.equal(s.decisions('a.article').length, 2, 'decisions held in memory');

    // Fixed by hand: the next load takes it up again and saves what was held meanwhile.
    writeFileSync(file(), '');
    await s.load();
    assert.equal(s.problem, undefined);
    const parsed = parseFile(readFileSync(file(), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.documents['a.article'].length, 2);
  });

  it('does not write again when nothing changed (no churn between windows)', async () => {
    let writes = 0;
    const counting: StoreFiles = { ...folderStoreFiles(nodeFolder(dir)), name: 'x' };
    const inner = counting.write;
    counting.write = async (t) => {
      writes++;
      return inner(t);
    };
    const s = new DecisionStore(counting, (m) => reports.push(m), now);
    await s.decide('a.article', claim(1), 'verified');
    await s.load();
    await s.load();
    assert.equal(writes, 1);
  });

  it('re-anchors a decision and keeps its key', async () => {
    const s = store();
    await s.decide('a.article', claim(1), 'verified', 'ok');
    const d = s.decisions('a.article')[0];
    await s.reanchor('a.article', [{ decision: d, claim: { id: 'claim-1b', text: 'Sentence number one was reportedly said.' } }]);
    const after = s.decisions('a.article')[0];
    assert.equal(after.key, d.key);
    assert.equal(after.claimId, 'claim-1b');
    assert.equal(after.note, 'ok');
  });
});
