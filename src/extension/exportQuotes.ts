// Implements copydesk.exportQuotes(format?, destination?): the active article's quotations as a Markdown
// table, CSV or JSON — the command line's formatters (src/cli/format.ts), so CSV cells a spreadsheet would run
// as formulas are neutralised the same way — into a new editor or onto the clipboard.
import * as vscode from 'vscode';
import { formatQuotes } from '../cli/format';
import type { ActiveArticle } from './activeArticle';
import { count } from './model/text';

export type ExportFormat = 'md' | 'csv' | 'json';
export type ExportDestination = 'editor' | 'clipboard';

const FORMATS: { format: ExportFormat; label: string; detail: string; language: string }[] = [
  { format: 'md', label: 'Markdown table', detail: 'Line, kind, speaker, cue and quotation', language: 'markdown' },
  { format: 'csv', label: 'CSV', detail: 'For a spreadsheet: cells that would run as formulas are neutralised', language: 'plaintext' },
  { format: 'json', label: 'JSON', detail: 'Every quotation with its offsets, speaker and cue', language: 'json' },
];

/** Resolves to the exported text, or undefined when there was nothing to export or the user cancelled. */
export async function exportQuotes(active: ActiveArticle, format?: unknown, destination?: unknown): Promise<string | undefined> {
  const state = await active.current();
  if (!state || state.version !== state.document.version) {
    void vscode.window.showInformationMessage('Copydesk: open an article to export its quotations.');
    return undefined;
  }
  const chosen =
    FORMATS.find((f) => f.format === format) ??
    (await vscode.window.showQuickPick(FORMATS, { title: 'Export Quotes', placeHolder: 'Format' }));
  if (!chosen) return undefined;
  const where =
    destination === 'editor' || destination === 'clipboard'
      ? destination
      : (
          await vscode.window.showQuickPick(
            [
              { label: 'Open in a new editor', to: 'editor' as const },
              { label: 'Copy to the clipboard', to: 'clipboard' as const },
            ],
            { title: `Export Quotes as ${chosen.label}`, placeHolder: 'Where to' },
          )
        )?.to;
  if (!where) return undefined;

  const text = formatQuotes(state.document.getText(), state.analysis, chosen.format);
  if (where === 'clipboard') {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(`Copydesk: copied ${count(state.analysis.quotes.length, 'quotation')} as ${chosen.label}`, 4000);
  } else {
    const document = await vscode.workspace.openTextDocument({ content: text, language: chosen.language });
    await vscode.window.showTextDocument(document, { preview: false });
  }
  return text;
}
