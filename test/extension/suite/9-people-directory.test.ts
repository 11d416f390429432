// The people directory in the editor: .copydesk/people.yaml in the workspace folder (a copy of
// test/fixtures/desk-people.yaml, written here and removed afterwards so the other suites see no directory),
// read again when it changes, with its own problems shown in it at their line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FOUNDING_ARTICLE, ROOT, WORKSPACE, api, closeAll, currentTokens, eventually, hoverAt, open, openUntitled, positionOf, shown } from './helpers';

const DIR = path.join(WORKSPACE, '.copydesk');
const PEOPLE = path.join(DIR, 'people.yaml');
const FIXTURE = path.join(ROOT, 'test/fixtures/desk-people.yaml');

interface DirectoryApi {
  directory(): { entries: { name: string; lastChecked: string | null }[] };
}
const service = async () => (await api() as unknown as { directory: DirectoryApi }).directory;
const names = async () => (await service()).directory().entries.map((e) => e.name).sort();

describe('People directory', () => {
  before(() => {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
  });
  after(async () => {
    await closeAll();
    fs.rmSync(PEOPLE, { force: true });
    if (fs.existsSync(DIR) && !fs.readdirSync(DIR).length) fs.rmdirSync(DIR);
  });

  it('reads the entries it can, and leaves out the bad one', async () => {
    // Open in an editor, as a user would to see its problems (the watcher's part is the change test below).
    await open(PEOPLE);
    await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read', 30000);
    const kim = (await service()).directory().entries.find((e) => e.name === 'Kim Jong-un')!;
    assert.equal(kim.lastChecked, '2025-01-15');
  });

  it('shows the bad entry’s problem in the directory file, at its line', async () => {
    const uri = vscode.Uri.file(PEOPLE);
    const line = fs.readFileSync(PEOPLE, 'utf8').split('\n').findIndex((l) => l.includes('roles: [nobody]'));
    const diagnostics = await eventually(() => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');
      return found.length ? found : undefined;
    }, 'diagnostics in people.yaml');
    assert.ok(diagnostics.some((d) => d.range.start.line === line && d.severity === vscode.DiagnosticSeverity.Error),
      diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));
  });

  it('reads the file again when it changes on disk', async () => {
    fs.appendFileSync(PEOPLE, '\n  - name: Anatoly Antonov\n    roles:\n      - title: Russian ambassador to the United States\n');
    await eventually(async () => (await names()).includes('Anatoly Antonov'), 'Antonov read after the change');
    fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
    await eventually(async () => !(await names()).includes('Anatoly Antonov'), 'Antonov gone again');
  });

  describe('in an article', () => {
    const ARTICLE = 'North Korean leader Kim Jong Un met Russian defence minister Sergei Shoigu on Tuesday.\n\n' +
      'Kim Jong Un later visited a factory.\n\n“Kim Jong Un courteously invited him,” KCNA said.\n';
    const QUOTED = '“Kim Jong Un courteously invited him,”';
    let document: vscode.TextDocument;
    const ours = (code: string) => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Copydesk' && String(typeof d.code === 'object' ? d.code.value : d.code) === code);

    beforeEach(async () => {
      await eventually(async () => (await names()).includes('Kim Jong-un'), 'the directory read');
      document = (await openUntitled(ARTICLE)).document;
      await eventually(() => ours('name-style').length === 2, 'two name-style problems');
    });
    afterEach(closeAll);

    it('hover: the article’s facts beside the directory’s, each marked with where it comes from, and the last-checked date', async () => {
      const [card] = await hoverAt(document, positionOf(document, 'Kim Jong Un', 0, 2));
      const text = shown(card.value);
      assert.match(text, /People directory \(last checked 15 January 2025\)/, text);
      assert.match(text, /Role: North Korean leader — \*this article\*/, text);
      assert.match(text, /Role: North Korean leader \(since December 2011\) — \*directory\*/, text);
      assert.match(text, /house style “Kim Jong-un” — \*directory\*/, text);
      const [shoigu] = await hoverAt(document, positionOf(document, 'Sergei Shoigu', 0, 2));
      assert.match(shown(shoigu.value), /Russian defence minister \(November 2012 – May 2024\) — ended — \*directory\*/, shown(shoigu.value));
    });

    it('name style: a warning on each mention outside the quotation, none inside it; the ended role too', async () => {
      const quoted = positionOf(document, QUOTED).line;
      assert.deepEqual(ours('name-style').map((d) => document.getText(d.range)), ['Kim Jong Un', 'Kim Jong Un']);
      assert.ok(ours('name-style').every((d) => d.range.start.line !== quoted));
      assert.equal(ours('ended-role').length, 1);
    });

    it('the quick fix writes the house spelling at that mention', async () => {
      const diagnostic = ours('name-style')[0];
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
      const fix = actions.find((a) => a.title === 'Use the house spelling “Kim Jong-un”');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      await vscode.workspace.applyEdit(fix.edit);
      assert.ok(document.getText().startsWith('North Korean leader Kim Jong-un met'));
      assert.ok(document.getText().includes('Kim Jong Un later visited'), 'the other mention is left');
      assert.ok(document.getText().includes(QUOTED), 'the quotation is left');
    });

    it('the fix-all writes every mention outside quotations in house style', async () => {
      const diagnostic = ours('name-style')[1];
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
      const all = actions.find((a) => /house spelling everywhere \(2\)/.test(a.title));
      assert.ok(all?.edit, actions.map((a) => a.title).join(', '));
      await vscode.workspace.applyEdit(all.edit);
      const text = document.getText();
      assert.equal(text.split('Kim Jong-un').length - 1, 2, text);
      assert.ok(text.includes(QUOTED), 'the quotation is left');
      await eventually(() => ours('name-style').length === 0, 'no name-style problems left');
    });
  });

  describe('directory problems while typing in people.yaml', () => {
    const ARTICLE = 'North Korean leader Kim Jong Un met Russian defence minister Sergei Shoigu on Tuesday.\n';
    after(async () => {
      await closeAll();
      fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
    });

    it('the file’s own problems and the article’s name-style problems follow the unsaved text; closing it unsaved goes back to the file', async () => {
      fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
      await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read');
      const article = (await openUntitled(ARTICLE)).document;
      const style = () => vscode.languages.getDiagnostics(article.uri).filter((d) => d.source === 'Copydesk' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'name-style');
      await eventually(() => style().length === 1, 'the article’s “Kim Jong Un” off house style');
      const uri = vscode.Uri.file(PEOPLE);
      const own = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');
      const editor = await open(PEOPLE);
      const problemLines = () => own().map((d) => d.range.start.line).sort((a, b) => a - b);
      const badLine = editor.document.getText().split('\n').findIndex((l) => l.includes('roles: [nobody]'));
      await eventually(() => problemLines().join() === String(badLine), 'the fixture’s one bad entry reported');

      // The desk switches to the wire's spelling and types a second bad entry, without saving.
      const text = editor.document.getText();
      const edit = new vscode.WorkspaceEdit();
      const kim = text.indexOf('- name: Kim Jong-un\n    spellings: [Kim Jong Un]');
      edit.replace(uri, new vscode.Range(editor.document.positionAt(kim), editor.document.positionAt(kim + '- name: Kim Jong-un\n    spellings: [Kim Jong Un]'.length)),
        '- name: Kim Jong Un\n    spellings: [Kim Jong-un]');
      edit.insert(uri, editor.document.positionAt(text.length), '\n  - name: [not, a, name]\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(editor.document.isDirty, 'not saved');
      const newBad = editor.document.getText().split('\n').findIndex((l) => l.includes('name: [not, a, name]'));
      await eventually(() => problemLines().join() === `${badLine},${newBad}`, 'the typed bad entry reported at its line', 10000);
      await eventually(() => style().length === 0, 'the article follows the unsaved house style');
      assert.equal(fs.readFileSync(PEOPLE, 'utf8'), fs.readFileSync(FIXTURE, 'utf8'), 'nothing written to disk');

      // Closed without saving: the file on disk again.
      await closeAll();
      const again = (await openUntitled(ARTICLE)).document;
      const styleAgain = () => vscode.languages.getDiagnostics(again.uri).filter((d) => d.source === 'Copydesk' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'name-style');
      await eventually(() => styleAgain().length === 1, 'the house style from disk again', 10000);
      await eventually(() => problemLines().join() === String(badLine), 'only the file’s own bad entry again', 10000);
    });
  });

  describe('ended roles as of the article’s date', () => {
    const story = (dateline: string) => `${dateline} - Russian defence minister Sergei Shoigu met North Korean leader Kim Jong-un.\n`;
    afterEach(closeAll);
    before(async () => {
      fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
      await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read');
    });

    it('dated while he held the role: no problem, and the hover says it judged at the article’s date', async () => {
      const document = (await openUntitled(story('MOSCOW, Sept 13, 2023 (Reuters)'))).document;
      await currentTokens(document);
      const [card] = await eventually(async () => {
        const cards = await hoverAt(document, positionOf(document, 'Sergei Shoigu', 0, 2));
        return cards.length && /People directory/.test(cards[0].value) ? cards : undefined;
      }, 'Shoigu’s card with the directory');
      const text = shown(card.value);
      assert.match(text, /Roles as of the article's date, 13 September 2023/, text);
      assert.match(text, /Russian defence minister \(November 2012 – May 2024\) — \*directory\*/, text);
      assert.doesNotMatch(text, /ended/, text);
      const ended = vscode.languages.getDiagnostics(document.uri).filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'ended-role');
      assert.deepEqual(ended.map((d) => d.message), []);
    });

    it('dated after it ended: the ended-role warning, as of the article’s date', async () => {
      const document = (await openUntitled(story('MOSCOW, 2 June 2024 (Reuters)'))).document;
      const ended = await eventually(() => {
        const found = vscode.languages.getDiagnostics(document.uri).filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'ended-role');
        return found.length ? found : undefined;
      }, 'the ended-role warning');
      assert.equal(ended.length, 1);
      assert.match(ended[0].message, /Russian defence minister until May 2024 .*\(as of the article's date, 2 June 2024\)$/, ended[0].message);
      const [card] = await hoverAt(document, positionOf(document, 'Sergei Shoigu', 0, 2));
      assert.match(shown(card.value), /— ended — \*directory\*/, shown(card.value));
      assert.match(shown(card.value), /Roles as of the article's date, 2 June 2024/, shown(card.value));
    });
  });

  describe('Add to People Directory', () => {
    after(async () => {
      await closeAll();
      fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
    });
    const diffTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff);
    interface Question { summary: string; changes: string[]; button: string; file: vscode.Uri; preview: vscode.Uri }

    it('shows the change first: a diff of people.yaml beside the proposed text, read-only; Cancel writes nothing', async () => {
      const before = fs.readFileSync(FIXTURE, 'utf8');
      fs.writeFileSync(PEOPLE, before);
      await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read');
      const document = (await open(FOUNDING_ARTICLE)).document;
      await currentTokens(document);
      let seen: { question: Question; proposed: string; original: string; editedPreview: boolean } | undefined;
      const result = await vscode.commands.executeCommand('copydesk.addToPeopleDirectory', 'Anatoly Antonov', {
        choose: async (question: Question) => {
          const tab = diffTabs().find((t) => (t.input as vscode.TabInputTextDiff).modified.toString() === question.preview.toString());
          assert.ok(tab, `a diff editor shows the proposal: ${diffTabs().map((t) => t.label).join(', ')}`);
          const input = tab.input as vscode.TabInputTextDiff;
          const proposed = await vscode.workspace.openTextDocument(input.modified);
          const text = proposed.getText();
          // Typing into the proposal, where the diff editor put the cursor, changes nothing: it is read-only.
          assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), question.preview.toString(), 'the proposal has the focus');
          await vscode.commands.executeCommand('type', { text: 'typed ' });
          seen = { question, proposed: text, original: input.original.toString(), editedPreview: proposed.getText() !== text };
          assert.equal(fs.readFileSync(PEOPLE, 'utf8'), before, 'nothing written while the question is asked');
          return 'Cancel';
        },
      });
      assert.equal(result, undefined);
      assert.ok(seen, 'the question was asked');
      assert.equal(seen.original, vscode.Uri.file(PEOPLE).toString(), 'the left side is people.yaml itself');
      assert.equal(seen.question.preview.scheme, 'copydesk-preview');
      assert.equal(seen.question.button, 'Add');
      assert.match(seen.question.summary, /^Add Anatoly Antonov to people\.yaml/);
      assert.equal(seen.editedPreview, false, 'the proposal cannot be edited');
      assert.ok(seen.proposed.startsWith(before.trimEnd()), seen.proposed);
      assert.match(seen.proposed.slice(before.trimEnd().length), /- name: Anatoly Antonov\n\s+roles:\n\s+- title: Russia’s ambassador to the United States/);
      assert.equal(fs.readFileSync(PEOPLE, 'utf8'), before, 'Cancel: nothing written');
      await eventually(() => !diffTabs().some((t) => (t.input as vscode.TabInputTextDiff).modified.scheme === 'copydesk-preview'), 'the diff closed');
    });

    it('Add writes what was shown into people.yaml, every line of it kept, comments included; the hover then shows the entry', async () => {
      const before = fs.readFileSync(FIXTURE, 'utf8');
      fs.writeFileSync(PEOPLE, before);
      await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read');
      const document = (await open(FOUNDING_ARTICLE)).document;
      await currentTokens(document);
      let shownText = '';
      const result = await vscode.commands.executeCommand<{ ok: boolean; created: boolean; summary: string }>(
        'copydesk.addToPeopleDirectory', 'Anatoly Antonov', {
          choose: async (question: Question) => {
            shownText = (await vscode.workspace.openTextDocument(question.preview)).getText();
            return question.button;
          },
        });
      assert.ok(result?.ok && result.created, JSON.stringify(result));
      assert.match(result.summary, /^Add Anatoly Antonov to people\.yaml/);
      const after = fs.readFileSync(PEOPLE, 'utf8');
      assert.equal(after, shownText, 'what is written is what was shown');
      assert.ok(after.startsWith(before.trimEnd()), after);
      assert.match(after.slice(before.trimEnd().length), /- name: Anatoly Antonov\n\s+roles:\n\s+- title: Russia’s ambassador to the United States/, after);
      await eventually(async () => (await names()).includes('Anatoly Antonov'), 'Antonov read from the file');
      const [card] = await eventually(async () => {
        const cards = await hoverAt(document, positionOf(document, 'Anatoly Antonov', 0, 3));
        return cards.length && /People directory/.test(cards[0].value) ? cards : undefined;
      }, 'Antonov’s card with the directory');
      assert.match(shown(card.value), /Role: Russia’s ambassador to the United States — \*directory\*/, shown(card.value));
      assert.match(shown(card.value), /no last-checked date/);
    });

    it('adding him again changes nothing (and asks nothing)', async () => {
      const document = (await open(FOUNDING_ARTICLE)).document;
      await currentTokens(document);
      const text = fs.readFileSync(PEOPLE, 'utf8');
      const result = await vscode.commands.executeCommand<{ ok: boolean; changed: boolean }>(
        'copydesk.addToPeopleDirectory', 'Anatoly Antonov', { choose: async () => assert.fail('nothing to ask') });
      assert.ok(result?.ok && !result.changed, JSON.stringify(result));
      assert.equal(fs.readFileSync(PEOPLE, 'utf8'), text);
    });

    it('with no directory file yet: the diff is against an empty document, and Add creates .copydesk/people.yaml', async () => {
      fs.rmSync(PEOPLE, { force: true });
      await eventually(async () => (await names()).length === 0, 'no directory');
      const document = (await open(FOUNDING_ARTICLE)).document;
      await currentTokens(document);
      let original: { scheme: string; text: string } | undefined;
      const result = await vscode.commands.executeCommand<{ ok: boolean; created: boolean }>('copydesk.addToPeopleDirectory', 'Anatoly Antonov', {
        choose: async (question: Question) => {
          const tab = diffTabs().find((t) => (t.input as vscode.TabInputTextDiff).modified.toString() === question.preview.toString());
          assert.ok(tab, 'a diff editor shows the proposal');
          const left = (tab.input as vscode.TabInputTextDiff).original;
          original = { scheme: left.scheme, text: (await vscode.workspace.openTextDocument(left)).getText() };
          assert.ok(!fs.existsSync(PEOPLE), 'not created before Add');
          return question.button;
        },
      });
      assert.deepEqual(original, { scheme: 'copydesk-preview', text: '' });
      assert.ok(result?.ok && result.created, JSON.stringify(result));
      assert.match(fs.readFileSync(PEOPLE, 'utf8'), /- name: Anatoly Antonov\n/);
      await eventually(async () => (await names()).join() === 'Anatoly Antonov', 'the new directory read');
      fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
      await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the fixture again');
    });

    it('with unsaved edits in people.yaml: the proposal builds on them, and the entry joins them in the editor, unsaved', async () => {
      // The web workbench saves after a second by default (files.autoSave "afterDelay"), which would save the
      // typed line and the entry under the test: here edits stay unsaved until the user saves them.
      const files = vscode.workspace.getConfiguration('files');
      const autoSave = files.inspect('autoSave')?.globalValue;
      await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
      try {
        await unsavedEditsTest();
      } finally {
        await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
      }
    });

    async function unsavedEditsTest(): Promise<void> {
      const onDisk = fs.readFileSync(FIXTURE, 'utf8');
      fs.writeFileSync(PEOPLE, onDisk);
      await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read');
      const yaml = await open(PEOPLE);
      await yaml.edit((e) => e.insert(new vscode.Position(0, 0), '# typed, not saved\n'));
      const document = (await open(FOUNDING_ARTICLE)).document;
      await currentTokens(document);
      let proposed = '';
      const result = await vscode.commands.executeCommand<{ ok: boolean; created: boolean }>('copydesk.addToPeopleDirectory', 'Anatoly Antonov', {
        choose: async (question: Question) => {
          proposed = (await vscode.workspace.openTextDocument(question.preview)).getText();
          return question.button;
        },
      });
      assert.ok(result?.ok && result.created, JSON.stringify(result));
      assert.ok(proposed.startsWith('# typed, not saved\n'), proposed);
      assert.equal(yaml.document.getText(), proposed, 'the editor holds what was shown');
      assert.ok(yaml.document.isDirty, 'left unsaved, with the user’s own edit');
      assert.equal(fs.readFileSync(PEOPLE, 'utf8'), onDisk, 'the file on disk untouched');
      await eventually(async () => (await names()).includes('Anatoly Antonov'), 'the unsaved entry read');
      await closeAll();
      await eventually(async () => !(await names()).includes('Anatoly Antonov'), 'reverted: the file on disk again');
    }

    it('from the hover card: its link adds that person; the card then offers Update', async () => {
      const document = (await open(FOUNDING_ARTICLE)).document;
      await currentTokens(document);
      const [card] = await hoverAt(document, positionOf(document, 'Vladimir Putin', 0, 3));
      const link = /(?<!\\)\[Add to People Directory\]\(command:([^?)]+)\?([^)\s]*)\)/.exec(card.value);
      assert.ok(link, card.value);
      assert.equal(link[1], 'copydesk.addToPeopleDirectory');
      const trusted = card.isTrusted as { enabledCommands: string[] };
      assert.ok(trusted.enabledCommands.includes('copydesk.addToPeopleDirectory'), JSON.stringify(trusted));
      const args = JSON.parse(decodeURIComponent(link[2]));
      assert.deepEqual(args, [{ uri: document.uri.toString(), name: 'Vladimir Putin' }]);
      const result = await vscode.commands.executeCommand<{ ok: boolean; created: boolean }>(link[1], ...args, {
        choose: async (question: Question) => question.button,
      });
      assert.ok(result?.ok && result.created, JSON.stringify(result));
      assert.match(fs.readFileSync(PEOPLE, 'utf8'), /- name: Vladimir Putin\n/);
      const [after] = await eventually(async () => {
        const cards = await hoverAt(document, positionOf(document, 'Vladimir Putin', 0, 3));
        return cards.length && /People directory/.test(cards[0].value) ? cards : undefined;
      }, 'Putin’s card with the directory');
      assert.match(after.value, /\[Update in People Directory\]\(command:copydesk\.addToPeopleDirectory\?/, after.value);
    });
  });
});
