// Where claim decisions live, and which decision holds for each claim of a document as it is now.
// - A file in a trusted workspace folder on disk: `.copydesk/claims.json` in that folder, so a colleague
//   working on the same folder sees the same decisions (written through workspace.fs: desktop, remote, web).
// - Restricted Mode, a virtual folder, a file outside the folders, an untitled document: VS Code's storage for
//   this workspace (workspaceState). Copydesk writes no file then, and the Claims view says so.
import * as vscode from 'vscode';
import type { Claim } from '../engine';
import {
  anchorDecisions,
  DecisionStore,
  folderStoreFiles,
  STORE_FILE,
  STORE_FOLDER,
  type Anchoring,
  type DecisionStatus,
  type FolderFs,
  type StoreFiles,
} from '../decisions';

export interface DecisionPlace {
  store: DecisionStore;
  /** The document's name in the store: its path in the folder, or its URI. */
  doc: string;
  /** Said in the Claims view when decisions are not written to the folder, or the file has a problem. */
  notice: string | undefined;
}

const MEMENTO_KEY = 'copydesk.claimDecisions';
/** Folders whose files are real files Copydesk may write: local disk, and the remote disk of a remote window. */
const DISK_SCHEMES = new Set(['file', 'vscode-remote']);

interface FolderStore {
  store: DecisionStore;
  watcher: vscode.Disposable;
}

export class ClaimDecisions implements vscode.Disposable {
  private readonly folders = new Map<string, FolderStore>();
  private readonly memory: DecisionStore;
  private readonly didChange = new vscode.EventEmitter<void>();
  /** Fires when any decision changes: made here, read from the file, or the file became unreadable. */
  readonly onDidChange = this.didChange.event;
  private readonly subscriptions: vscode.Disposable[] = [this.didChange];
  private readonly cache = new Map<string, { version: number; revision: number; claims: readonly Claim[]; anchoring: Anchoring; stored: boolean }>();
  private revision = 0;

  constructor(
    state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.memory = this.watch(new DecisionStore(mementoFiles(state), (m) => this.report(m)));
    void this.memory.load();
    this.subscriptions.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.moveToFolders()),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) this.dropFolder(f.uri.toString());
      }),
    );
  }

  /** The store and name of a document's decisions, and what to tell the user about where they are kept. */
  placeOf(document: vscode.TextDocument): DecisionPlace {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const byUri = { store: this.memory, doc: document.uri.toString() };
    const kept = 'kept in VS Code’s storage for this workspace, not written to the folder';
    if (!folder) {
      const why = document.isUntitled ? 'An untitled document' : 'This file is outside the workspace folders';
      return { ...byUri, notice: `${why}: decisions are ${kept}.` };
    }
    if (!vscode.workspace.isTrusted) return { ...byUri, notice: `Restricted Mode: decisions are ${kept}. Trust the workspace to share them in ${STORE_FOLDER}/${STORE_FILE}.` };
    if (!DISK_SCHEMES.has(folder.uri.scheme) || vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) === false) {
      return { ...byUri, notice: `A virtual folder: decisions are ${kept}.` };
    }
    const store = this.folderStore(folder);
    const doc = relativePath(folder.uri, document.uri);
    return { store, doc, notice: store.problem };
  }

  /** Which decision holds for each claim, which are kept aside; moved anchors are saved once the document is. */
  anchoring(document: vscode.TextDocument, claims: readonly Claim[]): Anchoring {
    const key = document.uri.toString();
    let cached = this.cache.get(key);
    if (!cached || cached.version !== document.version || cached.revision !== this.revision || cached.claims !== claims) {
      const place = this.placeOf(document);
      cached = { version: document.version, revision: this.revision, claims, anchoring: anchorDecisions(place.store.decisions(place.doc), claims), stored: false };
      this.cache.set(key, cached);
    }
    // Only text that is saved moves an anchor: two windows on the same file then agree, and an unsaved edit
    // that is thrown away leaves the file as it was (the decision still finds the old sentence by similarity).
    if (cached.anchoring.moved.length && !cached.stored && (!document.isDirty || document.isUntitled)) {
      cached.stored = true;
      const place = this.placeOf(document);
      void place.store.reanchor(place.doc, cached.anchoring.moved);
    }
    return cached.anchoring;
  }

  async decide(document: vscode.TextDocument, claim: Claim, status: DecisionStatus, note = '', key?: string): Promise<void> {
    const place = this.placeOf(document);
    await place.store.decide(place.doc, claim, status, note, key);
  }

  /** Drops a decision kept aside (its sentence is gone): it becomes a reopened claim nobody will see. */
  async forget(document: vscode.TextDocument, key: string): Promise<void> {
    const place = this.placeOf(document);
    const d = place.store.decisions(place.doc).find((x) => x.key === key);
    if (d) await place.store.decide(place.doc, { id: d.claimId, text: d.text }, 'open', '', key);
  }

  private folderStore(folder: vscode.WorkspaceFolder): DecisionStore {
    const id = folder.uri.toString();
    let entry = this.folders.get(id);
    if (!entry) {
      const dir = vscode.Uri.joinPath(folder.uri, STORE_FOLDER);
      const store = this.watch(new DecisionStore(folderStoreFiles(workspaceFolderFs(dir)), (m) => this.report(m, vscode.Uri.joinPath(dir, STORE_FILE))));
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${STORE_FOLDER}/${STORE_FILE}`));
      const reload = () => void store.load();
      watcher.onDidChange(reload);
      watcher.onDidCreate(reload);
      watcher.onDidDelete(reload);
      entry = { store, watcher };
      this.folders.set(id, entry);
      void store.load();
    }
    return entry.store;
  }

  private watch(store: DecisionStore): DecisionStore {
    store.onDidChange(() => {
      this.revision++;
      this.didChange.fire();
    });
    return store;
  }

  /** Restricted Mode lifted: decisions made meanwhile go into their folders' files. */
  private async moveToFolders(): Promise<void> {
    const held = this.memory.snapshot().documents;
    for (const [uri, decisions] of Object.entries(held)) {
      const target = vscode.Uri.parse(uri);
      const folder = vscode.workspace.getWorkspaceFolder(target);
      if (!folder || !decisions.length || !DISK_SCHEMES.has(folder.uri.scheme)) continue;
      await this.folderStore(folder).absorb({ version: 1, documents: { [relativePath(folder.uri, target)]: decisions } });
    }
    this.revision++;
    this.didChange.fire();
  }

  private dropFolder(id: string): void {
    this.folders.get(id)?.watcher.dispose();
    this.folders.delete(id);
  }

  private report(message: string, file?: vscode.Uri): void {
    this.log.warn(message);
    this.revision++;
    this.didChange.fire();
    void vscode.window.showWarningMessage(message, ...(file ? ['Open File'] : [])).then((pick) => {
      if (pick && file) void vscode.window.showTextDocument(file);
    });
  }

  dispose(): void {
    for (const id of [...this.folders.keys()]) this.dropFolder(id);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The document's path inside the folder, with forward slashes. */
function relativePath(folder: vscode.Uri, file: vscode.Uri): string {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return file.path.startsWith(base) ? file.path.slice(base.length) : file.path;
}

function workspaceFolderFs(dir: vscode.Uri): FolderFs {
  const at = (name: string) => vscode.Uri.joinPath(dir, name);
  const fs = vscode.workspace.fs;
  return {
    async read(name) {
      try {
        return await fs.readFile(at(name));
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    write: async (name, data) => fs.writeFile(at(name), data),
    rename: async (from, to) => fs.rename(at(from), at(to), { overwrite: true }),
    remove: async (name) => fs.delete(at(name), { useTrash: false }),
    makeFolder: async () => fs.createDirectory(dir),
  };
}

function isNotFound(e: unknown): boolean {
  return (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') || /FileNotFound|ENOENT|EntryNotFound/.test(String(e));
}

/** Decisions in workspaceState: no file is written. */
function mementoFiles(state: vscode.Memento): StoreFiles {
  return {
    name: 'VS Code’s storage for this workspace',
    read: async () => state.get<string>(MEMENTO_KEY),
    write: async (text) => state.update(MEMENTO_KEY, text),
    keepAside: async (text) => {
      await state.update(`${MEMENTO_KEY}.unreadable`, text);
      return 'VS Code’s storage';
    },
  };
}
