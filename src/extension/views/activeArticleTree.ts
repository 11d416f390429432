// What the three sidebar views share: a tree of the active article that asks to be redrawn whenever the
// article changes (or anything else the view names), and lets go of its listeners when disposed.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';

export abstract class ActiveArticleTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly didChange = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.didChange.event;
  private readonly subscription: vscode.Disposable;

  /** `alsoOn`: other events after which the tree is redrawn, besides the active article's changes. */
  constructor(protected readonly active: ActiveArticle, ...alsoOn: vscode.Event<unknown>[]) {
    this.subscription = vscode.Disposable.from(...[active.onDidChange, ...alsoOn].map((event) => event(() => this.didChange.fire())));
  }

  abstract getChildren(node?: T): T[];
  abstract getParent(node: T): T | undefined;
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    this.subscription.dispose();
    this.didChange.dispose();
  }
}
