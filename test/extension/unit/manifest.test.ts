// package.json and src/extension/ids.ts agree: every command, view and setting the code uses is declared,
// every menu, key and welcome message points at something that exists, and the icons are there.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, ContextKeys, Settings, Views } from '../../../src/extension/ids';

const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const c = manifest.contributes;

describe('the manifest and the code agree', () => {
  const declared: string[] = c.commands.map((x: { command: string }) => x.command);

  it('declares every command the code registers, and no other', () => {
    assert.deepEqual([...declared].sort(), Object.values(Commands).sort());
    for (const cmd of c.commands) assert.equal(cmd.category, 'Copydesk', cmd.command);
  });

  it('names List Quotes as the issue asks', () => {
    assert.equal(c.commands.find((x: { command: string }) => x.command === Commands.listQuotes).title, 'List Quotes');
  });

  it('declares the views in a Copydesk activity-bar container whose icon exists', () => {
    const container = c.viewsContainers.activitybar.find((x: { id: string }) => x.id === Views.container);
    assert.ok(container);
    assert.ok(existsSync(join(ROOT, container.icon)), container.icon);
    assert.deepEqual(c.views[Views.container].map((v: { id: string }) => v.id), [Views.claims, Views.quotes, Views.people]);
    const packaged = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.ok(packaged.includes(`!${container.icon}`), 'the icon goes into the .vsix');
  });

  it('points menus, keys and welcome messages at commands and views that exist', () => {
    for (const items of Object.values(c.menus) as { command: string }[][]) for (const m of items) assert.ok(declared.includes(m.command), m.command);
    for (const k of c.keybindings) assert.ok(declared.includes(k.command), k.command);
    const views = c.views[Views.container].map((v: { id: string }) => v.id);
    for (const w of c.viewsWelcome) {
      assert.ok(views.includes(w.view), w.view);
      for (const m of w.contents.matchAll(/\(command:([^)?]+)/g)) assert.ok(declared.includes(m[1]) || m[1].startsWith('workbench.'), m[1]);
    }
  });

  it('hides the internal commands from the Command Palette and scopes the rest to articles', () => {
    const palette = new Map(c.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    assert.equal(palette.get(Commands.reveal), 'false');
    assert.equal(palette.get(Commands.forgetDecision), 'false');
    assert.equal(palette.get(Commands.listQuotes), ContextKeys.articleOpen);
  });

  it('declares every setting the code reads', () => {
    for (const key of Object.values(Settings).filter((s) => s !== Settings.section)) {
      assert.ok(c.configuration.properties[`${Settings.section}.${key}`], key);
    }
  });

  it('keeps activation lazy: the article language, plus what views and commands imply', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:article']);
  });
});
