// The newsroom's people directory in the editor: `.copydesk/people.yaml` / `.copydesk/people.json` in each
// workspace folder, then the files listed in `copydesk.peopleDirectories`, read with `workspace.fs` (so it
// works read-only in Restricted Mode and in virtual folders), merged in that order, and read again when one
// changes on disk or is edited: a file with unsaved edits in an editor is read as it is there, a moment after
// the typing stops. Each file's own problems are shown in that file, at their line. Parsing and
// merging are src/directory's; this only finds, reads and watches the files.
import * as vscode from 'vscode';
import { mergeDirectories, parseDirectory, type DirectoryDiagnostic, type ParsedDirectory, type PeopleDirectory } from '../directory';
import { DIAGNOSTIC_SOURCE, Settings } from './ids';

export const DIRECTORY_NAMES = ['people.yaml', 'people.json'] as const;

/** How long after the last keystroke in a directory file it is read again (ms). */
export const TYPING_DELAY = 300;

const EMPTY: PeopleDirectory = { entries: [], diagnostics: [], files: [] };

export class PeopleDirectoryService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk-people');
  private readonly didChange = new vscode.EventEmitter<PeopleDirectory>();
  /** Fires after the directory was read again. */
  readonly onDidChange = this.didChange.event;
  private readonly subscriptions: vscode.Disposable[] = [this.collection, this.didChange];
  private watchers: vscode.Disposable[] = [];
  private merged: PeopleDirectory = EMPTY;
  private uris: vscode.Uri[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<void> = Promise.resolve();

  /** `listed`: copydesk.peopleDirectories, as the validating settings reader gives it (a bad value is reported
   *  there and reads as the default, no files). */
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly listed: () => readonly string[],
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.peopleDirectories}`)) this.restart();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      vscode.workspace.onDidSaveTextDocument((d) => this.isDirectoryFile(d.uri) && this.schedule()),
      // Opening a directory file reads it again too, so its problems are current however it got there.
      vscode.workspace.onDidOpenTextDocument((d) => this.isDirectoryFile(d.uri) && this.schedule()),
      // Typing in a directory file: its problems (and the articles' name-style and role problems) follow the
      // unsaved text, once the typing pauses.
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.isDirectoryFile(e.document.uri) && this.schedule(TYPING_DELAY)),
      // Closed without saving: back to the file on disk.
      vscode.workspace.onDidCloseTextDocument((d) => this.isDirectoryFile(d.uri) && this.schedule()),
    );
    this.restart();
  }

  /** The merged directory as last read (empty until the first read is done: see `ready`). */
  directory(): PeopleDirectory {
    return this.merged;
  }

  /** The directory once the read under way (if any) has finished. */
  async ready(): Promise<PeopleDirectory> {
    for (let last: Promise<void> | undefined; last !== this.reading || this.timer !== undefined; ) {
      last = this.reading;
      if (this.timer !== undefined) await new Promise((r) => setTimeout(r, 50));
      else await last;
    }
    return this.merged;
  }

  /** The files read, in merge order (those that do not exist are skipped when read). */
  files(): readonly vscode.Uri[] {
    return this.uris;
  }

  /** Where "Add to People Directory" writes: the first directory file that exists, else the first folder's
   *  `.copydesk/people.yaml`. Undefined with no workspace folder. */
  async target(): Promise<vscode.Uri | undefined> {
    for (const uri of this.uris) if (await exists(uri)) return uri;
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, '.copydesk', DIRECTORY_NAMES[0]);
  }

  /** Reads the files again (after Copydesk wrote one). */
  refresh(): void {
    this.schedule(0);
  }

  isDirectoryFile(uri: vscode.Uri): boolean {
    return this.uris.some((u) => u.toString() === uri.toString());
  }

  /** Finds the files again (settings or folders changed), watches them and reads them. */
  private restart(): void {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    this.uris = directoryUris(this.listed());
    const patterns: vscode.RelativePattern[] = [];
    // Each folder's own files by a glob from the folder, which the workspace's recursive watcher serves: a
    // plain path under a folder that does not exist yet (.copydesk before anything is saved there) may never fire.
    // The .copydesk folder itself too: a folder created with its files in it (a checkout, a copy) may be
    // reported as the folder alone.
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      patterns.push(new vscode.RelativePattern(folder, `{.copydesk,${DIRECTORY_NAMES.map((n) => `.copydesk/${n}`).join(',')}}`));
    }
    for (const uri of this.uris) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && uri.path === vscode.Uri.joinPath(folder.uri, '.copydesk', uri.path.split('/').pop()!).path) continue;
      const slash = uri.path.lastIndexOf('/');
      patterns.push(folder
        ? new vscode.RelativePattern(folder, uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1))
        : new vscode.RelativePattern(uri.with({ path: uri.path.slice(0, slash) || '/' }), uri.path.slice(slash + 1)));
    }
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const changed = () => this.schedule();
      watcher.onDidCreate(changed);
      watcher.onDidChange(changed);
      watcher.onDidDelete(changed);
      this.watchers.push(watcher);
    }
    this.schedule(0);
  }

  private schedule(delay = 100): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reading = this.reading.then(() => this.read());
    }, delay);
  }

  private async read(): Promise<void> {
    const parsed: ParsedDirectory[] = [];
    this.collection.clear();
    for (const uri of this.uris) {
      const text = await this.textOf(uri);
      if (text === undefined) continue; // not there: nothing to read
      const file = parseDirectory(text, { file: uri.toString() });
      parsed.push(file);
      this.collection.set(uri, file.diagnostics.map((d) => diagnosticOf(text, d)));
    }
    this.merged = parsed.length ? mergeDirectories(parsed) : EMPTY;
    // What merging noticed across files goes to the file it names.
    for (const d of this.merged.diagnostics) {
      if (parsed.some((p) => p.diagnostics.includes(d))) continue;
      const uri = this.uris.find((u) => u.toString() === d.file);
      if (uri) this.collection.set(uri, [...(this.collection.get(uri) ?? []), diagnosticAtLine(d)]);
    }
    this.log.info(`People directory: ${this.merged.entries.length} people from ${parsed.length} file(s)`);
    this.didChange.fire(this.merged);
  }

  /** A directory file's text: the editor's while it has unsaved edits, else the file's on disk (a document
   *  VS Code merely keeps loaded may be out of date, or of a file since deleted); undefined when there is none. */
  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const unsaved = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.isDirty && d.uri.toString() === uri.toString());
    if (unsaved) return unsaved.getText().replace(/^\uFEFF/, '');
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    vscode.Disposable.from(...this.watchers, ...this.subscriptions).dispose();
  }
}

/** Each workspace folder's `.copydesk/people.yaml` and `.json`, then the setting's files, without repeats. */
function directoryUris(listed: readonly string[]): vscode.Uri[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const uris: vscode.Uri[] = [];
  for (const folder of folders) for (const name of DIRECTORY_NAMES) uris.push(vscode.Uri.joinPath(folder.uri, '.copydesk', name));
  for (const p of listed) {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) uris.push(vscode.Uri.parse(p));
    else if (p.startsWith('/') || /^[a-z]:[\\/]/i.test(p)) uris.push(vscode.Uri.file(p));
    else if (folders[0]) uris.push(vscode.Uri.joinPath(folders[0].uri, p));
  }
  const seen = new Set<string>();
  return uris.filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString()));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A position in `text` from a string offset (lines split at \n, as the directory's own line numbers are). */
function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, Math.min(offset, text.length));
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, before.length - (before.lastIndexOf('\n') + 1));
}

function diagnosticOf(text: string, d: DirectoryDiagnostic): vscode.Diagnostic {
  const start = positionIn(text, d.start);
  const end = d.end > d.start ? positionIn(text, d.end) : start.translate(0, 0);
  const range = start.isEqual(end) ? new vscode.Range(start, new vscode.Position(start.line, Number.MAX_SAFE_INTEGER)) : new vscode.Range(start, end);
  return withCode(new vscode.Diagnostic(range, d.message, severityOf(d)), d);
}

function diagnosticAtLine(d: DirectoryDiagnostic): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, d.line - 1), Math.max(0, d.column - 1));
  return withCode(new vscode.Diagnostic(new vscode.Range(start, start.with({ character: Number.MAX_SAFE_INTEGER })), d.message, severityOf(d)), d);
}

const severityOf = (d: DirectoryDiagnostic) => (d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);

function withCode(diagnostic: vscode.Diagnostic, d: DirectoryDiagnostic): vscode.Diagnostic {
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = d.code;
  return diagnostic;
}
