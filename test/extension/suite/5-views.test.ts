// The Copydesk sidebar: Claims by category, Quotes by speaker, People with role and mentions — the active
// article's, each item jumping to the text; empty (the welcome message) when no article is open.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  FOUNDING_ARTICLE, SAMPLE_ARTICLE, WORKSPACE, api, closeAll, engine, eventually, open, treeOf, treeWhen, type CopydeskApi, type ShownItem,
} from './helpers';

const labels = (items: ShownItem[]) => items.map((i) => i.label);
const all = (tree: ShownItem[]): ShownItem[] => tree.flatMap((i) => [i, ...all(i.children)]);

async function runItem(item: vscode.TreeItem): Promise<vscode.Position> {
  assert.ok(item.command, `${item.label} has a command`);
  await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
  return vscode.window.activeTextEditor!.selection.active;
}

describe('The Copydesk views', () => {
  let copydesk: CopydeskApi;
  let sample: vscode.TextDocument;
  let analysis: ReturnType<ReturnType<typeof engine>['analyze']>;

  before(async () => {
    copydesk = await api();
    sample = (await open(SAMPLE_ARTICLE)).document;
    analysis = engine().analyze(sample.getText());
  });
  after(closeAll);

  it('Claims: the sample’s claims grouped by category, each with its opening words and reason', async () => {
    const tree = await treeWhen(copydesk.views.claims, (t) => all(t).length > t.length, 'claims of the sample');
    assert.ok(labels(tree).includes('Figures without a source'), labels(tree).join(', '));
    assert.ok(labels(tree).includes('Single source'), labels(tree).join(', '));
    const items = tree.flatMap((g) => g.children);
    assert.equal(items.length, analysis.claims.length);
    const sky = items.find((i) => i.label.startsWith('A leaked internal letter seen by Sky'));
    assert.ok(sky, labels(items).join('\n'));
    const claim = analysis.claims.find((c) => c.text.startsWith('A leaked internal letter'))!;
    assert.equal(sky.label, 'A leaked internal letter seen by Sky News…');
    assert.equal(sky.item.description, claim.reason);
    assert.equal(sky.item.contextValue, 'claim.open');
    const tip = (sky.item.tooltip as vscode.MarkdownString).value;
    assert.match(tip, /published policy/, 'the whole sentence');
    assert.match(tip, /\*\*Why:\*\* /);
    if (claim.source) assert.ok(tip.includes(`**Source:** ${claim.source}`), tip);
    assert.ok(!(sky.item.tooltip as vscode.MarkdownString).isTrusted, 'tooltips run no commands');
  });

  it('Claims: an item jumps to its sentence', async () => {
    const tree = await treeOf(copydesk.views.claims);
    const sky = tree.flatMap((g) => g.children).find((i) => i.label.startsWith('A leaked internal letter'))!;
    assert.equal(sky.item.command!.command, 'copydesk.reveal');
    const at = await runItem(sky.item);
    assert.equal(sample.offsetAt(at), sample.getText().indexOf('A leaked internal letter'));
  });

  it('Claims: the badge counts the claims still open; the description names the article', async () => {
    await treeWhen(copydesk.views.claims, (t) => t.length > 0, 'claims');
    // Badge and description follow the view's (debounced) refresh.
    await eventually(() => copydesk.trees.claims.badge?.value === analysis.claims.length, `a badge of ${analysis.claims.length}`);
    assert.equal(copydesk.trees.claims.badge?.tooltip, `${analysis.claims.length} claims to check`);
    await eventually(() => copydesk.trees.claims.description === path.basename(SAMPLE_ARTICLE), 'the article’s name');
  });

  it('Quotes: grouped by speaker, the unattributed in a group of their own, each jumping to the text', async () => {
    const tree = await treeWhen(copydesk.views.quotes, (t) => t.some((g) => g.label === 'Yvette Cooper'), 'quotes by speaker');
    const cooper = tree.find((g) => g.label === 'Yvette Cooper')!;
    const hers = analysis.quotes.filter((q) => q.speaker?.name === 'Yvette Cooper');
    assert.equal(cooper.children.length, hers.length);
    assert.equal(cooper.item.description, `${hers.length} quotes`);
    assert.ok(labels(cooper.children).some((l) => l.startsWith('"Labour has a common-sense plan')), labels(cooper.children).join('\n'));
    const none = tree.find((g) => g.label === 'No speaker found');
    assert.ok(none, labels(tree).join(', '));
    assert.ok(labels(none.children).includes('"must be completed in English"'));
    assert.equal(all(tree).filter((i) => i.item.contextValue === 'quote').length, analysis.quotes.length, 'every quotation once');
    const quote = none.children[0];
    const at = await runItem(quote.item);
    assert.equal(sample.offsetAt(at), sample.getText().indexOf('"must be completed in English"'));
  });

  it('People: each person with role and mention count, jumping to the first mention', async () => {
    const tree = await treeWhen(copydesk.views.people, (t) => t.length > 0, 'people');
    assert.deepEqual(labels(tree), analysis.people.map((p) => p.name));
    const braverman = tree.find((p) => p.label === 'Suella Braverman')!;
    const role = analysis.people.find((p) => p.name === 'Suella Braverman')!.role;
    assert.match(String(braverman.item.description), new RegExp(`^${role ? `${role} · ` : ''}\\d+ mentions$`));
    assert.match((braverman.item.tooltip as vscode.MarkdownString).value, /^\*\*Suella Braverman\*\*/);
    const at = await runItem(braverman.item);
    assert.equal(sample.getText(sample.getWordRangeAtPosition(at, /[\w’']+/)), 'Braverman');
  });

  it('follow the active editor: another article, then a file that is not one', async () => {
    await open(FOUNDING_ARTICLE);
    const tree = await treeWhen(copydesk.views.people, (t) => t.some((p) => p.label === 'Kim Jong-un'), 'the founding article’s people');
    assert.ok(!labels(tree).includes('Suella Braverman'));
    await eventually(() => copydesk.trees.quotes.description === path.basename(FOUNDING_ARTICLE), 'the view names the article');
    await open(path.join(WORKSPACE, 'notes.txt'));
    for (const view of [copydesk.views.claims, copydesk.views.quotes, copydesk.views.people]) {
      await treeWhen(view, (t) => t.length === 0, 'an empty view (the welcome message shows)');
    }
    await eventually(() => copydesk.trees.claims.badge === undefined, 'no badge');
  });

  it('show a welcome message for when no article is open, and for an article with nothing to list', () => {
    const welcome = vscode.extensions.getExtension('copydesk.copydesk')!.packageJSON.contributes.viewsWelcome as { view: string; when: string; contents: string }[];
    for (const view of ['copydesk.claims', 'copydesk.quotes', 'copydesk.people']) {
      assert.ok(welcome.some((w) => w.view === view && w.when === '!copydesk.articleOpen' && /Open an article/.test(w.contents)), view);
      assert.ok(welcome.some((w) => w.view === view && w.when === 'copydesk.articleOpen'), view);
    }
  });
});
