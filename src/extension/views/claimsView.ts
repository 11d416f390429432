// Implements TreeDataProvider for the Claims view: the active article's claims to check, by category, with
// each editor's decision; decisions whose sentence is gone are kept aside in a group of their own.
import * as vscode from 'vscode';
import type { Decision } from '../../decisions';
import type { Claim } from '../../engine';
import { Commands } from '../ids';
import { claimGroups, isOpen, type ClaimEntry, type ClaimGroup } from '../model/claimGroups';
import { markdownText as t, openingWords } from '../model/text';
import { ActiveArticleTree } from './activeArticleTree';

export type ClaimsNode =
  | { kind: 'group'; group: ClaimGroup; document: vscode.TextDocument }
  | { kind: 'claim'; entry: ClaimEntry; parent: ClaimsNode & { kind: 'group' }; document: vscode.TextDocument }
  | { kind: 'aside'; decisions: Decision[]; document: vscode.TextDocument }
  | { kind: 'decision'; decision: Decision; parent: ClaimsNode & { kind: 'aside' }; document: vscode.TextDocument };

export class ClaimsView extends ActiveArticleTree<ClaimsNode> {
  /** Claims still to check in the active article (the view's badge and the status item). */
  openCount(): number {
    const state = this.active.state();
    return state ? state.analysis.claims.filter((_, i) => isOpen({ decision: state.anchoring.byClaim[i] })).length : 0;
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.build();
    if (node.kind === 'group') return node.group.entries.map((entry) => ({ kind: 'claim', entry, parent: node, document: node.document }));
    if (node.kind === 'aside') return node.decisions.map((decision) => ({ kind: 'decision', decision, parent: node, document: node.document }));
    return [];
  }

  // Implements getParent, so that reveal works.
  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.kind === 'claim' || node.kind === 'decision' ? node.parent : undefined;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${node.document.uri.toString()}#${node.group.category}`;
        item.description = node.group.open ? `${node.group.open} to check` : 'all decided';
        item.contextValue = 'claimGroup';
        return item;
      }
      case 'claim':
        return claimItem(node.entry, node.document);
      case 'aside': {
        const item = new vscode.TreeItem('Kept aside: sentence not found', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.document.uri.toString()}#kept-aside`;
        item.description = `${node.decisions.length}`;
        item.iconPath = new vscode.ThemeIcon('archive');
        item.tooltip = 'Decisions whose sentence is no longer in the article (deleted, or rewritten past recognition). Each returns to its sentence if the sentence comes back; it is never applied to another one.';
        item.contextValue = 'keptAside';
        return item;
      }
      case 'decision': {
        const d = node.decision;
        const item = new vscode.TreeItem(openingWords(d.text), vscode.TreeItemCollapsibleState.None);
        item.description = `${statusLabel(d)}${d.note ? `: ${d.note}` : ''}`;
        item.iconPath = new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('disabledForeground'));
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`${t(d.text)}\n\n${t(statusLabel(d))}${d.note ? `: ${t(d.note)}` : ''}\n\n`);
        tip.appendMarkdown('Kept aside: no sentence in the article matches it now.');
        item.tooltip = tip;
        item.contextValue = 'decision.aside';
        return item;
      }
    }
  }

  private build(): ClaimsNode[] {
    const state = this.active.state();
    if (!state) return [];
    const { document, analysis, anchoring } = state;
    const nodes: ClaimsNode[] = claimGroups(analysis.claims, anchoring.byClaim).map((group) => ({ kind: 'group', group, document }));
    if (anchoring.keptAside.length) nodes.push({ kind: 'aside', decisions: anchoring.keptAside, document });
    return nodes;
  }
}

function statusLabel(d: Decision): string {
  return d.status === 'verified' ? 'Verified' : d.status === 'dismissed' ? 'Dismissed' : 'To check';
}

function claimItem({ claim, decision }: ClaimEntry, document: vscode.TextDocument): vscode.TreeItem {
  const status = decision && decision.status !== 'open' ? decision.status : 'open';
  const item = new vscode.TreeItem(openingWords(claim.text), vscode.TreeItemCollapsibleState.None);
  item.description = status === 'open' ? claim.reason : `${statusLabel(decision!)}${decision!.note ? `: ${decision!.note}` : ''} · ${claim.reason}`;
  item.tooltip = claimTooltip(claim, status === 'open' ? undefined : decision);
  item.iconPath =
    status === 'verified'
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : status === 'dismissed'
        ? new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'))
        : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = `claim.${status}`;
  item.command = { title: 'Go to Claim', command: Commands.reveal, arguments: [document.uri.toString(), claim.start, claim.end] };
  item.accessibilityInformation = { label: `${status === 'open' ? 'To check' : statusLabel(decision!)}: ${claim.text}. ${claim.reason}` };
  return item;
}

/** The whole sentence, the reason, the source and the words that raised it; all article text escaped. */
export function claimTooltip(claim: Claim, decision?: Decision): vscode.MarkdownString {
  const lines = [t(claim.text), `**Why:** ${t(claim.reason)}`];
  if (claim.source) lines.push(`**Source:** ${t(claim.source)}`);
  if (claim.triggers.length) lines.push(`**Raised by:** ${claim.triggers.map((x) => `“${t(x.text)}”`).join(', ')}`);
  if (decision) lines.push(`**${statusLabel(decision)}**${decision.note ? `: ${t(decision.note)}` : ''}`);
  return new vscode.MarkdownString(lines.join('\n\n'));
}
