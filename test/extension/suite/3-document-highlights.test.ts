// Put the cursor in a quotation: its speaker and cue light up. On a name: every mention of that person and
// every quotation of theirs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FOUNDING_ARTICLE, closeAll, currentTokens, highlightsAt, open, positionOf, type Lit } from './helpers';

const show = (lit: Lit[]) => lit.map((l) => `${l.range.start.line}:${l.range.start.character} ${vscode.DocumentHighlightKind[l.kind]} ${JSON.stringify(l.text)}`).join('\n');

describe('Document highlights on the founding article', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = (await open(FOUNDING_ARTICLE)).document;
    await currentTokens(document);
  });
  after(closeAll);

  it('in Antonov’s quotation: lights the quotation, Anatoly Antonov and "said"', async () => {
    const lit = await highlightsAt(document, positionOf(document, 'no right to lecture', 0, 3));
    const quote = lit.find((l) => l.text.startsWith('“The United States has no right'));
    assert.ok(quote, `the quotation:\n${show(lit)}`);
    const speaker = lit.find((l) => /Antonov$/.test(l.text));
    assert.ok(speaker, `the speaker:\n${show(lit)}`);
    assert.equal(speaker.kind, vscode.DocumentHighlightKind.Write);
    const cue = lit.find((l) => l.text === 'said' && l.range.start.line === quote.range.start.line);
    assert.ok(cue, `the cue:\n${show(lit)}`);
    assert.equal(cue.kind, vscode.DocumentHighlightKind.Read);
  });

  it('in a KCNA quotation: lights KCNA and "said"', async () => {
    const lit = await highlightsAt(document, positionOf(document, 'courteously invited'));
    assert.ok(lit.some((l) => l.text === 'KCNA'), show(lit));
    assert.ok(lit.some((l) => l.text === 'said'), show(lit));
  });

  it('on the cue: lights the quotation and its speaker too', async () => {
    const said = positionOf(document, 'Anatoly Antonov, said', 0, 'Anatoly Antonov, '.length + 1);
    const lit = await highlightsAt(document, said);
    assert.ok(lit.some((l) => l.text.startsWith('“The United States has no right')), show(lit));
  });

  it('on "Mr Kim": lights every mention of Kim Jong-un, and no one else', async () => {
    const lit = await highlightsAt(document, positionOf(document, 'Mr Kim (39)', 0, 4));
    const texts = lit.map((l) => l.text);
    assert.ok(texts.includes('Kim Jong-un'), `the full name in the first line:\n${show(lit)}`);
    const misterKims = lit.filter((l) => /^(Mr )?Kim$/.test(l.text));
    assert.ok(misterKims.length >= 5, `every "Mr Kim":\n${show(lit)}`);
    assert.ok(!texts.some((t) => /Putin|Antonov|Shoigu/.test(t)), `no one else:\n${show(lit)}`);
  });

  it('on Antonov’s name: lights his quotation as well', async () => {
    const lit = await highlightsAt(document, positionOf(document, 'Anatoly Antonov', 0, 10));
    assert.ok(lit.some((l) => l.text.startsWith('“The United States has no right')), show(lit));
  });

  // (VS Code then falls back to its own highlighting of the same word, as in any file.)
  it('on an ordinary word: adds nothing of its own', async () => {
    const lit = await highlightsAt(document, positionOf(document, 'sturgeon', 0, 2));
    assert.deepEqual(lit, []);
  });
});
