// Implements DocumentHighlightProvider: the cursor in a quotation lights up its speaker and cue; on a name,
// every mention of that person and every quotation of theirs.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { highlightsAt, type HighlightRole } from './model/highlights';

// Write (the stronger colour) for who is speaking, Read for the cue, Text for the quoted words.
const KIND: Record<HighlightRole, vscode.DocumentHighlightKind> = {
  source: vscode.DocumentHighlightKind.Write,
  cue: vscode.DocumentHighlightKind.Read,
  text: vscode.DocumentHighlightKind.Text,
};

export class ArticleHighlights implements vscode.DocumentHighlightProvider {
  constructor(private readonly analyses: AnalysisService) {}

  async provideDocumentHighlights(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentHighlight[] | undefined> {
    const current = await this.analyses.current(document, token);
    if (!current || current.version !== document.version || token.isCancellationRequested) return undefined;
    return highlightsAt(current.analysis, document.offsetAt(position)).map(
      (h) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(h.start), document.positionAt(h.end)), KIND[h.role]),
    );
  }
}
