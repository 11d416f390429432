// The article the views, the status item and the navigation commands work on: the active editor's, when it
// is an article; the last one still on screen while focus is elsewhere (a view, the panel); otherwise none.
import * as vscode from 'vscode';
import type { Anchoring } from '../decisions';
import type { Analysis } from '../engine';
import type { AnalysisService } from './analysis';
import type { ClaimDecisions, DecisionPlace } from './decisions';
import { ContextKeys } from './ids';

export interface ArticleState {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** The document version the analysis was made from (offsets refer to it). */
  version: number;
  anchoring: Anchoring;
  place: DecisionPlace;
}

/** Views refresh at most this often while the user types or decides (ms). */
const REFRESH_DELAY = 150;

export class ActiveArticle implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private readonly didChange = new vscode.EventEmitter<void>();
  /** Fires (debounced) when the article changes, is re-analysed, or a decision about it changes. */
  readonly onDidChange = this.didChange.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [this.didChange];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly decisions: ClaimDecisions,
    private readonly isArticle: (d: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow()),
      vscode.workspace.onDidCloseTextDocument((d) => d === this.document && this.follow()),
      analyses.onDidAnalyze(({ document }) => document === this.document && this.changed()),
      vscode.workspace.onDidSaveTextDocument((d) => d === this.document && this.changed()),
      decisions.onDidChange(() => this.changed()),
    );
    this.follow();
  }

  /** The article now, with the latest analysis of it (possibly of an earlier version while one is pending). */
  state(): ArticleState | undefined {
    const document = this.document;
    if (!document) return undefined;
    const latest = this.analyses.latest(document);
    if (!latest) return undefined;
    const anchoring = this.decisions.anchoring(document, latest.analysis.claims);
    return { document, analysis: latest.analysis, version: latest.version, anchoring, place: this.decisions.placeOf(document) };
  }

  /** The article's analysis as it is now (waits for a pending one). */
  async current(): Promise<ArticleState | undefined> {
    if (this.document) await this.analyses.current(this.document);
    return this.state();
  }

  get activeDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Re-reads which article is active (after the article languages changed). */
  follow(): void {
    const active = vscode.window.activeTextEditor?.document;
    let next: vscode.TextDocument | undefined;
    if (active) next = this.isArticle(active) ? active : undefined;
    else if (this.document && !this.document.isClosed && vscode.window.visibleTextEditors.some((e) => e.document === this.document)) next = this.document;
    else next = vscode.window.visibleTextEditors.find((e) => this.isArticle(e.document))?.document;
    if (next === this.document) return;
    this.document = next;
    void vscode.commands.executeCommand('setContext', ContextKeys.articleOpen, !!next);
    if (next) void this.analyses.current(next).then(() => this.changed());
    this.changed(0);
  }

  private changed(delay = REFRESH_DELAY): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.didChange.fire();
    }, delay);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
