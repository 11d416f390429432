// Implements FoldingRangeProvider: hard-wrapped paragraphs fold (one-line paragraphs have nothing to fold).
import * as vscode from 'vscode';
import { paragraphRanges } from './model/paragraphs';

export class ArticleFolding implements vscode.FoldingRangeProvider {
  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const lines: string[] = [];
    for (let i = 0; i < document.lineCount; i++) lines.push(document.lineAt(i).text);
    return paragraphRanges(lines).map((r) => new vscode.FoldingRange(r.start, r.end));
  }
}
