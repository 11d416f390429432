// Copydesk in VS Code: the article language's editor features over the engine's analysis.
// A thin layer: every finding comes from `analyze` (src/engine), which knows nothing of VS Code; decisions
// about claims are kept by src/decisions, which knows nothing of it either.
import * as vscode from 'vscode';
import { ArticleSession } from '../engine';
import { ActiveArticle } from './activeArticle';
import { AnalysisService } from './analysis';
import { registerClaimCommands } from './claimCommands';
import { UnattributedSpeechDecorations } from './decorations';
import { ClaimDecisions } from './decisions';
import { ArticleDiagnostics } from './diagnostics';
import { ArticleHighlights } from './documentHighlights';
import { exportQuotes } from './exportQuotes';
import { ArticleFolding } from './folding';
import { ArticleHovers } from './hovers';
import { Commands, LANGUAGE_ID, Settings, Views } from './ids';
import { listQuotes } from './listQuotes';
import { registerNavigation } from './navigation';
import { ArticleQuickFixes, deletion } from './quickFixes';
import { disposeReveal, revealCommand } from './reveal';
import { ArticleSemanticTokens, legend } from './semanticTokens';
import { SettingsReader } from './settings';
import { SummaryStatus } from './statusItem';
import { ClaimsView } from './views/claimsView';
import { PeopleView } from './views/peopleView';
import { PeopleDirectoryService } from './peopleDirectory';
import { DirectoryProblems } from './directoryProblems';
import { DirectoryPreview, addToPeopleDirectoryCommand, type AddCommandOptions } from './addToDirectory';
import { QuotesView } from './views/quotesView';
import { isPasted } from './model/pastedLines';

function settings() {
  return vscode.workspace.getConfiguration(Settings.section);
}

/** The article language, plus whatever languages the user opted in with `copydesk.languages`. */
function articleSelector(reader: SettingsReader): vscode.DocumentFilter[] {
  const extra = reader.read('languages').filter((l) => l !== LANGUAGE_ID);
  return [LANGUAGE_ID, ...new Set(extra)].map((language) => ({ language }));
}

/** What the extension hands to its tests (and to any extension that wants to read its views). */
export interface CopydeskApi {
  views: { claims: ClaimsView; quotes: QuotesView; people: PeopleView };
  trees: { claims: vscode.TreeView<unknown>; quotes: vscode.TreeView<unknown>; people: vscode.TreeView<unknown> };
  status: vscode.LanguageStatusItem;
  /** The validating reader of the copydesk.* settings, with the messages it has reported. */
  settings: SettingsReader;
  /** The people directory as read from the workspace. */
  directory: PeopleDirectoryService;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  // Every copydesk.* setting is read through one validating reader: a bad value is reported once, the default applies.
  const reader = new SettingsReader((name) => settings().get<unknown>(name), (message) => {
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  });
  reader.readAll();
  let selector = articleSelector(reader);
  const isArticle = (d: vscode.TextDocument) => vscode.languages.match(selector, d) > 0;

  // One engine session per document: an edit re-analyses only the paragraphs it touched.
  const perDocument = () => {
    const session = new ArticleSession();
    return (text: string) => session.analyze(text);
  };
  const analyses = new AnalysisService(perDocument, isArticle, () => reader.read('analysisDelay'), log, () => reader.read('maxDocumentSize'));
  const tokens = new ArticleSemanticTokens(analyses);
  const decorations = new UnattributedSpeechDecorations(analyses, () => reader.read('markUnattributedQuotes'));
  const decisions = new ClaimDecisions(context.workspaceState, log);
  const active = new ActiveArticle(analyses, decisions, isArticle);
  const claimsInProblems = () => reader.read('claimsInProblems');
  const diagnostics = new ArticleDiagnostics(analyses, decisions, isArticle, claimsInProblems);
  context.subscriptions.push(log, analyses, decorations, decisions, active, diagnostics, { dispose: disposeReveal });
  const directory = new PeopleDirectoryService(log, () => reader.read('peopleDirectories'));
  const directoryProblems = new DirectoryProblems(analyses, directory);
  const preview = new DirectoryPreview();
  context.subscriptions.push(directory, directoryProblems, preview);

  // The sidebar: Claims, Quotes and People for the active article.
  const claims = new ClaimsView(active);
  const quotes = new QuotesView(active);
  const people = new PeopleView(active, directory);
  const claimsTree = vscode.window.createTreeView(Views.claims, { treeDataProvider: claims, showCollapseAll: true });
  const quotesTree = vscode.window.createTreeView(Views.quotes, { treeDataProvider: quotes, showCollapseAll: true });
  const peopleTree = vscode.window.createTreeView(Views.people, { treeDataProvider: people });
  const status = new SummaryStatus(active, selector, () => claims.openCount(), { reason: (d) => analyses.paused(d), onDidChange: analyses.onDidChangePause });
  context.subscriptions.push(claims, quotes, people, claimsTree, quotesTree, peopleTree, status);
  const describeViews = () => {
    const state = active.state();
    const name = state ? state.document.uri.path.split('/').pop() : undefined;
    const open = claims.openCount();
    claimsTree.badge = open ? { value: open, tooltip: `${open} claim${open === 1 ? '' : 's'} to check` } : undefined;
    claimsTree.message = state?.place.notice;
    for (const tree of [claimsTree, quotesTree, peopleTree]) tree.description = name;
  };
  context.subscriptions.push(active.onDidChange(describeViews));

  // Providers are registered for the current selector and registered again when it changes.
  let providers: vscode.Disposable | undefined;
  const registerProviders = () => {
    providers?.dispose();
    providers = vscode.Disposable.from(
      vscode.languages.registerDocumentSemanticTokensProvider(selector, tokens, legend),
      vscode.languages.registerDocumentHighlightProvider(selector, new ArticleHighlights(analyses)),
      vscode.languages.registerFoldingRangeProvider(selector, new ArticleFolding()),
      vscode.languages.registerHoverProvider(selector, new ArticleHovers(analyses, () => directory.directory())),
      vscode.languages.registerCodeActionsProvider(selector, new ArticleQuickFixes(analyses), ArticleQuickFixes.metadata),
      vscode.languages.registerCodeActionsProvider(selector, directoryProblems, DirectoryProblems.metadata),
    );
  };
  registerProviders();
  context.subscriptions.push({ dispose: () => providers?.dispose() });

  context.subscriptions.push(
    // Implements the `copydesk.*` settings taking effect without a reload.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(Settings.section)) reader.readAll(); // a new bad value is reported once
      if (e.affectsConfiguration(`${Settings.section}.maxDocumentSize`)) analyses.refreshAll();
      if (e.affectsConfiguration(`${Settings.section}.${Settings.languages}`)) {
        selector = articleSelector(reader);
        registerProviders();
        status.selector = selector;
        analyses.refreshAll();
        decorations.refresh();
        active.follow();
        diagnostics.refresh();
      }
      if (e.affectsConfiguration(`${Settings.section}.${Settings.markUnattributedQuotes}`)) decorations.refresh();
      if (e.affectsConfiguration(`${Settings.section}.${Settings.claimsInProblems}`)) diagnostics.refresh();
    }),

    // Implements copydesk.enableForLanguage: opt the active editor's language in (Markdown, plain text).
    vscode.commands.registerCommand(Commands.enableForLanguage, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      if (isArticle(document)) {
        void vscode.window.showInformationMessage(`Copydesk already analyses ${document.languageId} files.`);
        return;
      }
      const current = reader.read('languages');
      await settings().update(Settings.languages, [...current, document.languageId], vscode.ConfigurationTarget.Global);
    }),

    vscode.commands.registerCommand(Commands.reveal, revealCommand),
    vscode.commands.registerCommand(Commands.addToPeopleDirectory, (target?: unknown, options?: AddCommandOptions) => addToPeopleDirectoryCommand({ active, analyses, directory, preview }, target, options)),
    vscode.commands.registerCommand(Commands.listQuotes, () => listQuotes(active)),
    vscode.commands.registerCommand(Commands.exportQuotes, (format?: unknown, destination?: unknown) => exportQuotes(active, format, destination)),
    vscode.commands.registerCommand(Commands.showClaims, () => vscode.commands.executeCommand(`${Views.claims}.focus`)),
    // Implements copydesk.removePastedLines: the fix-all, from the Command Palette.
    vscode.commands.registerCommand(Commands.removePastedLines, async () => {
      const state = await active.current();
      if (!state || state.version !== state.document.version) return 0;
      const pasted = state.analysis.problems.filter(isPasted);
      if (pasted.length) await vscode.workspace.applyEdit(deletion(state.document, pasted));
      void vscode.window.setStatusBarMessage(`Copydesk: removed ${pasted.length} pasted line${pasted.length === 1 ? '' : 's'}`, 3000);
      return pasted.length;
    }),
    registerNavigation(active),
    registerClaimCommands(active, decisions),
  );

  decorations.refresh();
  diagnostics.refresh();
  describeViews();
  log.info('Copydesk active for', selector.map((f) => f.language).join(', '));
  return {
    views: { claims, quotes, people },
    trees: { claims: claimsTree, quotes: quotesTree, people: peopleTree } as CopydeskApi['trees'],
    status: status.item,
    settings: reader,
    directory,
  };
}

export function deactivate(): void {}
