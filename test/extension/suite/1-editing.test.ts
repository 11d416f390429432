// Typing an article: curly quotation marks pair up, names with hyphens and apostrophes are one word,
// hard-wrapped paragraphs fold.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FOUNDING_ARTICLE, WORKSPACE, closeAll, open, openUntitled, positionOf } from './helpers';

async function type(text: string) {
  await vscode.commands.executeCommand('type', { text });
}

describe('Editing an article', () => {
  afterEach(closeAll);

  for (const [open_, close] of [['“', '”'], ['‘', '’']]) {
    it(`closes ${open_} with ${close} as you type`, async () => {
      const editor = await openUntitled('He said \n');
      editor.selection = new vscode.Selection(0, 8, 0, 8);
      await type(open_);
      assert.equal(editor.document.lineAt(0).text, `He said ${open_}${close}`);
      await type('Yes');
      assert.equal(editor.document.lineAt(0).text, `He said ${open_}Yes${close}`);
    });

    it(`puts ${open_}…${close} around a selection`, async () => {
      const editor = await openUntitled('Calling each other comrades, the two leaders toasted.\n');
      const start = editor.document.getText().indexOf('comrades');
      editor.selection = new vscode.Selection(0, start, 0, start + 'comrades'.length);
      await type(open_);
      assert.equal(editor.document.lineAt(0).text, `Calling each other ${open_}comrades${close}, the two leaders toasted.`);
    });
  }

  for (const word of ['Jong-un', 'Putin’s', 'Komsomolsk-on-Amur']) {
    it(`treats "${word}" as one word`, async () => {
      const editor = await open(FOUNDING_ARTICLE);
      const at = positionOf(editor.document, word, 0, 1);
      editor.selection = new vscode.Selection(at, at);
      // Select the word under the cursor: uses the language's word pattern, as double-click-and-find does.
      await vscode.commands.executeCommand('editor.action.addSelectionToNextFindMatch');
      assert.equal(editor.document.getText(editor.selection), word);
    });
  }

  it('folds hard-wrapped paragraphs', async () => {
    const editor = await open(path.join(WORKSPACE, 'hard-wrapped.article'));
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.deepEqual(ranges.map((r) => [r.start, r.end]), [[0, 1], [3, 4]]);
  });
});
