// Implements TreeDataProvider for the People view: everyone the active article names, with role and mentions.
import * as vscode from 'vscode';
import { entryById, matchPeople, rolesDate, type DirectoryEntry, type PeopleDirectory } from '../../directory';
import type { Analysis, Person } from '../../engine';
import type { ActiveArticle } from '../activeArticle';
import { Commands } from '../ids';
import { personCard, rolesAtOf } from '../model/cards';
import { count, markdownText } from '../model/text';
import { ActiveArticleTree } from './activeArticleTree';

export interface PersonNode {
  person: Person;
  analysis: Analysis;
  document: vscode.TextDocument;
  /** The person's directory entry; null when not in the directory; undefined with no directory. */
  entry?: DirectoryEntry | null;
}

export class PeopleView extends ActiveArticleTree<PersonNode> {
  /** `directory`: the people directory and when it changes; each row then says whether the person is in it. */
  constructor(
    active: ActiveArticle,
    private readonly directory?: { directory(): PeopleDirectory; onDidChange: vscode.Event<unknown> },
  ) {
    super(active, ...(directory ? [directory.onDidChange] : []));
  }

  getChildren(node?: PersonNode): PersonNode[] {
    if (node) return [];
    const state = this.active.state();
    if (!state) return [];
    const directory = this.directory?.directory();
    const matches = directory?.entries.length ? matchPeople(state.analysis, directory) : undefined;
    return state.analysis.people.map((person) => ({
      person,
      analysis: state.analysis,
      document: state.document,
      entry: matches && directory ? entryById(directory, matches.find((m) => m.personId === person.id)?.entryId ?? null) : undefined,
    }));
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem({ person, analysis, document, entry }: PersonNode): vscode.TreeItem {
    const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.None);
    const facts = [person.role, person.age !== null ? `${person.age}` : null].filter(Boolean).join(', ');
    const listed = entry ? ' · in directory' : entry === null ? ' · not in directory' : '';
    item.description = `${facts ? `${facts} · ` : ''}${count(person.mentions.length, 'mention')}${listed}`;
    item.iconPath = new vscode.ThemeIcon(entry ? 'verified' : 'person');
    // The hover card, as a tooltip: its jumps become plain "line N" (tooltips run no commands).
    item.tooltip = new vscode.MarkdownString(
      personCard(analysis, person, {
        lineOf: (o) => document.positionAt(o).line + 1,
        jump: (label) => markdownText(label),
        // Ended roles as the hover judges them: at the article's own date, else today.
        rolesAt: rolesAtOf(rolesDate(document.getText())),
      }, undefined, entry),
    );
    const first = [...person.mentions].sort((a, b) => a.start - b.start)[0];
    if (first) item.command = { title: 'Go to First Mention', command: Commands.reveal, arguments: [document.uri.toString(), first.start, first.end] };
    item.contextValue = entry ? 'person.inDirectory' : entry === null ? 'person.notInDirectory' : 'person';
    return item;
  }
}
