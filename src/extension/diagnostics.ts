// The Problems panel: speech with no speaker, unbalanced quotation marks and pasted-page debris (a hint, faded
// as unnecessary text) for every open article; claims still to check as well when copydesk.claimsInProblems
// is on. Kept current with each analysis and each decision.
import * as vscode from 'vscode';
import type { Analysis, Problem, Severity } from '../engine';
import type { AnalysisService } from './analysis';
import type { ClaimDecisions } from './decisions';
import { CLAIM_CODE, DIAGNOSTIC_SOURCE } from './ids';
import { CATEGORY_LABEL } from './model/claimGroups';
import { isPasted } from './model/pastedLines';
import { rangeOf } from './reveal';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class ArticleDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly subscriptions: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly decisions: ClaimDecisions,
    private readonly isArticle: (d: vscode.TextDocument) => boolean,
    private readonly claimsWanted: () => boolean,
  ) {
    this.subscriptions.push(
      analyses.onDidAnalyze(({ document, result }) => this.update(document, result.analysis, result.version)),
      // A document that grew past copydesk.maxDocumentSize (or turned binary) keeps no problems from before.
      analyses.onDidChangePause((document) => {
        if (analyses.paused(document)) this.collection.delete(document.uri);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.analyseIfArticle(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.claimsWanted() && this.updateLatest(d)),
      decisions.onDidChange(() => {
        if (this.claimsWanted()) vscode.workspace.textDocuments.forEach((d) => this.updateLatest(d));
      }),
    );
  }

  /** Every open document again: after the article languages or the claims setting changed. */
  refresh(): void {
    for (const d of vscode.workspace.textDocuments) {
      if (this.isArticle(d)) this.updateLatest(d) || this.analyseIfArticle(d);
      else this.collection.delete(d.uri);
    }
  }

  private analyseIfArticle(document: vscode.TextDocument): void {
    if (this.isArticle(document)) void this.analyses.current(document);
  }

  private updateLatest(document: vscode.TextDocument): boolean {
    const latest = this.analyses.latest(document);
    if (latest) this.update(document, latest.analysis, latest.version);
    return !!latest;
  }

  private update(document: vscode.TextDocument, analysis: Analysis, version: number): void {
    if (document.isClosed || version !== document.version || !this.isArticle(document)) return;
    const diagnostics = analysis.problems.map((p) => problemDiagnostic(document, p));
    if (this.claimsWanted()) {
      const { byClaim } = this.decisions.anchoring(document, analysis.claims);
      analysis.claims.forEach((claim, i) => {
        const d = byClaim[i];
        if (d && d.status !== 'open') return;
        const where = claim.triggers.length ? claim.triggers[0] : claim;
        const diagnostic = new vscode.Diagnostic(rangeOf(document, where), `${CATEGORY_LABEL[claim.category] ?? claim.category}: ${claim.reason}`, vscode.DiagnosticSeverity.Information);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = CLAIM_CODE;
        diagnostics.push(diagnostic);
      });
    }
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function problemDiagnostic(document: vscode.TextDocument, p: Problem): vscode.Diagnostic {
  const pasted = isPasted(p);
  const d = new vscode.Diagnostic(rangeOf(document, p), p.message, pasted ? vscode.DiagnosticSeverity.Hint : (SEVERITY[p.severity] ?? vscode.DiagnosticSeverity.Information));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = p.code;
  if (pasted) d.tags = [vscode.DiagnosticTag.Unnecessary];
  return d;
}

/** The diagnostic's code as a string, whichever form it takes. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}
