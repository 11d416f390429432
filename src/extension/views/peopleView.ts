// Implements TreeDataProvider for the People view: everyone the active article names, with role and mentions.
import * as vscode from 'vscode';
import type { Analysis, Person } from '../../engine';
import type { ActiveArticle } from '../activeArticle';
import { Commands } from '../ids';
import { personCard } from '../model/cards';
import { count, markdownText } from '../model/text';

export interface PersonNode {
  person: Person;
  analysis: Analysis;
  document: vscode.TextDocument;
}

export class PeopleView implements vscode.TreeDataProvider<PersonNode>, vscode.Disposable {
  private readonly didChange = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.didChange.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly active: ActiveArticle) {
    this.subscription = active.onDidChange(() => this.didChange.fire());
  }

  getChildren(node?: PersonNode): PersonNode[] {
    if (node) return [];
    const state = this.active.state();
    return state ? state.analysis.people.map((person) => ({ person, analysis: state.analysis, document: state.document })) : [];
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem({ person, analysis, document }: PersonNode): vscode.TreeItem {
    const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.None);
    const facts = [person.role, person.age !== null ? `${person.age}` : null].filter(Boolean).join(', ');
    item.description = `${facts ? `${facts} · ` : ''}${count(person.mentions.length, 'mention')}`;
    item.iconPath = new vscode.ThemeIcon('person');
    // The hover card, as a tooltip: its jumps become plain "line N" (tooltips run no commands).
    item.tooltip = new vscode.MarkdownString(
      personCard(analysis, person, { lineOf: (o) => document.positionAt(o).line + 1, jump: (label) => markdownText(label) }),
    );
    const first = [...person.mentions].sort((a, b) => a.start - b.start)[0];
    if (first) item.command = { title: 'Go to First Mention', command: Commands.reveal, arguments: [document.uri.toString(), first.start, first.end] };
    item.contextValue = 'person';
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.didChange.dispose();
  }
}
