// List Quotes (a quick pick grouped by speaker that previews as you move and jumps on Enter), Export Quotes
// (Markdown, CSV, JSON; a new editor or the clipboard), next/previous quote and claim.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { quotePicks } from '../../../src/extension/listQuotes';
import { HOSTILE_ARTICLE, SAMPLE_ARTICLE, closeAll, currentTokens, engine, eventually, open, sleep } from './helpers';
import { parse as parseCsvRows } from 'csv-parse/sync';

/** CSV as its RFC 4180 reader, csv-parse, reads it. */
const parseCsv = (csv: string): string[][] => parseCsvRows(csv, { relax_column_count: true });

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('List Quotes', () => {
  let editor: vscode.TextEditor;
  let quotes: ReturnType<ReturnType<typeof engine>['analyze']>['quotes'];
  const at = () => editor.document.offsetAt(editor.selection.active);

  before(async () => {
    editor = await open(SAMPLE_ARTICLE);
    await currentTokens(editor.document);
    quotes = engine().analyze(editor.document.getText()).quotes;
  });
  after(closeAll);

  it('lists every quotation once, under its speaker, with the speaker, cue, kind and line', () => {
    const items = quotePicks(editor.document, engine().analyze(editor.document.getText()) as never);
    const separators = items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).map((i) => i.label);
    const entries = items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
    assert.equal(entries.length, quotes.length);
    assert.ok(separators.includes('Yvette Cooper') && separators.includes('No speaker found'), separators.join(', '));
    const cooper = separators.indexOf('Yvette Cooper');
    const under = items.slice(items.findIndex((i) => i.label === 'Yvette Cooper') + 1).findIndex((i) => i.kind === vscode.QuickPickItemKind.Separator);
    assert.ok(cooper >= 0 && under > 0);
    const plan = entries.find((i) => i.label.startsWith('"Labour has a common-sense plan'))!;
    assert.match(plan.description!, /^Yvette Cooper · continued · speech · line \d+$/);
  });

  it('previews each quotation as the selection moves, and jumps to the one chosen', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const picked = vscode.commands.executeCommand<{ index: number; text: string; speaker: string } | undefined>('copydesk.listQuotes');
    await eventually(() => at() !== 0, 'the first entry previewed');
    const first = at();
    assert.ok(quotes.some((q) => q.start === first), 'the cursor is at a quotation');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await eventually(() => at() !== first, 'the next entry previewed');
    const second = at();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const chosen = await picked;
    assert.ok(chosen, 'a quotation chosen');
    assert.equal(quotes[chosen.index].start, second);
    assert.equal(chosen.text, quotes[chosen.index].text);
    await eventually(() => at() === second, 'the cursor at the chosen quotation');
  });

  it('puts the cursor back when closed without a choice', async () => {
    const home = new vscode.Position(2, 3);
    editor.selection = new vscode.Selection(home, home);
    const picked = vscode.commands.executeCommand('copydesk.listQuotes');
    await eventually(() => !editor.selection.active.isEqual(home), 'a preview');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
    assert.ok(editor.selection.active.isEqual(home));
  });
});

describe('Next and previous', () => {
  let editor: vscode.TextEditor;
  let analysis: ReturnType<ReturnType<typeof engine>['analyze']>;
  const at = () => editor.document.offsetAt(editor.selection.active);

  before(async () => {
    editor = await open(SAMPLE_ARTICLE);
    await currentTokens(editor.document);
    analysis = engine().analyze(editor.document.getText());
  });
  after(closeAll);

  it('Next Quote walks the quotations in order and wraps round; Previous Quote goes back', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const starts = analysis.quotes.map((q) => q.start).sort((a, b) => a - b);
    for (const start of starts.slice(0, 4)) {
      await vscode.commands.executeCommand('copydesk.nextQuote');
      assert.equal(at(), start);
    }
    await vscode.commands.executeCommand('copydesk.previousQuote');
    assert.equal(at(), starts[2]);
    editor.selection = new vscode.Selection(editor.document.positionAt(starts[starts.length - 1] + 1), editor.document.positionAt(starts[starts.length - 1] + 1));
    await vscode.commands.executeCommand('copydesk.nextQuote');
    assert.equal(at(), starts[0], 'wraps round to the first');
  });

  it('Next Claim goes to the claims still to check, skipping one marked verified from the Command Palette', async () => {
    const starts = analysis.claims.map((c) => c.start).sort((a, b) => a - b);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('copydesk.nextClaim');
    assert.equal(at(), starts[0]);
    // The palette command acts on the claim under the cursor; a note given as argument skips the prompt.
    await vscode.commands.executeCommand('copydesk.markVerified', undefined, 'palette');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await eventually(async () => {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('copydesk.nextClaim');
      return at() === starts[1];
    }, 'the verified claim skipped');
    editor.selection = new vscode.Selection(editor.document.positionAt(starts[0]), editor.document.positionAt(starts[0]));
    await vscode.commands.executeCommand('copydesk.reopenClaim');
    await eventually(async () => {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('copydesk.nextClaim');
      return at() === starts[0];
    }, 'reopened: no longer skipped');
  });

  it('has keyboard shortcuts in articles', () => {
    const keys = vscode.extensions.getExtension('copydesk.copydesk')!.packageJSON.contributes.keybindings as { command: string; key: string }[];
    for (const c of ['copydesk.nextClaim', 'copydesk.previousClaim', 'copydesk.nextQuote', 'copydesk.previousQuote']) assert.ok(keys.some((k) => k.command === c), c);
  });
});

describe('Export Quotes', () => {
  afterEach(closeAll);

  it('as a Markdown table in a new editor', async () => {
    const editor = await open(SAMPLE_ARTICLE);
    await currentTokens(editor.document);
    const quotes = engine().analyze(editor.document.getText()).quotes;
    const text = await vscode.commands.executeCommand<string>('copydesk.exportQuotes', 'md', 'editor');
    const shown = vscode.window.activeTextEditor!.document;
    assert.equal(shown.getText(), text);
    assert.equal(shown.languageId, 'markdown');
    assert.ok(shown.isUntitled);
    const lines = text.trim().split('\n');
    assert.equal(lines[0], '| Line | Kind | Speaker | Cue | Quote |');
    assert.equal(lines.length, quotes.length + 2);
  });

  it('as JSON, through the two pickers (format, then destination)', async () => {
    const editor = await open(SAMPLE_ARTICLE);
    await currentTokens(editor.document);
    const exported = vscode.commands.executeCommand<string>('copydesk.exportQuotes');
    // Markdown, CSV, JSON: down twice; then the first destination, a new editor.
    for (const moves of [2, 0]) {
      await sleep(500);
      for (let i = 0; i < moves; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const text = await exported;
    assert.ok(text, 'exported');
    const parsed = JSON.parse(text) as { text: string }[];
    assert.equal(parsed.length, engine().analyze(editor.document.getText()).quotes.length);
    assert.equal(vscode.window.activeTextEditor!.document.languageId, 'json');
  });

  it('as CSV on the clipboard: quoted correctly, no cell a spreadsheet would run as a formula', async () => {
    const editor = await open(HOSTILE_ARTICLE);
    await currentTokens(editor.document);
    const quotes = engine().analyze(editor.document.getText()).quotes;
    const text = await vscode.commands.executeCommand<string>('copydesk.exportQuotes', 'csv', 'clipboard');
    assert.equal(await vscode.env.clipboard.readText(), text);
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], ['line', 'column', 'kind', 'speaker', 'cue', 'quote']);
    assert.equal(rows.length, quotes.length + 1);
    rows.slice(1).forEach((row, i) => {
      assert.equal(row.length, 6, JSON.stringify(row));
      assert.equal(row[5], oneLine(quotes[i].text), 'each quotation whole, its own quote marks included');
    });
    assert.ok(rows.some((r) => r[5].includes('=HYPERLINK(')) && rows.some((r) => r[5].includes('+1 555')) && rows.some((r) => r[5].includes('-2+3')));
    for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `unsafe cell ${JSON.stringify(cell)}`);
  });
});
