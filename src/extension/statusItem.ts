// The language status item: "7 quotes · 6 people · 4 to check" for the active article; it opens the Claims view.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { Commands, STATUS_ITEM_ID } from './ids';
import { summary } from './model/summary';

export class SummaryStatus implements vscode.Disposable {
  readonly item: vscode.LanguageStatusItem;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly active: ActiveArticle,
    selector: vscode.DocumentSelector,
    private readonly toCheck: () => number,
    /** Why the document is not analysed (too large, binary), when it is not; and when that changes. */
    private readonly pause?: { reason(document: vscode.TextDocument): string | undefined; onDidChange: vscode.Event<unknown> },
  ) {
    this.item = vscode.languages.createLanguageStatusItem(STATUS_ITEM_ID, selector);
    this.item.name = 'Copydesk';
    this.item.detail = 'Copydesk';
    this.item.command = { title: 'Show Claims', command: Commands.showClaims, tooltip: 'Show the claims to check in the Copydesk view' };
    this.item.text = 'Copydesk';
    this.subscription = vscode.Disposable.from(
      active.onDidChange(() => this.update()),
      ...(pause ? [pause.onDidChange(() => this.update())] : []),
    );
    this.update();
  }

  set selector(selector: vscode.DocumentSelector) {
    this.item.selector = selector;
  }

  private update(): void {
    const document = this.active.activeDocument;
    const paused = document && this.pause?.reason(document);
    this.item.severity = paused ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    if (paused) {
      this.item.busy = false;
      this.item.text = paused;
      this.item.accessibilityInformation = { label: paused };
      return;
    }
    const state = this.active.state();
    this.item.busy = !state && !!this.active.activeDocument;
    if (this.item.text.startsWith('Copydesk paused')) this.item.text = 'Copydesk';
    if (!state) return;
    this.item.text = summary(state.analysis.quotes.length, state.analysis.people.length, this.toCheck());
    this.item.accessibilityInformation = { label: `Copydesk: ${this.item.text}` };
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
