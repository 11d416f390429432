// Next/previous claim and quote: the cursor to the next one in the active article, wrapping round.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { Commands } from './ids';
import { step } from './model/navigation';
import { rangeOf, revealRange } from './reveal';

export function registerNavigation(active: ActiveArticle): vscode.Disposable {
  const go = (what: 'claim' | 'quote', direction: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    const state = await active.current();
    if (!editor || !state || editor.document !== state.document || state.version !== editor.document.version) return;
    const spans: readonly { start: number; end: number }[] =
      what === 'quote'
        ? state.analysis.quotes
        : state.analysis.claims.filter((_, i) => !state.anchoring.byClaim[i] || state.anchoring.byClaim[i]!.status === 'open');
    const next = step(spans, editor.document.offsetAt(editor.selection.active), direction);
    if (!next) {
      void vscode.window.setStatusBarMessage(what === 'quote' ? 'Copydesk: no quotations in this article' : 'Copydesk: no claims left to check', 3000);
      return;
    }
    revealRange(editor, rangeOf(editor.document, next));
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.nextClaim, go('claim', 1)),
    vscode.commands.registerCommand(Commands.previousClaim, go('claim', -1)),
    vscode.commands.registerCommand(Commands.nextQuote, go('quote', 1)),
    vscode.commands.registerCommand(Commands.previousQuote, go('quote', -1)),
  );
}
