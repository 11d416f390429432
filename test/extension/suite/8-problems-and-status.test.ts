// The Problems panel (speech with no speaker, unbalanced marks, pasted-page debris faded as unnecessary;
// claims when copydesk.claimsInProblems is on), its quick fixes, and the language status item.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FOUNDING_ARTICLE, SAMPLE_ARTICLE, api, closeAll, currentTokens, engine, eventually, open, openUntitled } from './helpers';
import { PASTED_LINES } from '../../fixtures/kimPutinSummit';

const ours = (uri: vscode.Uri, code?: string) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk' && (code === undefined || String(d.code) === code));

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

describe('Problems', () => {
  afterEach(closeAll);

  it('pasted-page debris: hints, faded as unnecessary, from Copydesk', async () => {
    const { document } = await open(FOUNDING_ARTICLE);
    const debris = await eventually(() => (ours(document.uri, 'pasted-debris').length === PASTED_LINES.length ? ours(document.uri, 'pasted-debris') : undefined), 'six pasted lines');
    for (const d of debris) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
      assert.deepEqual(d.tags, [vscode.DiagnosticTag.Unnecessary]);
    }
    assert.deepEqual(debris.map((d) => document.getText(d.range)), PASTED_LINES);
  });

  it('speech with no speaker', async () => {
    const { document } = await open(SAMPLE_ARTICLE);
    const [d] = await eventually(() => ours(document.uri, 'unattributed-quote'), 'an unattributed quote');
    assert.equal(document.getText(d.range), '"must be completed in English"');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(d.message, /no speaker/);
  });

  it('an unbalanced quotation mark', async () => {
    const { document } = await openUntitled('“We will not go quietly, the mayor said.\n\nThe council met on Tuesday.\n');
    const [d] = await eventually(() => ours(document.uri, 'unbalanced-quote'), 'an unbalanced mark');
    assert.equal(document.getText(d.range).charAt(0), '“');
  });

  it('Remove pasted line: deletes that line only, nothing around it', async () => {
    const editor = await openUntitled(fs.readFileSync(FOUNDING_ARTICLE, 'utf8'));
    const uri = editor.document.uri;
    const [first] = await eventually(() => ours(uri, 'pasted-debris'), 'debris');
    const actions = await actionsAt(uri, first.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Remove pasted line'), titles.join(', '));
    assert.ok(titles.includes(`Remove all pasted lines (${PASTED_LINES.length})`), titles.join(', '));
    const remove = actions.find((a) => a.title === 'Remove pasted line')!;
    assert.ok(remove.isPreferred);
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(remove.edit!));
    assert.equal(editor.document.getText(), before.replace(`${PASTED_LINES[0]}\n`, ''));
  });

  it('fix-all (source.fixAll.copydesk, for codeActionsOnSave) removes every pasted line', async () => {
    const editor = await openUntitled(fs.readFileSync(FOUNDING_ARTICLE, 'utf8'));
    const uri = editor.document.uri;
    await eventually(() => ours(uri, 'pasted-debris').length === PASTED_LINES.length, 'debris');
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [fixAll] = await actionsAt(uri, all, 'source.fixAll.copydesk');
    assert.ok(fixAll, 'a fix-all action');
    assert.equal(fixAll.kind?.value, 'source.fixAll.copydesk');
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(editor.document.getText(), PASTED_LINES.reduce((t, line) => t.replace(`${line}\n`, ''), before));
    await eventually(() => ours(uri, 'pasted-debris').length === 0, 'no debris left');
  });

  it('Remove All Pasted Lines from the Command Palette', async () => {
    const editor = await openUntitled(fs.readFileSync(FOUNDING_ARTICLE, 'utf8'));
    await currentTokens(editor.document);
    assert.equal(await vscode.commands.executeCommand('copydesk.removePastedLines'), PASTED_LINES.length);
    assert.ok(!PASTED_LINES.some((line) => editor.document.getText().includes(line)));
    assert.ok(editor.document.getText().includes('“At the end of the reception'), 'the article itself stays');
  });
});

describe('Claims in Problems (copydesk.claimsInProblems)', () => {
  const config = () => vscode.workspace.getConfiguration('copydesk');
  after(async () => {
    await config().update('claimsInProblems', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('are off by default', async () => {
    const { document } = await open(SAMPLE_ARTICLE);
    await eventually(() => ours(document.uri).length > 0, 'the other problems');
    assert.deepEqual(ours(document.uri, 'claim-to-check'), []);
  });

  it('once on: one information diagnostic per claim still open, with Mark Verified and Dismiss as quick fixes', async () => {
    const { document } = await open(SAMPLE_ARTICLE);
    const claims = engine().analyze(document.getText()).claims;
    await config().update('claimsInProblems', true, vscode.ConfigurationTarget.Global);
    const diagnostics = await eventually(() => (ours(document.uri, 'claim-to-check').length === claims.length ? ours(document.uri, 'claim-to-check') : undefined), 'a diagnostic per claim');
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const claim = claims.find((c) => c.category === 'single-source')!;
    const sky = diagnostics.find((d) => d.message === `Single source: ${claim.reason}`);
    assert.ok(sky, diagnostics.map((d) => d.message).join('\n'));
    const actions = await actionsAt(document.uri, sky.range);
    const dismiss = actions.find((a) => a.title === 'Dismiss claim');
    assert.ok(actions.some((a) => a.title === 'Mark claim verified…'), actions.map((a) => a.title).join(', '));
    assert.ok(dismiss?.command);
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments ?? []));
    await eventually(() => ours(document.uri, 'claim-to-check').length === claims.length - 1, 'the dismissed claim leaves Problems');
    await vscode.commands.executeCommand('copydesk.reopenClaim', ...(dismiss.command.arguments ?? []));
    await eventually(() => ours(document.uri, 'claim-to-check').length === claims.length, 'back once reopened');
  });

  it('go again when turned off', async () => {
    const { document } = await open(SAMPLE_ARTICLE);
    await config().update('claimsInProblems', false, vscode.ConfigurationTarget.Global);
    await eventually(() => ours(document.uri, 'claim-to-check').length === 0, 'no claim diagnostics');
  });
});

describe('The language status item', () => {
  after(closeAll);

  it('sums up the active article and opens the Claims view', async () => {
    const copydesk = await api();
    const { document } = await open(SAMPLE_ARTICLE);
    const a = engine().analyze(document.getText());
    const expected = `${a.quotes.length} quotes · ${a.people.length} people · ${a.claims.length} to check`;
    await eventually(() => copydesk.status.text === expected, `"${expected}" (is "${copydesk.status.text}")`);
    assert.equal(copydesk.status.name, 'Copydesk');
    assert.equal(copydesk.status.command?.command, 'copydesk.showClaims');
    assert.deepEqual(copydesk.status.selector, [{ language: 'article' }]);
    await vscode.commands.executeCommand(copydesk.status.command!.command);
    await eventually(() => copydesk.trees.claims.visible, 'the Claims view shown');
  });

  it('follows the article: another one, another summary', async () => {
    const copydesk = await api();
    const { document } = await open(FOUNDING_ARTICLE);
    const a = engine().analyze(document.getText());
    await eventually(() => copydesk.status.text.startsWith(`${a.quotes.length} quotes · ${a.people.length} people`), `the founding article’s summary (is "${copydesk.status.text}")`);
  });
});
