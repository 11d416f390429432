// Decisions about claims: made from the Claims view, kept in .copydesk/claims.json in the workspace folder,
// following their sentence through edits, moves and a close/reopen; kept aside — never moved to another
// sentence — when it is deleted; merged with a colleague's; a corrupt file reported, copied and left alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  FOUNDING_ARTICLE, SAMPLE_ARTICLE, WORKSPACE, api, closeAll, currentTokens, eventually, open, openUntitled, sleep, treeWhen, type CopydeskApi, type ShownItem,
} from './helpers';

const STORE_DIR = path.join(WORKSPACE, '.copydesk');
const STORE = path.join(STORE_DIR, 'claims.json');
const ARTICLE = path.join(WORKSPACE, 'claims-check.article');
const SKY = 'A leaked internal letter seen by Sky News says';

interface StoredDecision { key: string; claimId: string; text: string; status: string; note: string }
const stored = (): StoredDecision[] => JSON.parse(fs.readFileSync(STORE, 'utf8')).documents['claims-check.article'] ?? [];

const claimItems = (tree: ShownItem[]) => tree.filter((g) => g.item.contextValue === 'claimGroup').flatMap((g) => g.children);
const withText = (needle: string) => (tree: ShownItem[]) => claimItems(tree).find((i) => ((i.item.tooltip as vscode.MarkdownString).value ?? '').includes(needle));
const verified = (tree: ShownItem[]) => claimItems(tree).filter((i) => i.item.contextValue === 'claim.verified');

function cleanUp() {
  fs.rmSync(STORE_DIR, { recursive: true, force: true });
  fs.rmSync(ARTICLE, { force: true });
}

describe('Claim decisions', () => {
  let copydesk: CopydeskApi;
  let editor: vscode.TextEditor;
  const claimsTree = (ready: (t: ShownItem[]) => boolean, what: string) => treeWhen(copydesk.views.claims, ready, what);

  before(async () => {
    cleanUp();
    fs.writeFileSync(ARTICLE, fs.readFileSync(SAMPLE_ARTICLE, 'utf8'));
    copydesk = await api();
    editor = await open(ARTICLE);
  });
  after(async () => {
    await closeAll();
    cleanUp();
  });

  /** Replaces the first `from` in the document with `to`. */
  async function replace(from: string, to: string) {
    const d = editor.document;
    const at = d.getText().indexOf(from);
    assert.ok(at >= 0, `"${from}" in the article`);
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(d.positionAt(at), d.positionAt(at + from.length)), to)));
  }

  it('Mark Verified (with a note) from the view: the item shows it, the badge drops, the folder’s file has it', async () => {
    const tree = await claimsTree((t) => !!withText(SKY)(t), 'the Sky News claim');
    const total = claimItems(tree).length;
    await vscode.commands.executeCommand('copydesk.markVerified', withText(SKY)(tree)!.node, 'Checked with Sky News');
    const after = await claimsTree((t) => withText(SKY)(t)?.item.contextValue === 'claim.verified', 'the claim verified');
    assert.match(String(withText(SKY)(after)!.item.description), /^Verified: Checked with Sky News · /);
    await eventually(() => copydesk.trees.claims.badge?.value === total - 1, 'the badge counts one fewer');
    const saved = await eventually(() => (fs.existsSync(STORE) ? stored()[0] : undefined), '.copydesk/claims.json');
    assert.equal(saved.status, 'verified');
    assert.equal(saved.note, 'Checked with Sky News');
    assert.ok(saved.text.startsWith(SKY));
    assert.deepEqual(fs.readdirSync(STORE_DIR), ['claims.json'], 'no temporary file left behind');
  });

  it('stays verified when the sentence is edited lightly, and the new wording is stored once saved', async () => {
    await replace('seen by Sky News says', 'obtained by Sky News says');
    const tree = await claimsTree((t) => withText('obtained by Sky News')(t)?.item.contextValue === 'claim.verified', 'the edited claim still verified');
    assert.equal(verified(tree).length, 1);
    assert.ok(stored()[0].text.includes('seen by'), 'the file keeps the saved wording while the edit is unsaved');
    await editor.document.save();
    await eventually(() => stored()[0].text.includes('obtained by Sky News'), 'the anchor follows the saved text');
  });

  it('stays verified when the sentence moves to another paragraph', async () => {
    const d = editor.document;
    const start = d.getText().indexOf('A leaked internal letter obtained');
    const end = d.getText().indexOf('consider extensions.') + 'consider extensions.'.length;
    const sentence = d.getText().slice(start, end);
    await editor.edit((e) => e.delete(new vscode.Range(d.positionAt(start), d.positionAt(end))));
    await replace('Figures to be published today', `${sentence} Figures to be published today`);
    const tree = await claimsTree((t) => verified(t).length === 1 && editor.document.getText().indexOf(sentence) > editor.document.getText().indexOf('Labour has a common-sense'), 'still verified after the move');
    assert.ok(withText('obtained by Sky News')(tree));
    await editor.document.save();
  });

  it('stays verified after closing and reopening the file', async () => {
    await closeAll();
    editor = await open(ARTICLE);
    const tree = await claimsTree((t) => verified(t).length === 1, 'verified after reopening');
    assert.equal(verified(tree)[0], withText('obtained by Sky News')(tree));
  });

  it('deleting the sentence keeps the decision aside and gives it to no other sentence; it returns with the sentence', async () => {
    const d = editor.document;
    const start = d.getText().indexOf('A leaked internal letter obtained');
    const end = d.getText().indexOf('consider extensions.') + 'consider extensions.'.length;
    const sentence = d.getText().slice(start, end);
    await editor.edit((e) => e.delete(new vscode.Range(d.positionAt(start), d.positionAt(end))));
    const tree = await claimsTree((t) => t.some((g) => g.item.contextValue === 'keptAside'), 'a kept-aside group');
    assert.deepEqual(verified(tree), [], 'no other sentence is verified');
    assert.ok(claimItems(tree).every((i) => i.item.contextValue === 'claim.open'));
    const aside = tree.find((g) => g.item.contextValue === 'keptAside')!;
    assert.equal(aside.children.length, 1);
    assert.match(aside.children[0].label, /^A leaked internal letter obtained/);
    assert.equal(aside.children[0].item.contextValue, 'decision.aside');
    assert.equal(stored()[0].status, 'verified', 'the file keeps it');

    await editor.edit((e) => e.insert(d.positionAt(start), sentence));
    await claimsTree((t) => verified(t).length === 1 && !t.some((g) => g.item.contextValue === 'keptAside'), 'verified again');
    await editor.document.save();
  });

  it('Dismiss and Reopen', async () => {
    const needle = 'Officials tell BBC News';
    let tree = await claimsTree((t) => !!withText(needle)(t), 'the BBC claim');
    await vscode.commands.executeCommand('copydesk.dismissClaim', withText(needle)(tree)!.node);
    tree = await claimsTree((t) => withText(needle)(t)?.item.contextValue === 'claim.dismissed', 'dismissed');
    await vscode.commands.executeCommand('copydesk.reopenClaim', withText(needle)(tree)!.node);
    await claimsTree((t) => withText(needle)(t)?.item.contextValue === 'claim.open', 'reopened');
    await eventually(() => stored().some((s) => s.text.startsWith(needle) && s.status === 'open'), 'the reopen saved');
  });

  it('merges a colleague’s decision saved from another window instead of overwriting it', async () => {
    const needle = 'Sunak has made tackling migration';
    const tree = await claimsTree((t) => !!withText(needle)(t), 'the Sunak claim');
    const claim = (withText(needle)(tree)!.node as { entry: { claim: { id: string; text: string } } }).entry.claim;
    const file = JSON.parse(fs.readFileSync(STORE, 'utf8'));
    const at = new Date(Date.now() + 1000).toISOString();
    file.documents['claims-check.article'].push({ key: claim.id, claimId: claim.id, text: claim.text, status: 'verified', note: 'by a colleague', decidedAt: at, anchoredAt: at });
    fs.writeFileSync(STORE, JSON.stringify(file, null, 2)); // as the other window's save would land
    await claimsTree((t) => withText(needle)(t)?.item.contextValue === 'claim.verified', 'the colleague’s decision shows');

    const other = 'But media have said';
    await vscode.commands.executeCommand('copydesk.markVerified', withText(other)(await claimsTree((t) => !!withText(other)(t), 'x'))!.node, '');
    await eventually(() => stored().some((s) => s.text.startsWith(other) && s.status === 'verified'), 'our decision saved');
    const notes = stored().map((s) => s.note);
    assert.ok(notes.includes('by a colleague') && notes.includes('Checked with Sky News'), JSON.stringify(stored(), null, 1));
  });

  it('reports a corrupt file in the view, keeps a copy, never writes over it, and takes it up again once fixed', async () => {
    const corrupt = '{ "version": 1, "documents": { "claims-check.article": [ {"key": ';
    fs.writeFileSync(STORE, corrupt);
    await eventually(() => /not a Copydesk decisions file: not valid JSON/.test(copydesk.trees.claims.message ?? ''), 'the view reports the problem');
    const copies = fs.readdirSync(STORE_DIR).filter((f) => f.startsWith('claims.json.unreadable-'));
    assert.equal(copies.length, 1, fs.readdirSync(STORE_DIR).join(', '));
    assert.equal(fs.readFileSync(path.join(STORE_DIR, copies[0]), 'utf8'), corrupt);

    const needle = 'Figures to be published today';
    await vscode.commands.executeCommand('copydesk.dismissClaim', withText(needle)(await claimsTree((t) => !!withText(needle)(t), 'x'))!.node);
    await claimsTree((t) => withText(needle)(t)?.item.contextValue === 'claim.dismissed', 'dismissed, in memory');
    assert.equal(fs.readFileSync(STORE, 'utf8'), corrupt, 'left intact');

    fs.rmSync(STORE); // fixed by hand (here: removed); what was decided meanwhile is saved again
    await eventually(() => fs.existsSync(STORE) && stored().some((s) => s.text.startsWith(needle) && s.status === 'dismissed'), 'saved again');
    await eventually(() => copydesk.trees.claims.message === undefined, 'the view’s message goes');
  });

  it('an untitled article: decisions are kept in VS Code’s storage, no file is written, and the view says so', async () => {
    const before = fs.readFileSync(STORE, 'utf8');
    await openUntitled(fs.readFileSync(SAMPLE_ARTICLE, 'utf8'));
    const tree = await claimsTree((t) => !!withText(SKY)(t) && verified(t).length === 0, 'the untitled article’s claims');
    await eventually(() => /An untitled document: decisions are kept in VS Code’s storage/.test(copydesk.trees.claims.message ?? ''), 'the notice');
    await vscode.commands.executeCommand('copydesk.markVerified', withText(SKY)(tree)!.node, 'x');
    await claimsTree((t) => verified(t).length === 1, 'verified');
    assert.equal(fs.readFileSync(STORE, 'utf8'), before);
  });

  it('Restricted Mode: still annotates, keeps decisions in VS Code’s storage, writes no file, says so', async () => {
    // The test shares the extension's API object, so Restricted Mode can be simulated on it for this test.
    const own = Object.getOwnPropertyDescriptor(vscode.workspace, 'isTrusted');
    assert.ok(own?.configurable, 'workspace.isTrusted can be simulated');
    Object.defineProperty(vscode.workspace, 'isTrusted', { configurable: true, get: () => false });
    try {
      fs.rmSync(STORE_DIR, { recursive: true, force: true });
      const untrusted = path.join(WORKSPACE, 'claims-untrusted.article');
      fs.writeFileSync(untrusted, fs.readFileSync(SAMPLE_ARTICLE, 'utf8'));
      try {
        const { document } = await open(untrusted);
        await currentTokens(document); // annotated as ever
        const tree = await claimsTree((t) => !!withText(SKY)(t), 'its claims');
        await eventually(() => /^Restricted Mode: decisions are kept in VS Code’s storage/.test(copydesk.trees.claims.message ?? ''), 'the notice');
        await vscode.commands.executeCommand('copydesk.markVerified', withText(SKY)(tree)!.node, 'untrusted');
        await claimsTree((t) => withText(SKY)(t)?.item.contextValue === 'claim.verified', 'verified');
        await sleep(500);
        assert.ok(!fs.existsSync(STORE_DIR), 'no .copydesk folder written');
      } finally {
        await closeAll();
        fs.rmSync(untrusted, { force: true });
      }
    } finally {
      Object.defineProperty(vscode.workspace, 'isTrusted', own!);
    }
  });

  it('a file outside the workspace folders: the same, said so', async () => {
    await open(FOUNDING_ARTICLE);
    await eventually(() => /outside the workspace folders/.test(copydesk.trees.claims.message ?? ''), 'the notice');
  });
});
