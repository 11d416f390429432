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
  // Unsaved documents are reverted one by one, not found through `activeTextEditor`: under load it
  // can be briefly undefined between two closes, and closing a dirty editor would ask to save.
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
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

export const SAMPLE_ARTICLE = path.join(ROOT, 'samples/uk-asylum-questionnaire.article');
export const HOSTILE_ARTICLE = path.join(WORKSPACE, 'hostile-copy.article');

/** What the extension's activate() returns: its views' data, their tree views and the status item. */
export interface CopydeskApi {
  views: { claims: vscode.TreeDataProvider<Node>; quotes: vscode.TreeDataProvider<Node>; people: vscode.TreeDataProvider<Node> };
  trees: { claims: vscode.TreeView<unknown>; quotes: vscode.TreeView<unknown>; people: vscode.TreeView<unknown> };
  status: vscode.LanguageStatusItem;
}
export type Node = any;

export async function api(): Promise<CopydeskApi> {
  return (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as CopydeskApi;
}

/** The engine itself (dist/engine.js), to compare what the editor shows with the analysis. */
export interface EngineAnalysis {
  quotes: { text: string; start: number; end: number; speaker: { name: string; text: string; start: number; personId: string | null } | null }[];
  people: { name: string; role: string | null }[];
  claims: { id: string; text: string; start: number; category: string; reason: string; source: string | null }[];
  problems: { code: string }[];
}

export function engine(): { analyze(text: string): EngineAnalysis } {
  return require(path.join(ROOT, 'dist/engine.js'));
}

export interface ShownItem {
  node: Node;
  item: vscode.TreeItem;
  label: string;
  children: ShownItem[];
}

/** A view's whole tree as VS Code gets it: every node with its tree item, children included. */
export async function treeOf(provider: vscode.TreeDataProvider<Node>, parent?: Node): Promise<ShownItem[]> {
  const nodes = (await provider.getChildren(parent)) ?? [];
  const out: ShownItem[] = [];
  for (const node of nodes) {
    const item = await provider.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const children = item.collapsibleState ? await treeOf(provider, node) : [];
    out.push({ node, item, label, children });
  }
  return out;
}

/** Waits until the view shows the document's analysis (the views follow the active editor, debounced). */
export async function treeWhen(provider: vscode.TreeDataProvider<Node>, ready: (tree: ShownItem[]) => boolean, what: string): Promise<ShownItem[]> {
  return eventually(async () => {
    const tree = await treeOf(provider);
    return ready(tree) ? tree : undefined;
  }, what);
}

/** What a Markdown string shows: backslash escapes undone, links reduced to their labels, bold marks dropped. */
export function shown(markdown: string): string {
  return markdown
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(command:[^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c && !('language' in c));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
