// Implements copydesk.addToPeopleDirectory: creates or updates a person's entry in the people directory from
// what the active article says (name, role, other names). The change is shown in a modal before anything is
// written; the file keeps its formatting and comments (src/directory's addToDirectory splices the new lines
// in). Refused in Restricted Mode: an untrusted folder's files are not written.
import * as vscode from 'vscode';
import { addToDirectory, type AddResult } from '../directory';
import type { Person } from '../engine';
import type { ActiveArticle } from './activeArticle';
import type { PeopleDirectoryService } from './peopleDirectory';

export interface AddCommandOptions {
  /** Write without asking (for tests and scripts that have shown the change themselves). */
  confirmed?: boolean;
}

/** `target`: a People view row ({ person }), a person's name, or nothing (then a pick of the article's people). */
export async function addToPeopleDirectoryCommand(
  active: ActiveArticle,
  directory: PeopleDirectoryService,
  target?: unknown,
  options: AddCommandOptions = {},
): Promise<AddResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Copydesk: Add to People Directory writes a file, which Restricted Mode does not allow. Trust the folder to use it.');
    return undefined;
  }
  const person = await personOf(active, target);
  if (!person) return undefined;
  const uri = await directory.target();
  if (!uri) {
    void vscode.window.showWarningMessage('Copydesk: open a folder to keep a people directory in (.copydesk/people.yaml).');
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const before = open ? open.getText() : await readText(uri);
  const name = uri.path.split('/').pop() ?? 'people.yaml';
  const result = addToDirectory(before, person, { file: name });
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Copydesk: ${result.error}`);
    return result;
  }
  if (!result.changed) {
    void vscode.window.showInformationMessage(`Copydesk: ${result.name} is already in ${name} with everything this article says.`);
    return result;
  }
  if (!options.confirmed) {
    const detail = result.changes.map((c) => `• ${c}`).join('\n');
    const answer = await vscode.window.showInformationMessage(result.summary, { modal: true, detail }, result.created ? 'Add' : 'Update');
    if (!answer) return undefined;
  }
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(before.length)), result.text);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    await open.save();
  } else {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  }
  directory.refresh();
  void vscode.window.setStatusBarMessage(`Copydesk: ${result.summary}`, 4000);
  return result;
}

async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

async function personOf(active: ActiveArticle, target: unknown): Promise<Person | undefined> {
  if (target && typeof target === 'object' && 'person' in target) return (target as { person: Person }).person;
  const state = await active.current();
  const people = state?.analysis.people ?? [];
  if (typeof target === 'string') return people.find((p) => p.name === target || p.aliases.includes(target));
  if (!people.length) {
    void vscode.window.showInformationMessage('Copydesk: the active article names nobody to add.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    people.map((p) => ({ label: p.name, description: p.role ?? undefined, person: p })),
    { title: 'Add to People Directory', placeHolder: 'Who?' },
  );
  return picked?.person;
}
