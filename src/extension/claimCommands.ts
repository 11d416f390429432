// Mark Verified, Dismiss, Reopen and Forget: from the Claims view's buttons (a tree node), from a quick fix
// ({ uri, claimId }), or from the Command Palette (the claim under the cursor).
import * as vscode from 'vscode';
import type { Decision } from '../decisions';
import type { Claim } from '../engine';
import type { ActiveArticle } from './activeArticle';
import type { ClaimDecisions } from './decisions';
import { Commands } from './ids';
import type { ClaimsNode } from './views/claimsView';

interface Target {
  document: vscode.TextDocument;
  claim: Claim;
  decision: Decision | undefined;
}

export function registerClaimCommands(active: ActiveArticle, decisions: ClaimDecisions): vscode.Disposable {
  // Resolves a command's argument (or the cursor) to a claim of the article as it is now.
  const target = async (arg: unknown): Promise<Target | undefined> => {
    const node = arg as Partial<ClaimsNode> | undefined;
    if (node?.kind === 'claim' && node.entry && node.document) return { document: node.document, claim: node.entry.claim, decision: node.entry.decision };
    const state = await active.current();
    if (!state) return undefined;
    const { analysis, anchoring, document } = state;
    let index = -1;
    const ref = arg as { uri?: unknown; claimId?: unknown } | undefined;
    if (typeof ref?.claimId === 'string' && ref.uri === document.uri.toString()) index = analysis.claims.findIndex((c) => c.id === ref.claimId);
    else if (arg === undefined) {
      const editor = vscode.window.activeTextEditor;
      const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
      index = analysis.claims.findIndex((c) => offset >= c.start && offset <= c.end);
      if (index < 0) void vscode.window.showInformationMessage('Copydesk: put the cursor in a claim to check, or use the Claims view.');
    }
    return index >= 0 ? { document, claim: analysis.claims[index], decision: anchoring.byClaim[index] } : undefined;
  };

  return vscode.Disposable.from(
    // Implements copydesk.markVerified(claim?, note?): asks for an optional note unless one is given.
    vscode.commands.registerCommand(Commands.markVerified, async (arg?: unknown, note?: unknown) => {
      const t = await target(arg);
      if (!t) return;
      let text = typeof note === 'string' ? note : undefined;
      if (text === undefined) {
        text = await vscode.window.showInputBox({
          title: 'Mark Verified',
          prompt: 'How was it verified? (optional, seen by colleagues)',
          placeHolder: 'e.g. confirmed with the Home Office press office',
          value: t.decision?.status === 'verified' ? t.decision.note : '',
        });
        if (text === undefined) return; // Escape: not marked
      }
      await decisions.decide(t.document, t.claim, 'verified', text.trim(), t.decision?.key);
    }),
    vscode.commands.registerCommand(Commands.dismissClaim, async (arg?: unknown, note?: unknown) => {
      const t = await target(arg);
      if (t) await decisions.decide(t.document, t.claim, 'dismissed', typeof note === 'string' ? note.trim() : '', t.decision?.key);
    }),
    vscode.commands.registerCommand(Commands.reopenClaim, async (arg?: unknown) => {
      const t = await target(arg);
      if (t) await decisions.decide(t.document, t.claim, 'open', '', t.decision?.key);
    }),
    vscode.commands.registerCommand(Commands.forgetDecision, async (arg?: unknown) => {
      const node = arg as Partial<ClaimsNode> | undefined;
      if (node?.kind === 'decision' && node.decision && node.document) await decisions.forget(node.document, node.decision.key);
    }),
  );
}
