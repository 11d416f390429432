// Decorations, only for what a theme cannot express: a dashed underline (themes have only solid ones) and a
// scroll-bar mark for speech with no speaker. The colours are contributed theme colours, so themes can change them.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { isUnattributed } from './model/tokens';
import { Colors } from './ids';

export class UnattributedSpeechDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor(Colors.unattributedQuoteBorder),
    overviewRulerColor: new vscode.ThemeColor(Colors.unattributedQuoteRuler),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly hover = new vscode.MarkdownString().appendText('Copydesk: no speaker found for this quotation.');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly enabled: () => boolean,
  ) {
    this.subscriptions.push(
      this.type,
      analyses.onDidAnalyze(({ document }) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.update(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.update(e))),
      // Paused documents have no analysis: their underlines go too.
      analyses.onDidChangePause((document) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.update(editor);
      }),
    );
  }

  refresh(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.update(e));
  }

  private update(editor: vscode.TextEditor): void {
    const latest = this.analyses.latest(editor.document);
    if (!this.enabled() || !latest) {
      editor.setDecorations(this.type, []);
      if (!latest) void this.analyses.current(editor.document); // analysed soon; onDidAnalyze brings us back
      return;
    }
    // Older results are left in place (the editor moves them with the text) until the current one arrives.
    if (latest.version !== editor.document.version) return;
    const doc = editor.document;
    editor.setDecorations(
      this.type,
      latest.analysis.quotes.filter(isUnattributed).map((q) => ({
        range: new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end)),
        hoverMessage: this.hover,
      })),
    );
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
