// Copydesk starts only when there is an article to work on, and claims the article file types.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, FOUNDING_ARTICLE, WORKSPACE, closeAll, eventually, open } from './helpers';

describe('Activation and the Article language', () => {
  after(closeAll);

  it('is not running before an article is opened', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    assert.equal(extension.isActive, false);
  });

  it('activates on the article language only (nothing at start-up)', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepEqual(manifest.activationEvents, ['onLanguage:article']);
  });

  it('opens a .article file as an Article and starts', async () => {
    const editor = await open(FOUNDING_ARTICLE);
    assert.equal(editor.document.languageId, 'article');
    await eventually(() => vscode.extensions.getExtension(EXTENSION_ID)!.isActive, 'the extension to activate');
  });

  it('opens a .news file as an Article', async () => {
    const editor = await open(path.join(WORKSPACE, 'wire-copy.news'));
    assert.equal(editor.document.languageId, 'article');
  });

  it('leaves plain-text and Markdown files in their own language', async () => {
    assert.equal((await open(path.join(WORKSPACE, 'notes.txt'))).document.languageId, 'plaintext');
    assert.equal((await open(path.join(WORKSPACE, 'notes.md'))).document.languageId, 'markdown');
  });

  it('offers the Article language by name in the language picker', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('article'));
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.languages[0];
    assert.equal(contributed.aliases[0], 'Article');
  });
});
