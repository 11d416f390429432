// The extension's pure helpers, in plain Node: tokens and highlights from an analysis, paragraph folding.
import * as assert from 'node:assert/strict';
import type { Analysis, Quote } from '../../../src/engine';
import { highlightsAt } from '../../../src/extension/model/highlights';
import { paragraphRanges } from '../../../src/extension/model/paragraphs';
import { TOKEN_MODIFIERS, modifierBits, resolveOverlaps, tokensOf } from '../../../src/extension/model/tokens';

const TEXT = '“We will win,” Ana Ferreira said. Ferreira, 52, smiled. “No,” he said.';
const span = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
};

function quote(text: string, extra: Partial<Quote> = {}): Quote {
  return { ...span(text), kind: 'speech', speaker: null, cue: null, ...extra };
}

const ana = { id: 'p-ana', name: 'Ana Ferreira', aliases: ['Ferreira'], role: null, age: 52, mentions: [span('Ana Ferreira'), span('Ferreira', span('said').end)], quotes: [0] };
const analysis: Analysis = {
  quotes: [
    quote('“We will win,”', { speaker: { ...span('Ana Ferreira'), name: 'Ana Ferreira', type: 'person', personId: 'p-ana' }, cue: span('said') }),
    quote('“No,”'),
  ],
  people: [ana],
  claims: [],
  problems: [],
};

describe('extension model: semantic tokens', () => {
  it('gives quotations their kind, unattributed speech its modifier, speakers and cues their types', () => {
    const tokens = tokensOf(analysis).map((t) => ({ text: TEXT.slice(t.start, t.end), type: t.type, modifiers: t.modifiers }));
    assert.deepEqual(tokens, [
      { text: '“We will win,”', type: 'quote', modifiers: ['speech'] },
      { text: 'Ana Ferreira', type: 'speaker', modifiers: [] },
      { text: 'said', type: 'cue', modifiers: [] },
      { text: 'Ferreira', type: 'person', modifiers: [] },
      { text: '“No,”', type: 'quote', modifiers: ['speech', 'unattributed'] },
    ]);
  });

  it('cuts a lower-priority token around a higher one instead of overlapping', () => {
    const out = resolveOverlaps([
      { start: 5, end: 10, type: 'person', modifiers: [] },
      { start: 0, end: 20, type: 'quote', modifiers: ['speech'] },
      { start: 18, end: 30, type: 'person', modifiers: [] },
    ]);
    assert.deepEqual(out.map((t) => [t.start, t.end, t.type]), [[0, 20, 'quote'], [20, 30, 'person']]);
  });

  it('encodes modifiers as bits in legend order', () => {
    assert.equal(modifierBits(['speech']), 1);
    assert.equal(modifierBits(['unattributed', 'speech']), 1 | (1 << TOKEN_MODIFIERS.indexOf('unattributed')));
  });
});

describe('extension model: document highlights', () => {
  const texts = (offset: number) => highlightsAt(analysis, offset).map((h) => `${h.role}:${TEXT.slice(h.start, h.end)}`);

  it('in a quotation: the quotation, its speaker and its cue', () => {
    assert.deepEqual(texts(span('will').start), ['text:“We will win,”', 'source:Ana Ferreira', 'cue:said']);
  });

  it('on the closing mark too (the cursor just after a quotation is still in it)', () => {
    assert.deepEqual(texts(span('“We will win,”').end), ['text:“We will win,”', 'source:Ana Ferreira', 'cue:said']);
  });

  it('on a later mention: every mention of the person and their quotation', () => {
    assert.deepEqual(texts(span('Ferreira,').start + 2), ['text:“We will win,”', 'source:Ana Ferreira', 'source:Ferreira']);
  });

  it('on an unattributed quotation: the quotation alone; elsewhere: nothing', () => {
    assert.deepEqual(texts(span('“No,”').start + 2), ['text:“No,”']);
    assert.deepEqual(texts(span('smiled').start + 2), []);
  });

  it('matches organisations, which are not people, by name', () => {
    const kcna = (needle: string, at: string) => ({ ...span(needle), kind: 'speech' as const, cue: null,
      speaker: { ...span(at), name: 'KCNA', type: 'organisation' as const, personId: null } });
    const org: Analysis = { quotes: [kcna('“We will win,”', 'Ana'), kcna('“No,”', 'he')], people: [], claims: [], problems: [] };
    const lit = highlightsAt(org, span('he').start).map((h) => TEXT.slice(h.start, h.end));
    assert.deepEqual(lit, ['“We will win,”', 'Ana', '“No,”', 'he']);
  });
});

describe('extension model: paragraph folding', () => {
  it('folds runs of two or more non-blank lines', () => {
    assert.deepEqual(paragraphRanges(['a', 'b', '', 'c', '', 'd', 'e', 'f']), [{ start: 0, end: 1 }, { start: 5, end: 7 }]);
    assert.deepEqual(paragraphRanges(['one line a paragraph', '', 'another']), []);
    assert.deepEqual(paragraphRanges([]), []);
  });
});
