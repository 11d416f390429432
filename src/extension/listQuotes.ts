// Implements copydesk.listQuotes: every quotation in a quick pick, grouped by speaker; moving through the list
// previews each one in the editor, Enter jumps there, Escape puts the editor back as it was.
import * as vscode from 'vscode';
import type { Analysis } from '../engine';
import type { ActiveArticle } from './activeArticle';
import { quoteGroups } from './model/quoteGroups';
import { escapeIcons, shorten } from './model/text';
import { clearReveal, rangeOf, revealRange } from './reveal';

export interface QuotePick extends vscode.QuickPickItem {
  index: number;
  speaker: string;
  range: vscode.Range;
}

/** The quick pick's entries: a separator per speaker, then that speaker's quotations. */
export function quotePicks(document: vscode.TextDocument, analysis: Analysis): (QuotePick | vscode.QuickPickItem)[] {
  const items: (QuotePick | vscode.QuickPickItem)[] = [];
  for (const group of quoteGroups(analysis)) {
    items.push({ label: escapeIcons(group.label), kind: vscode.QuickPickItemKind.Separator });
    for (const { quote, index } of group.quotes) {
      const range = rangeOf(document, quote);
      const cue = quote.cue ? ` · ${quote.cue.text}` : '';
      items.push({
        label: escapeIcons(shorten(quote.text, 100)),
        description: escapeIcons(`${group.label}${cue} · ${quote.kind} · line ${range.start.line + 1}`),
        index,
        speaker: group.label,
        range,
      });
    }
  }
  return items;
}

/** Resolves to the quotation chosen, or undefined when the list was closed without one. */
export async function listQuotes(active: ActiveArticle): Promise<{ index: number; text: string; speaker: string } | undefined> {
  const state = await active.current();
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === state?.document);
  if (!state || !editor) {
    void vscode.window.showInformationMessage('Copydesk: open an article to list its quotations.');
    return undefined;
  }
  if (!state.analysis.quotes.length) {
    void vscode.window.showInformationMessage('Copydesk: no quotations in this article.');
    return undefined;
  }
  const before = { selection: editor.selection, visible: editor.visibleRanges[0] };
  const pick = vscode.window.createQuickPick<QuotePick>();
  pick.title = `Quotes in ${state.document.uri.path.split('/').pop()}`;
  pick.placeholder = 'Type to filter by words or speaker; Enter jumps to the quotation';
  pick.matchOnDescription = true;
  pick.items = quotePicks(state.document, state.analysis) as QuotePick[];
  let chosen: QuotePick | undefined;
  return new Promise((resolve) => {
    pick.onDidChangeActive(([item]) => item && revealRange(editor, item.range));
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      if (chosen) {
        revealRange(editor, chosen.range);
        // Closing the list gives the editor its focus back; show it only if something else took the focus.
        if (vscode.window.activeTextEditor !== editor) void vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
        resolve({ index: chosen.index, text: state.analysis.quotes[chosen.index].text, speaker: chosen.speaker });
      } else {
        clearReveal();
        editor.selection = before.selection;
        if (before.visible) editor.revealRange(before.visible, vscode.TextEditorRevealType.AtTop);
        resolve(undefined);
      }
    });
    pick.show();
  });
}
