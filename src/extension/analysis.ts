// Keeps each open article's analysis current as the user types: debounced, superseded runs cancelled,
// results tagged with the document version they were made from so that stale ones are never served.
// The engine runs in the extension host, never in the editor's renderer, so typing is not held up.
import * as vscode from 'vscode';
import type { Analysis } from '../engine';
import { pauseReason } from './model/pause';

export interface AnalysisResult {
  readonly version: number;
  readonly analysis: Analysis;
}

export interface Analyzer {
  (text: string): Analysis;
}

/** Makes the analyser for one document: an engine ArticleSession, which reuses its unchanged paragraphs. */
export type AnalyzerFactory = () => Analyzer;

interface Waiter {
  version: number;
  resolve(result: AnalysisResult | undefined): void;
}

interface Entry {
  document: vscode.TextDocument;
  /** This document's own analyser, so each edit re-does only what it touched. */
  analyze: Analyzer;
  result?: AnalysisResult;
  timer?: ReturnType<typeof setTimeout>;
  waiters: Waiter[];
  /** Set while the document is too large or looks binary: the version checked and why it is not analysed. */
  paused?: { version: number; reason: string };
}

export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly didAnalyze = new vscode.EventEmitter<{ document: vscode.TextDocument; result: AnalysisResult }>();
  /** Fires after a document was analysed at its current version. */
  readonly onDidAnalyze = this.didAnalyze.event;
  private readonly didPause = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document is paused (not analysed: too large, or binary) or resumed. */
  readonly onDidChangePause = this.didPause.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly newAnalyzer: AnalyzerFactory,
    private readonly isArticle: (document: vscode.TextDocument) => boolean,
    private readonly delay: () => number,
    private readonly log: vscode.LogOutputChannel,
    private readonly maxDocumentSize: () => number = () => Infinity,
  ) {
    this.subscriptions.push(
      this.didAnalyze,
      this.didPause,
      vscode.workspace.onDidChangeTextDocument((e) => this.onDidChangeTextDocument(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
  }

  /** The latest analysis of the document, which may be of an earlier version. */
  latest(document: vscode.TextDocument): AnalysisResult | undefined {
    return this.entries.get(key(document))?.result;
  }

  /** Why the document is not analysed ("Copydesk paused: 3.4 MB is over copydesk.maxDocumentSize"), if it is not. */
  paused(document: vscode.TextDocument): string | undefined {
    return this.entries.get(key(document))?.paused?.reason;
  }

  /**
   * The analysis of the document as it is now: at once when it is current, otherwise once the pending run
   * has finished. `undefined` when the caller cancels or the document changes again first (the result
   * would be stale).
   */
  current(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
    if (!this.isArticle(document)) return Promise.resolve(undefined);
    const entry = this.entry(document);
    if (entry.result?.version === document.version) return Promise.resolve(entry.result);
    if (entry.paused?.version === document.version) return Promise.resolve(undefined);
    if (token?.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter: Waiter = { version: document.version, resolve };
      entry.waiters.push(waiter);
      const cancel = token?.onCancellationRequested(() => {
        entry.waiters = entry.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      });
      waiter.resolve = (r) => {
        cancel?.dispose();
        resolve(r);
      };
      // A document seen for the first time (just opened) is analysed straight away.
      if (entry.timer === undefined) this.schedule(entry, entry.result ? this.delay() : 0);
    });
  }

  /** Re-analyses every tracked document, e.g. after the settings changed (and re-checks its size). */
  refreshAll(): void {
    for (const entry of this.entries.values()) {
      if (this.isArticle(entry.document)) this.schedule(entry, 0);
      else this.forget(entry.document);
    }
  }

  // Implements the "as the user types" part: every change pushes the run back by the delay.
  private onDidChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const entry = this.entries.get(key(e.document));
    if (entry) this.schedule(entry, this.delay());
    else if (this.isArticle(e.document)) this.schedule(this.entry(e.document), this.delay());
  }

  private entry(document: vscode.TextDocument): Entry {
    let entry = this.entries.get(key(document));
    if (!entry) {
      entry = { document, waiters: [], analyze: this.newAnalyzer() };
      this.entries.set(key(document), entry);
    }
    entry.document = document;
    return entry;
  }

  private schedule(entry: Entry, delay: number): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer); // the superseded run never starts
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      this.run(entry);
    }, delay);
  }

  private run(entry: Entry): void {
    const { document } = entry;
    if (document.isClosed) return this.forget(document);
    const version = document.version;
    const text = document.getText();
    // A file opened by mistake (megabytes of log, a binary) is not analysed: the status item says why.
    const reason = pauseReason(text, this.maxDocumentSize());
    const wasPaused = entry.paused?.reason;
    if (reason !== undefined) {
      entry.paused = { version, reason };
      entry.result = undefined;
      entry.analyze = this.newAnalyzer(); // let go of the session's paragraphs
      for (const w of entry.waiters.splice(0)) w.resolve(undefined);
      if (wasPaused !== reason) {
        this.log.info(`${reason}: ${document.uri.toString(true)}`);
        this.didPause.fire(document);
      }
      return;
    }
    entry.paused = undefined;
    if (wasPaused !== undefined) this.didPause.fire(document);
    if (entry.result?.version === version) return this.settle(entry, entry.result);
    const started = Date.now();
    let analysis: Analysis;
    try {
      analysis = entry.analyze(text);
    } catch (err) {
      this.log.error(`Analysis of ${document.uri.toString(true)} failed:`, err instanceof Error ? err : String(err));
      for (const w of entry.waiters.splice(0)) w.resolve(undefined);
      return;
    }
    this.log.trace(`analysed ${document.uri.toString(true)} v${version} in ${Date.now() - started} ms`);
    if (document.version !== version) return; // changed meanwhile: the scheduled run will take over
    const result: AnalysisResult = { version, analysis };
    entry.result = result;
    this.settle(entry, result);
    this.didAnalyze.fire({ document, result });
  }

  /** Answers the waiters for this version; those for earlier versions get nothing (their answer is stale). */
  private settle(entry: Entry, result: AnalysisResult): void {
    const waiters = entry.waiters.splice(0);
    for (const w of waiters) {
      if (w.version === result.version) w.resolve(result);
      else if (w.version < result.version) w.resolve(undefined);
      else entry.waiters.push(w);
    }
  }

  private forget(document: vscode.TextDocument): void {
    const entry = this.entries.get(key(document));
    if (!entry) return;
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    for (const w of entry.waiters.splice(0)) w.resolve(undefined);
    this.entries.delete(key(document));
  }

  dispose(): void {
    for (const entry of [...this.entries.values()]) this.forget(entry.document);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

const key = (document: vscode.TextDocument) => document.uri.toString();
