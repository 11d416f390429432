// Implements copydesk.addToPeopleDirectory: creates or updates a person's entry in the people directory from
// what an article says (name, role, other names). Before anything is written, the change is shown in a diff
// editor — the directory file as it is (unsaved edits included) beside the proposed text, a read-only virtual
// document of the `copydesk-preview` scheme — and the user is asked to Add (or Update) or Cancel. The file keeps
// its formatting and comments (src/directory's addToDirectory splices the new lines in). A file with unsaved
// edits gets the entry in the editor, left unsaved with them. Refused in Restricted Mode: an untrusted
// folder's files are not written.
import * as vscode from 'vscode';
import { addToDirectory, type AddResult } from '../directory';
import type { Person } from '../engine';
import type { ActiveArticle } from './activeArticle';
import type { AnalysisService } from './analysis';
import type { PeopleDirectoryService } from './peopleDirectory';

/** The scheme of the proposed directory text shown in the diff editor. */
export const PREVIEW_SCHEME = 'copydesk-preview';

/** What the user is asked once the change is on screen. */
export interface AddQuestion {
  /** "Add Anatoly Antonov to people.yaml", "Update Kim Jong-un in people.yaml: …". */
  summary: string;
  changes: string[];
  /** The button that writes: "Add" or "Update". */
  button: 'Add' | 'Update';
  /** The directory file. */
  file: vscode.Uri;
  /** The proposed text, as shown on the right of the diff editor. */
  preview: vscode.Uri;
}

export interface AddCommandOptions {
  /** Write without showing the change or asking (for tests and scripts that have shown it themselves). */
  confirmed?: boolean;
  /** Asks the question while the diff is shown and returns the button chosen (default: a notification with the
   *  button and Cancel). For tests, which cannot click a notification. */
  choose?: (question: AddQuestion) => Thenable<string | undefined>;
}

/** A person the hover card names: the article's document and the person's name in its analysis. */
export interface PersonInDocument {
  uri: string;
  name: string;
}

/**
 * The virtual documents the diff editor shows: the proposed directory text (and an empty "before" when the
 * file does not exist yet). Read-only: a TextDocumentContentProvider's documents cannot be edited or saved.
 */
export class DirectoryPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this);
  private next = 0;

  /** A new preview document of `file`'s name, holding `text`. */
  put(file: vscode.Uri, text: string, label: 'proposed' | 'before'): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: file.path, query: `${label}-${++this.next}` });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  forget(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}

export interface AddContext {
  active: ActiveArticle;
  analyses: AnalysisService;
  directory: PeopleDirectoryService;
  preview: DirectoryPreview;
}

/** `target`: a People view row ({ person }), a hover card's { uri, name }, a person's name in the active
 *  article, or nothing (then a pick of the active article's people). */
export async function addToPeopleDirectoryCommand(
  ctx: AddContext,
  target?: unknown,
  given?: AddCommandOptions,
): Promise<AddResult | undefined> {
  // Only these two, of these types: a tree's inline button hands its selection as the second argument.
  const options: AddCommandOptions =
    given && typeof given === 'object' && !Array.isArray(given)
      ? { confirmed: given.confirmed === true, choose: typeof given.choose === 'function' ? given.choose : undefined }
      : {};
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Copydesk: Add to People Directory writes a file, which Restricted Mode does not allow. Trust the folder to use it.');
    return undefined;
  }
  const person = await personOf(ctx, target);
  if (!person) return undefined;
  const uri = await ctx.directory.target();
  if (!uri) {
    void vscode.window.showWarningMessage('Copydesk: open a folder to keep a people directory in (.copydesk/people.yaml).');
    return undefined;
  }
  const before = await currentText(uri);
  const name = uri.path.split('/').pop() ?? 'people.yaml';
  const result = addToDirectory(before.text, person, { file: name });
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Copydesk: ${result.error}`);
    return result;
  }
  if (!result.changed) {
    void vscode.window.showInformationMessage(`Copydesk: ${result.name} is already in ${name} with everything this article says.`);
    return result;
  }
  if (!options.confirmed) {
    const button = result.created ? 'Add' : 'Update';
    const chosen = await showAndAsk(ctx.preview, uri, before, result, button, options.choose ?? ask);
    if (chosen !== button) return undefined;
    // The file changed while the change was on screen (typed in, saved elsewhere): what was shown no longer
    // applies, so nothing is written.
    if ((await currentText(uri)).text !== before.text) {
      void vscode.window.showWarningMessage(`Copydesk: ${name} changed while the change was shown; nothing was written. Run Add to People Directory again.`);
      return undefined;
    }
  }
  const unsaved = unsavedDocument(uri);
  if (unsaved) {
    // The user's own unsaved edits are theirs to save: the entry joins them in the editor, unsaved too.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(unsaved.positionAt(0), unsaved.positionAt(unsaved.getText().length)), result.text);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    void vscode.window.showInformationMessage(`Copydesk: ${result.summary} — made in the editor, where ${name} has unsaved changes; save it to keep it.`);
  } else {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
    void vscode.window.setStatusBarMessage(`Copydesk: ${result.summary}`, 4000);
  }
  ctx.directory.refresh();
  return result;
}

function unsavedDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.isDirty && d.uri.toString() === uri.toString());
}

/** The directory file's text as the user sees it: the editor's while it has unsaved edits, else the file's
 *  (a document VS Code merely keeps loaded may be out of date, or of a file since deleted). */
async function currentText(uri: vscode.Uri): Promise<{ text: string; exists: boolean }> {
  const unsaved = unsavedDocument(uri);
  if (unsaved) return { text: unsaved.getText(), exists: true };
  try {
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)), exists: true };
  } catch {
    return { text: '', exists: false };
  }
}

/** Opens the diff (file as it is ↔ proposed), asks, closes the diff, and returns the button chosen. */
async function showAndAsk(
  preview: DirectoryPreview,
  file: vscode.Uri,
  before: { text: string; exists: boolean },
  result: Extract<AddResult, { ok: true }>,
  button: 'Add' | 'Update',
  choose: (question: AddQuestion) => Thenable<string | undefined>,
): Promise<string | undefined> {
  const proposed = preview.put(file, result.text, 'proposed');
  const left = before.exists ? file : preview.put(file, '', 'before');
  const name = file.path.split('/').pop();
  try {
    await vscode.commands.executeCommand('vscode.diff', left, proposed, `${name} ↔ proposed: ${result.summary}`, { preview: true });
    return await choose({ summary: result.summary, changes: result.changes, button, file, preview: proposed });
  } finally {
    await closeDiff(proposed);
    preview.forget(proposed);
    if (left !== file) preview.forget(left);
  }
}

/** The default question: a notification, so the diff stays usable (scroll it, read it) while it is asked. */
function ask(q: AddQuestion): Thenable<string | undefined> {
  return vscode.window.showInformationMessage(`Copydesk: ${q.summary}. The change is shown beside the file — ${q.button.toLowerCase()} it?`, q.button, 'Cancel');
}

async function closeDiff(proposed: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === proposed.toString());
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

async function personOf(ctx: AddContext, target: unknown): Promise<Person | undefined> {
  if (target && typeof target === 'object' && 'person' in target) return (target as { person: Person }).person;
  if (isPersonInDocument(target)) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri);
    const current = document && (await ctx.analyses.current(document));
    const person = current?.analysis.people.find((p) => p.name === target.name);
    if (!person) void vscode.window.showInformationMessage(`Copydesk: ${target.name} is no longer named in that article.`);
    return person;
  }
  const state = await ctx.active.current();
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

function isPersonInDocument(x: unknown): x is PersonInDocument {
  return !!x && typeof x === 'object' && typeof (x as PersonInDocument).uri === 'string' && typeof (x as PersonInDocument).name === 'string';
}
