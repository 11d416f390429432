// What the in-editor suites share: opening articles, and reading back what VS Code gets from Copydesk
// through the same commands the editor itself uses.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root (this file runs from out/test/extension/suite). */
export const ROOT = path.resolve(__dirname, '../../../..');
export const FOUNDING_ARTICLE = path.join(ROOT, 'test/fixtures/kim-putin-summit.article');
export const WORKSPACE = path.join(ROOT, 'test/extension/workspace');
export const EXTENSION_ID = 'copydesk.copydesk';

export async function open(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(document);
}

export async function openUntitled(content: string, language = 'article'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, throwing edits away (no save prompts). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls until `probe` returns something truthy (or passes, for an assertion). */
export async function eventually<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 15000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = new Error(`got ${JSON.stringify(value)}`);
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const reason = last instanceof Error ? last.message : String(last);
      throw new assert.AssertionError({ message: `timed out waiting for ${what}: ${reason}` });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Position of the `occurrence`-th `needle` in the document, moved `delta` characters on. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0, delta = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return document.positionAt(at + delta);
}

export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, needle, occurrence);
  return new vscode.Range(start, start.translate(0, needle.length));
}

export interface DecodedToken {
  range: vscode.Range;
  text: string;
  type: string;
  modifiers: string[];
}

/** The document's semantic tokens, decoded with the provider's legend, as the editor would colour them. */
export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[] | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return undefined;
  const out: DecodedToken[] = [];
  const d = tokens.data;
  let line = 0;
  let char = 0;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const range = new vscode.Range(line, char, line, char + d[i + 2]);
    const modifiers = legend.tokenModifiers.filter((_, bit) => d[i + 4] & (1 << bit));
    out.push({ range, text: document.getText(range), type: legend.tokenTypes[d[i + 3]], modifiers });
  }
  return out;
}

/** Semantic tokens once the analysis of the document as it is now has been served. */
export async function currentTokens(document: vscode.TextDocument, ready: (t: DecodedToken[]) => boolean = (t) => t.length > 0) {
  return eventually(async () => {
    const tokens = await semanticTokens(document);
    return tokens && ready(tokens) ? tokens : undefined;
  }, `semantic tokens of ${path.basename(document.uri.path)}`);
}

export interface Lit {
  range: vscode.Range;
  text: string;
  kind: vscode.DocumentHighlightKind;
}

export async function highlightsAt(document: vscode.TextDocument, position: vscode.Position): Promise<Lit[]> {
  const found = await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>(
    'vscode.executeDocumentHighlights', document.uri, position);
  return (found ?? []).map((h) => ({ range: h.range, text: document.getText(h.range), kind: h.kind ?? vscode.DocumentHighlightKind.Text }));
}

export function describeTokens(tokens: DecodedToken[]): string {
  return tokens.map((t) => `${t.range.start.line}:${t.range.start.character} ${t.type}${t.modifiers.map((m) => '.' + m).join('')} ${JSON.stringify(t.text)}`).join('\n');
}
