// Jumping to a span of an article: the cursor to its start, the span scrolled into view and lit briefly (as
// Go to Line does), so the eye finds it. Used by hover links, the views, List Quotes and next/previous.
import * as vscode from 'vscode';

const flash = vscode.window.createTextEditorDecorationType({
  backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
});
let clearFlash: (() => void) | undefined;

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Moves the cursor to the range's start, scrolls it into view and lights it until the cursor moves. */
export function revealRange(editor: vscode.TextEditor, range: vscode.Range, light = true): void {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  clearFlash?.();
  if (!light) return;
  editor.setDecorations(flash, [range]);
  let listener: vscode.Disposable | undefined;
  const timer = setTimeout(() => clearFlash?.(), 2000);
  const clear = () => {
    clearTimeout(timer);
    listener?.dispose();
    editor.setDecorations(flash, []);
    if (clearFlash === clear) clearFlash = undefined;
  };
  clearFlash = clear;
  // The selection change this jump itself makes has already been delivered by the time the listener exists.
  setTimeout(() => {
    if (clearFlash === clear) listener = vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === editor && clear());
  }, 50);
}

/**
 * Implements copydesk.reveal(uri, start, end): the arguments are plain JSON (offsets into the document), so
 * hover links can carry them. Opens the document when it is not in an editor.
 */
export async function revealCommand(uri: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
  const target = vscode.Uri.parse(uri, true);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(target));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  const length = editor.document.getText().length;
  const clamp = (n: number) => Math.max(0, Math.min(length, Math.floor(n)));
  revealRange(editor, rangeOf(editor.document, { start: clamp(start), end: clamp(end) }));
}

/** Takes the light off a span jumped to. */
export function clearReveal(): void {
  clearFlash?.();
}

export function disposeReveal(): void {
  clearFlash?.();
  flash.dispose();
}
