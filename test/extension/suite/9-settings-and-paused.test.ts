// Settings with a wrong value (reported once, naming the setting and the value; the default applies) and
// documents Copydesk does not analyse: over copydesk.maxDocumentSize, or binary (the status item says why).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, eventually, openUntitled, positionOf } from './helpers';

const config = () => vscode.workspace.getConfiguration('copydesk');
const messages = async () => ((await api()) as unknown as { settings: { messages: string[] } }).settings.messages;
/** The status item's summary of an analysed article: "2 quotes · 1 person · 1 to check". */
const SUMMARY = /^\d+ quotes? · \d+ (people|person)/;
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');

const ARTICLE = '“We will not go quietly,” the mayor, Ana Ferreira, said on Tuesday.\n\n“It must be completed in English.”\n\nThe council is alleged to have ignored the report, a source said.\n';

async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
}

describe('Settings with a wrong value', () => {
  afterEach(async () => {
    for (const name of ['claimsInProblems', 'analysisDelay', 'markUnattributedQuotes', 'peopleDirectories']) await config().update(name, undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('copydesk.claimsInProblems = "on": one message naming the setting and the value; the default (off) applies', async () => {
    const before = (await messages()).length;
    const { document } = await openUntitled(ARTICLE);
    await config().update('claimsInProblems', 'on', vscode.ConfigurationTarget.Global);
    const reported = await eventually(async () => ((await messages()).length > before ? (await messages()).slice(before) : undefined), 'a message');
    assert.deepEqual(reported, ['Copydesk: the setting "copydesk.claimsInProblems" should be true or false, not "on"; using the default, false.']);
    const copydesk = await api();
    await eventually(() => SUMMARY.test(copydesk.status.text) && vscode.window.activeTextEditor?.document === document, 'the article analysed');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(ours(document.uri).filter((d) => d.code === 'claim-to-check'), [], 'no claims in Problems: the default');
    // Other settings changing, and edits, do not repeat the message.
    await config().update('markUnattributedQuotes', false, vscode.ConfigurationTarget.Global);
    await config().update('markUnattributedQuotes', undefined, vscode.ConfigurationTarget.Global);
    await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated. '));
    await new Promise((r) => setTimeout(r, 800));
    assert.equal((await messages()).length, before + 1, (await messages()).slice(before).join('\n'));
  });

  it('copydesk.analysisDelay = "fast": reported, and the article is still analysed (default delay)', async () => {
    const copydesk = await api();
    const before = (await messages()).length;
    await config().update('analysisDelay', 'fast', vscode.ConfigurationTarget.Global);
    await eventually(async () => (await messages()).slice(before).some((m) => m.includes('"copydesk.analysisDelay"') && m.includes('not "fast"') && m.includes('using the default, 300')), 'the analysisDelay message');
    await openUntitled(ARTICLE);
    await eventually(() => SUMMARY.test(copydesk.status.text), 'a summary');
  });

  it('copydesk.peopleDirectories = "desk.yaml" (not a list): reported once, no extra file read; a list is used', async () => {
    const directory = ((await api()) as unknown as { directory: { files(): readonly vscode.Uri[] } }).directory;
    const extra = () => directory.files().filter((u) => u.path.endsWith('/desk.yaml')).length;
    const before = (await messages()).length;
    await config().update('peopleDirectories', 'desk.yaml', vscode.ConfigurationTarget.Global);
    const reported = await eventually(async () => ((await messages()).length > before ? (await messages()).slice(before) : undefined), 'a message');
    assert.equal(reported.length, 1, reported.join('\n'));
    assert.match(reported[0], /^Copydesk: the setting "copydesk\.peopleDirectories" should be a list of file paths .*, not "desk\.yaml"; using the default, \[\]\.$/);
    assert.equal(extra(), 0, 'the default: no extra file');
    await config().update('peopleDirectories', ['desk.yaml'], vscode.ConfigurationTarget.Global);
    await eventually(() => extra() === 1, 'desk.yaml among the directory files');
    assert.equal((await messages()).length, before + 1, 'the good value is not reported');
  });
});

describe('Documents too large or binary', () => {
  afterEach(async () => {
    await config().update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('over copydesk.maxDocumentSize: paused in the status item, no analysis; analysed again once small enough', async () => {
    const copydesk = await api();
    await config().update('maxDocumentSize', 1000, vscode.ConfigurationTarget.Global);
    const big = ARTICLE + 'The council met on Tuesday. '.repeat(180); // about 5,200 characters
    const editor = await openUntitled(big);
    const { document } = editor;
    await eventually(() => copydesk.status.text === 'Copydesk paused: 5 KB is over copydesk.maxDocumentSize', `the paused status (is "${copydesk.status.text}")`);
    assert.equal(copydesk.status.severity, vscode.LanguageStatusSeverity.Warning);
    assert.equal(copydesk.status.busy, false);
    // No analysis: no hover, no problems, no semantic tokens, empty views.
    assert.deepEqual(await hoversAt(document, positionOf(document, 'quietly')), []);
    assert.deepEqual(ours(document.uri), []);
    // The provider declines (cancels) while the document is paused.
    const tokens = await Promise.resolve(vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri)).catch(() => undefined);
    assert.ok(!tokens || tokens.data.length === 0, 'no semantic tokens');
    assert.equal(document.languageId, 'article', 'the grammar still colours it');
    // Cut back under the limit: analysed again.
    await editor.edit((e) => e.delete(new vscode.Range(document.positionAt(ARTICLE.length), document.positionAt(document.getText().length))));
    await eventually(() => SUMMARY.test(copydesk.status.text), 'a summary again');
    assert.ok((await hoversAt(document, positionOf(document, 'quietly'))).length > 0, 'a hover on the quotation');
  });

  it('an analysed article that grows past copydesk.maxDocumentSize drops its problems', async () => {
    const copydesk = await api();
    await config().update('maxDocumentSize', 1000, vscode.ConfigurationTarget.Global);
    const editor = await openUntitled(`${ARTICLE}\nAdvertisement\n\nThe vote is on Friday.\n`);
    const { document } = editor;
    await eventually(() => SUMMARY.test(copydesk.status.text), 'analysed while small');
    await eventually(() => ours(document.uri).length > 0, 'a problem while small (the pasted "Advertisement" line)');
    await editor.edit((e) => e.insert(document.positionAt(document.getText().length), 'The council met on Tuesday. '.repeat(60)));
    await eventually(() => copydesk.status.text.startsWith('Copydesk paused:'), `paused (is "${copydesk.status.text}")`);
    await eventually(() => ours(document.uri).length === 0, 'no problems left from before');
  });

  it('raising copydesk.maxDocumentSize resumes the analysis', async () => {
    const copydesk = await api();
    await config().update('maxDocumentSize', 1000, vscode.ConfigurationTarget.Global);
    await openUntitled(ARTICLE + 'The council met on Tuesday. '.repeat(60));
    await eventually(() => copydesk.status.text.startsWith('Copydesk paused: 2 KB is over copydesk.maxDocumentSize'), `paused (is "${copydesk.status.text}")`);
    await config().update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
    await eventually(() => SUMMARY.test(copydesk.status.text), 'a summary');
  });

  it('binary-looking text (NUL characters): paused, with no analysis', async () => {
    const copydesk = await api();
    const { document } = await openUntitled(`PK\u0003\u0004\u0000\u0000${ARTICLE}`);
    await eventually(() => copydesk.status.text === 'Copydesk paused: this looks like a binary file, not text', `the paused status (is "${copydesk.status.text}")`);
    assert.deepEqual(await hoversAt(document, positionOf(document, 'quietly')), []);
    assert.deepEqual(ours(document.uri), []);
  });
});
