// Implements TreeDataProvider for the Quotes view: the active article's quotations grouped by speaker.
import * as vscode from 'vscode';
import type { Quote } from '../../engine';
import { Commands } from '../ids';
import { quoteGroups, type QuoteGroup } from '../model/quoteGroups';
import { count, shorten } from '../model/text';
import { ActiveArticleTree } from './activeArticleTree';

export type QuotesNode =
  | { kind: 'speaker'; group: QuoteGroup; document: vscode.TextDocument }
  | { kind: 'quote'; quote: Quote; parent: QuotesNode & { kind: 'speaker' }; document: vscode.TextDocument };

const GROUP_ICON: Record<QuoteGroup['type'], string> = { person: 'person', organisation: 'organization', group: 'account', none: 'quote' };

export class QuotesView extends ActiveArticleTree<QuotesNode> {
  getChildren(node?: QuotesNode): QuotesNode[] {
    if (!node) {
      const state = this.active.state();
      return state ? quoteGroups(state.analysis).map((group) => ({ kind: 'speaker', group, document: state.document })) : [];
    }
    if (node.kind === 'speaker') return node.group.quotes.map(({ quote }) => ({ kind: 'quote', quote, parent: node, document: node.document }));
    return [];
  }

  getParent(node: QuotesNode): QuotesNode | undefined {
    return node.kind === 'quote' ? node.parent : undefined;
  }

  getTreeItem(node: QuotesNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { group } = node;
      const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${node.document.uri.toString()}#${group.id}`;
      const type = group.type === 'organisation' ? 'organisation · ' : group.type === 'group' ? 'unnamed group · ' : '';
      item.description = `${type}${count(group.quotes.length, 'quote')}`;
      item.iconPath = new vscode.ThemeIcon(group.id === 'none:speech' ? 'warning' : GROUP_ICON[group.type]);
      item.contextValue = 'speaker';
      return item;
    }
    const q = node.quote;
    const item = new vscode.TreeItem(shorten(q.text, 70), vscode.TreeItemCollapsibleState.None);
    item.description = `${q.kind}${q.cue ? ` · ${q.cue.text}` : ''}`;
    item.tooltip = `${q.text}\n\n${q.kind}${q.speaker ? ` — ${q.speaker.name}${q.cue ? `, “${q.cue.text}”` : ''}` : ''}`;
    item.command = { title: 'Go to Quote', command: Commands.reveal, arguments: [node.document.uri.toString(), q.start, q.end] };
    item.contextValue = 'quote';
    return item;
  }
}
