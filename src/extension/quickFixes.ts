// Implements CodeActionProvider: "Remove pasted line" on pasted-page debris and "Remove all pasted lines" (also
// as source.fixAll.copydesk, for editor.codeActionsOnSave); Mark Verified / Dismiss on a claim in Problems.
import * as vscode from 'vscode';
import type { Problem } from '../engine';
import type { AnalysisService } from './analysis';
import { codeOf } from './diagnostics';
import { CLAIM_CODE, Commands, DIAGNOSTIC_SOURCE } from './ids';
import { isPasted, pastedLineSpans } from './model/pastedLines';

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('copydesk');

export class ArticleQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
  };

  constructor(private readonly analyses: AnalysisService) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const current = await this.analyses.current(document, token);
    if (!current || current.version !== document.version || token.isCancellationRequested) return [];
    const pasted = current.analysis.problems.filter(isPasted);
    const actions: vscode.CodeAction[] = [];

    if (context.only && FIX_ALL.intersects(context.only)) {
      if (pasted.length) actions.push(removeAll(document, pasted, FIX_ALL));
      return actions;
    }
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    for (const diagnostic of ours.filter((d) => codeOf(d) === 'pasted-debris')) {
      const start = document.offsetAt(diagnostic.range.start);
      const problem = pasted.find((p) => p.start <= start && start < Math.max(p.end, p.start + 1));
      if (!problem) continue;
      const action = new vscode.CodeAction('Remove pasted line', vscode.CodeActionKind.QuickFix);
      action.edit = deletion(document, [problem]);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    if (actions.length && pasted.length > 1) actions.push(removeAll(document, pasted, vscode.CodeActionKind.QuickFix));

    for (const diagnostic of ours.filter((d) => codeOf(d) === CLAIM_CODE)) {
      const at = document.offsetAt(diagnostic.range.start);
      const claim = current.analysis.claims.find((c) => c.start <= at && at <= c.end);
      if (!claim) continue;
      const arg = { uri: document.uri.toString(), claimId: claim.id };
      for (const [title, command] of [['Mark claim verified…', Commands.markVerified], ['Dismiss claim', Commands.dismissClaim]] as const) {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command, arguments: [arg] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}

function removeAll(document: vscode.TextDocument, pasted: Problem[], kind: vscode.CodeActionKind): vscode.CodeAction {
  const action = new vscode.CodeAction(`Remove all pasted lines (${pasted.length})`, kind);
  action.edit = deletion(document, pasted);
  return action;
}

/** Deletes the whole lines the problems cover (see pastedLineSpans). */
export function deletion(document: vscode.TextDocument, problems: Problem[]): vscode.WorkspaceEdit {
  const lines: string[] = [];
  for (let i = 0; i < document.lineCount; i++) lines.push(document.lineAt(i).text);
  const edit = new vscode.WorkspaceEdit();
  for (const span of pastedLineSpans(problems, lines, (o) => document.positionAt(o).line)) {
    const start =
      span.to >= document.lineCount && span.from > 0
        ? document.lineAt(span.from - 1).range.end // the last lines: take the line break before them instead
        : new vscode.Position(span.from, 0);
    const end = span.to >= document.lineCount ? document.lineAt(document.lineCount - 1).range.end : new vscode.Position(span.to, 0);
    edit.delete(document.uri, new vscode.Range(start, end));
  }
  return edit;
}
