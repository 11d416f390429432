// What a reader sees coloured in the founding article: quotations by kind, who said them, the cue, the
// people. Assertions are what a user must get on this article; the engine is never told about it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  FOUNDING_ARTICLE, WORKSPACE, closeAll, currentTokens, describeTokens, eventually, open, openUntitled, semanticTokens,
  type DecodedToken,
} from './helpers';

const onLine = (tokens: DecodedToken[], line: number) => tokens.filter((t) => t.range.start.line === line);
const lineOf = (document: vscode.TextDocument, needle: string) => document.positionAt(document.getText().indexOf(needle)).line;

describe('Semantic tokens on the founding article', () => {
  let document: vscode.TextDocument;
  let tokens: DecodedToken[];

  before(async () => {
    document = (await open(FOUNDING_ARTICLE)).document;
    tokens = await currentTokens(document);
  });
  after(closeAll);

  const quoteToken = (text: string) => tokens.find((t) => t.type === 'quote' && t.text === text);

  it('declares its token types and modifiers in the legend', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.deepEqual(legend.tokenTypes, ['quote', 'speaker', 'cue', 'person']);
    for (const m of ['speech', 'partial', 'scare', 'title', 'unattributed', 'organisation', 'group']) assert.ok(legend.tokenModifiers.includes(m), m);
  });

  it('marks every quotation, marks included', () => {
    for (const q of ['“comrades”', '“pelmeni”', '“great Russia”', '“sacred fight”', '“The United States has no right to lecture us on how to live,”']) {
      assert.ok(quoteToken(q), `${q} is a quote token\n${describeTokens(tokens.filter((t) => t.type === 'quote'))}`);
    }
    const kcna = tokens.filter((t) => t.type === 'quote' && t.text.startsWith('“') && t.text.endsWith('friendship,”'));
    assert.equal(kcna.length, 1, 'the second KCNA quotation is one token');
  });

  it('tells speech from a scare quote and a partial quote', () => {
    assert.ok(quoteToken('“The United States has no right to lecture us on how to live,”')!.modifiers.includes('speech'));
    assert.ok(quoteToken('“pelmeni”')!.modifiers.includes('scare'), describeTokens([quoteToken('“pelmeni”')!]));
    assert.ok(quoteToken('“great Russia”')!.modifiers.includes('partial'), describeTokens([quoteToken('“great Russia”')!]));
  });

  it('names Anatoly Antonov as the speaker of his quotation, with the cue "said"', () => {
    const line = onLine(tokens, lineOf(document, '“The United States has no right'));
    const quote = line.find((t) => t.type === 'quote')!;
    assert.ok(!quote.modifiers.includes('unattributed'), `attributed:\n${describeTokens(line)}`);
    const speaker = line.find((t) => t.type === 'speaker');
    assert.ok(speaker && /Antonov$/.test(speaker.text), `speaker token is Anatoly Antonov:\n${describeTokens(line)}`);
    const cue = line.find((t) => t.type === 'cue');
    assert.ok(cue && cue.text === 'said' && cue.range.start.isAfter(speaker.range.end), `cue "said" after him:\n${describeTokens(line)}`);
  });

  it('names KCNA, an organisation, as the speaker of both its quotations', () => {
    for (const opening of ['“At the end of the reception', '“Putin accepted the invitation']) {
      const line = onLine(tokens, lineOf(document, opening));
      const speaker = line.find((t) => t.type === 'speaker');
      assert.ok(speaker && speaker.text === 'KCNA', `speaker KCNA:\n${describeTokens(line)}`);
      assert.ok(speaker.modifiers.includes('organisation'), `KCNA is an organisation:\n${describeTokens(line)}`);
      assert.ok(line.some((t) => t.type === 'cue' && t.text === 'said'), `cue "said":\n${describeTokens(line)}`);
    }
  });

  it('marks people by their whole names', () => {
    const people = tokens.filter((t) => t.type === 'person' || t.type === 'speaker').map((t) => t.text);
    for (const name of ['Kim Jong-un', 'Vladimir Putin', 'Sergei Shoigu']) assert.ok(people.includes(name), `${name} in ${JSON.stringify(people)}`);
    assert.ok(!people.includes('Kim Jong-'), 'not cut at the hyphen');
  });

  it('gives the editor well-formed tokens: one line each, in order, never overlapping', () => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      assert.equal(t.range.start.line, t.range.end.line);
      assert.ok(t.text.length > 0);
      if (i > 0) assert.ok(!t.range.start.isBefore(tokens[i - 1].range.end), `${describeTokens([tokens[i - 1], t])}`);
    }
  });
});

describe('Semantic tokens as the user types', () => {
  afterEach(closeAll);

  it('follow edits, and the last answer is for the text as it is now', async () => {
    const editor = await openUntitled('The minister arrived late.\n');
    await currentTokens(editor.document, () => true);
    // Several quick edits: each supersedes the pending analysis of the one before.
    const words = ['“We ', 'will ', 'be ', 'back ', 'next ', 'year,” ', 'she ', 'said.'];
    for (const w of words) {
      await editor.edit((e) => e.insert(editor.document.lineAt(1).range.end, w));
    }
    const tokens = await currentTokens(editor.document, (t) => t.some((x) => x.type === 'quote'));
    const quote = tokens.find((t) => t.type === 'quote')!;
    assert.equal(quote.text, '“We will be back next year,”');
    assert.equal(quote.range.start.line, 1);
  });

  it('drop a quotation the user deletes', async () => {
    const editor = await openUntitled('“Nothing to add,” the spokesman said.\nThe talks went on.\n');
    await currentTokens(editor.document, (t) => t.some((x) => x.type === 'quote'));
    await editor.edit((e) => e.delete(editor.document.lineAt(0).rangeIncludingLineBreak));
    await currentTokens(editor.document, (t) => !t.some((x) => x.type === 'quote'));
  });
});

describe('Markdown and plain text, opted in with copydesk.languages', () => {
  const config = () => vscode.workspace.getConfiguration('copydesk');
  after(async () => {
    await config().update('languages', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('are left alone by default', async () => {
    const editor = await open(path.join(WORKSPACE, 'notes.md'));
    assert.equal(await semanticTokens(editor.document), undefined);
  });

  it('get the same quote highlighting once opted in', async () => {
    await config().update('languages', ['markdown', 'plaintext'], vscode.ConfigurationTarget.Global);
    for (const file of ['notes.md', 'notes.txt']) {
      const editor = await open(path.join(WORKSPACE, file));
      const tokens = await eventually(async () => {
        const t = await semanticTokens(editor.document);
        return t?.some((x) => x.type === 'quote') ? t : undefined;
      }, `quote tokens in ${file}`);
      assert.ok(tokens.some((t) => t.text === '“We have put this off for too long,”'));
    }
  });
});
