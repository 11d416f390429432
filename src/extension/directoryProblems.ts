// The people directory's problems in an article: a name written otherwise than the house style (a warning, with
// the quick fix to the house spelling and a fix-all) and a role the directory records as ended. Never inside a
// quotation: checkArticle (src/directory) leaves the source's words alone. Kept current with each analysis and
// each read of the directory.
import * as vscode from 'vscode';
import { checkArticle, type DirectoryProblem, type DirectoryReport, type PeopleDirectory, type TextEdit } from '../directory';
import type { AnalysisService } from './analysis';
import { codeOf } from './diagnostics';
import { DIAGNOSTIC_SOURCE } from './ids';
import { rangeOf } from './reveal';

export const NAME_STYLE = 'name-style';
export const ENDED_ROLE = 'ended-role';

interface DirectorySource {
  directory(): PeopleDirectory;
  onDidChange: vscode.Event<unknown>;
}

export class DirectoryProblems implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk-people-style');
  private readonly subscriptions: vscode.Disposable[] = [this.collection];
  /** The last report for each document, with the version it is of. */
  private readonly reports = new Map<string, { version: number; report: DirectoryReport }>();

  constructor(
    private readonly analyses: AnalysisService,
    private readonly source: DirectorySource,
  ) {
    this.subscriptions.push(
      analyses.onDidAnalyze(({ document }) => this.update(document)),
      source.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => this.update(d))),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.reports.delete(d.uri.toString());
      }),
    );
  }

  /** The directory's report on the document as it is now; undefined while it is being analysed. */
  report(document: vscode.TextDocument): DirectoryReport | undefined {
    const latest = this.analyses.latest(document);
    if (!latest || latest.version !== document.version) return undefined;
    const kept = this.reports.get(document.uri.toString());
    if (kept?.version === document.version) return kept.report;
    const directory = this.source.directory();
    const report: DirectoryReport = directory.entries.length
      ? checkArticle(document.getText(), latest.analysis, directory)
      : { people: [], problems: [], fixes: [] };
    this.reports.set(document.uri.toString(), { version: document.version, report });
    return report;
  }

  private update(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    this.reports.delete(document.uri.toString());
    const report = this.report(document);
    if (!report) return;
    this.collection.set(document.uri, report.problems.map((p) => diagnosticOf(document, p)));
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const report = this.report(document);
    if (!report) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === NAME_STYLE)) {
      const at = document.offsetAt(diagnostic.range.start);
      const problem = report.problems.find((p) => p.code === NAME_STYLE && p.start === at && p.fix);
      if (!problem?.fix) continue;
      const action = new vscode.CodeAction(`Use the house spelling “${problem.expected}”`, vscode.CodeActionKind.QuickFix);
      action.edit = editOf(document, [problem.fix]);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    if (actions.length && report.fixes.length > 1) {
      const all = new vscode.CodeAction(`Use the house spelling everywhere (${report.fixes.length})`, vscode.CodeActionKind.QuickFix);
      all.edit = editOf(document, report.fixes);
      actions.push(all);
    }
    return actions;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** One WorkspaceEdit of the edits (the directory gives them without overlaps). */
export function editOf(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e), e.newText);
  return edit;
}

function diagnosticOf(document: vscode.TextDocument, p: DirectoryProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(document, p), p.message, p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = p.code;
  return d;
}
