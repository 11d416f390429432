// Implements DocumentSemanticTokensProvider: quotations by kind, speakers, cues and people, from the engine.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { TOKEN_MODIFIERS, TOKEN_TYPES, modifierBits, tokensOf } from './model/tokens';

export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export class ArticleSemanticTokens implements vscode.DocumentSemanticTokensProvider {
  constructor(private readonly analyses: AnalysisService) {}

  async provideDocumentSemanticTokens(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.SemanticTokens> {
    const current = await this.analyses.current(document, token);
    // Superseded or cancelled: throwing keeps the tokens on screen until the next answer, instead of a flash of none.
    if (!current || current.version !== document.version) throw new vscode.CancellationError();
    const builder = new vscode.SemanticTokensBuilder(legend);
    for (const t of tokensOf(current.analysis)) {
      const type = TOKEN_TYPES.indexOf(t.type);
      const mods = modifierBits(t.modifiers);
      // Semantic tokens cannot span lines: a quotation running over a hard-wrapped paragraph becomes one token a line.
      const start = document.positionAt(t.start);
      const end = document.positionAt(t.end);
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : document.lineAt(line).text.length;
        if (to > from) builder.push(line, from, to - from, type, mods);
      }
    }
    return builder.build();
  }
}
