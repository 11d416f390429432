// Copydesk in VS Code: the article language's editor features over the engine's analysis.
// A thin layer: every finding comes from `analyze` (src/engine), which knows nothing of VS Code.
import * as vscode from 'vscode';
import { analyze } from '../engine';
import { AnalysisService } from './analysis';
import { UnattributedSpeechDecorations } from './decorations';
import { ArticleHighlights } from './documentHighlights';
import { ArticleFolding } from './folding';
import { Commands, LANGUAGE_ID, Settings } from './ids';
import { ArticleSemanticTokens, legend } from './semanticTokens';

function settings() {
  return vscode.workspace.getConfiguration(Settings.section);
}

/** The article language, plus whatever languages the user opted in with `copydesk.languages`. */
function articleSelector(): vscode.DocumentFilter[] {
  const extra = settings().get<string[]>(Settings.languages, []).filter((l) => typeof l === 'string' && l !== LANGUAGE_ID);
  return [LANGUAGE_ID, ...new Set(extra)].map((language) => ({ language }));
}

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  let selector = articleSelector();
  const isArticle = (d: vscode.TextDocument) => vscode.languages.match(selector, d) > 0;

  const analyses = new AnalysisService(analyze, isArticle, () => settings().get<number>(Settings.analysisDelay, 300), log);
  const tokens = new ArticleSemanticTokens(analyses);
  const decorations = new UnattributedSpeechDecorations(analyses, () => settings().get<boolean>(Settings.markUnattributedQuotes, true));
  context.subscriptions.push(log, analyses, decorations);

  // Providers are registered for the current selector and registered again when it changes.
  let providers: vscode.Disposable | undefined;
  const registerProviders = () => {
    providers?.dispose();
    providers = vscode.Disposable.from(
      vscode.languages.registerDocumentSemanticTokensProvider(selector, tokens, legend),
      vscode.languages.registerDocumentHighlightProvider(selector, new ArticleHighlights(analyses)),
      vscode.languages.registerFoldingRangeProvider(selector, new ArticleFolding()),
    );
  };
  registerProviders();
  context.subscriptions.push({ dispose: () => providers?.dispose() });

  context.subscriptions.push(
    // Implements the `copydesk.*` settings taking effect without a reload.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.languages}`)) {
        selector = articleSelector();
        registerProviders();
        analyses.refreshAll();
        decorations.refresh();
      }
      if (e.affectsConfiguration(`${Settings.section}.${Settings.markUnattributedQuotes}`)) decorations.refresh();
    }),

    // Implements copydesk.enableForLanguage: opt the active editor's language in (Markdown, plain text).
    vscode.commands.registerCommand(Commands.enableForLanguage, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      if (isArticle(document)) {
        void vscode.window.showInformationMessage(`Copydesk already analyses ${document.languageId} files.`);
        return;
      }
      const current = settings().get<string[]>(Settings.languages, []);
      await settings().update(Settings.languages, [...current, document.languageId], vscode.ConfigurationTarget.Global);
    }),
  );

  decorations.refresh();
  log.info('Copydesk active for', selector.map((f) => f.language).join(', '));
}

export function deactivate(): void {}
