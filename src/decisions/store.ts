// Decisions held in memory and kept in step with their file. Every save reads the file again and merges it,
// so two windows on the same folder add to each other's decisions instead of overwriting them; the file is
// replaced in one step (written beside it, then renamed over it) so a crash mid-save leaves the old one whole.
// A file that cannot be read as decisions is reported, copied aside once and never written over: decisions
// made meanwhile stay in memory until it is fixed.
import type { ClaimRef } from './anchor';
import { emptyFile, mergeFiles, parseFile, sameFile, serializeFile } from './file';
import type { Decision, DecisionFile, DecisionStatus } from './types';

/** Where a store keeps its file: a workspace file, or editor storage when files may not be written. */
export interface StoreFiles {
  /** For messages: ".copydesk/claims.json", "this window". */
  readonly name: string;
  /** The file's text; undefined when there is none yet. */
  read(): Promise<string | undefined>;
  /** Replaces the file in one step (temporary file, then rename). */
  write(text: string): Promise<void>;
  /** Copies unreadable text aside without touching the original; returns the copy's name. */
  keepAside(text: string): Promise<string>;
}

export class DecisionStore {
  private file: DecisionFile = emptyFile();
  private blockedBy: string | undefined;
  private keptAside = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private listeners: (() => void)[] = [];

  constructor(
    readonly files: StoreFiles,
    /** Told about a store that cannot be read or written; each distinct message once. */
    private readonly report: (message: string) => void,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Why the file is not being written (it could not be read as decisions), if it is not. */
  get problem(): string | undefined {
    return this.blockedBy;
  }

  /** Calls back whenever the decisions change, from this window or from the file. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  decisions(doc: string): readonly Decision[] {
    return this.file.documents[doc] ?? [];
  }

  /** Reads the file (at start, or when another window changed it) and merges it with what is held here. */
  load(): Promise<void> {
    return this.sync();
  }

  /** Records the editor's decision about a claim and saves. `key` is the decision already anchored to it, if any. */
  decide(doc: string, claim: ClaimRef, status: DecisionStatus, note = '', key?: string): Promise<void> {
    const list = [...this.decisions(doc)];
    const now = this.now();
    const existing =
      (key !== undefined ? list.find((d) => d.key === key) : undefined) ??
      // A claim reopened earlier keeps the same decision, so merges see one history.
      list.find((d) => d.status === 'open' && (d.claimId === claim.id || d.key === claim.id));
    const next: Decision = {
      key: existing?.key ?? freshKey(list, claim.id),
      claimId: claim.id,
      text: claim.text,
      status,
      note: status === 'open' ? '' : note,
      decidedAt: now,
      anchoredAt: now,
    };
    this.put(doc, list.filter((d) => d.key !== next.key).concat(next));
    return this.sync();
  }

  /** Moves decisions to the sentences they were found on after an edit, so they follow further edits. */
  reanchor(doc: string, moved: readonly { decision: Decision; claim: ClaimRef }[]): Promise<void> {
    if (!moved.length) return Promise.resolve();
    const now = this.now();
    const byKey = new Map(moved.map((m) => [m.decision.key, m.claim]));
    this.put(
      doc,
      this.decisions(doc).map((d) => {
        const c = byKey.get(d.key);
        return c ? { ...d, claimId: c.id, text: c.text, anchoredAt: now } : d;
      }),
    );
    return this.sync();
  }

  /** Adds decisions from elsewhere (another store) and saves: used when a workspace becomes trusted. */
  absorb(other: DecisionFile): Promise<void> {
    this.file = mergeFiles(this.file, other);
    this.changed();
    return this.sync();
  }

  snapshot(): DecisionFile {
    return this.file;
  }

  private put(doc: string, list: Decision[]): void {
    this.file = { ...this.file, documents: { ...this.file.documents, [doc]: list } };
    this.changed();
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Read, merge, write if the file lacks anything held here. One at a time. */
  private sync(): Promise<void> {
    const run = this.queue.then(() => this.syncNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async syncNow(): Promise<void> {
    let text: string | undefined;
    try {
      text = await this.files.read();
    } catch (e) {
      this.fail(`Copydesk could not read ${this.files.name}: ${(e as Error).message}. Decisions are kept in memory for now.`);
      return;
    }
    let onDisk = emptyFile();
    if (text !== undefined) {
      const parsed = parseFile(text);
      if (!parsed.ok) return this.block(text, parsed.error);
      onDisk = parsed.file;
    }
    const wasBlocked = this.blockedBy !== undefined;
    this.blockedBy = undefined;
    const merged = mergeFiles(onDisk, this.file);
    const learned = !sameFile(merged, this.file);
    this.file = merged;
    if (learned || wasBlocked) this.changed();
    if (text !== undefined && sameFile(merged, onDisk)) return;
    if (text === undefined && !Object.values(merged.documents).some((l) => l.length)) return;
    try {
      await this.files.write(serializeFile(merged));
    } catch (e) {
      this.fail(`Copydesk could not save ${this.files.name}: ${(e as Error).message}. Decisions are kept in memory for now.`);
    }
  }

  private async block(text: string, error: string): Promise<void> {
    const first = this.blockedBy === undefined;
    this.blockedBy = `${this.files.name} is not a Copydesk decisions file: ${error}`;
    if (first) this.changed();
    let aside = '';
    if (!this.keptAside.has(text)) {
      this.keptAside.add(text);
      try {
        aside = ` A copy is kept in ${await this.files.keepAside(text)}.`;
      } catch (e) {
        aside = ` (No copy could be kept: ${(e as Error).message}.)`;
      }
      this.report(`${this.blockedBy}. Copydesk leaves it as it is and keeps new decisions in memory until it is fixed.${aside}`);
    }
  }

  private failed = new Set<string>();
  private fail(message: string): void {
    if (this.failed.has(message)) return;
    this.failed.add(message);
    this.report(message);
  }
}

function freshKey(list: readonly Decision[], base: string): string {
  if (!list.some((d) => d.key === base)) return base;
  for (let n = 2; ; n++) if (!list.some((d) => d.key === `${base}~${n}`)) return `${base}~${n}`;
}
