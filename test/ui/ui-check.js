#!/usr/bin/env node
// UI check in a real VS Code (code-server 1.100.3 + headless Chromium): what the extension API cannot read
// back — the colours the grammar and the semantic tokens give on screen, the dashed underline under speech
// with no speaker, and document highlights — on the founding article, with screenshots in test/ui/output/.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser, tempDir } = require('../host/code-server');

const OUT = path.join(__dirname, 'output');
const ARTICLE = 'kim-putin-summit.article';
// Default Dark Modern (picked by setTheme below): text, string, keyword, comment, type and variable colours.
const COLOURS = {
  text: 'rgb(204, 204, 204)',
  string: 'rgb(206, 145, 120)',
  keyword: 'rgb(86, 156, 214)',
  comment: 'rgb(106, 153, 85)',
  type: 'rgb(78, 201, 176)',
  variable: 'rgb(156, 220, 254)',
};

const t0 = Date.now();
const step = (m) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`  ✔ ${name}`);
  } catch (err) {
    failures++;
    console.log(`  ✘ ${name}\n      ${String(err.message).split('\n').join('\n      ')}`);
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  execBuild();
  const tmp = tempDir('copydesk-ui-');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  fs.copyFileSync(path.join(ROOT, 'test/fixtures', ARTICLE), path.join(workspace, ARTICLE));
  const server = await startCodeServer({ dir: tmp });
  const browser = await launchBrowser(tmp);
  try {
    const { page } = browser;
    page.on('pageerror', (e) => console.error('[pageerror]', e.message));
    await openArticle(page, server, workspace);
    const style = (text, { exact = true, nth = 0 } = {}) => page.evaluate(({ text, exact, nth }) => {
      const spans = [...document.querySelectorAll('.view-lines span span')].filter((s) => {
        const t = s.textContent.replace(/\u00a0/g, ' ');
        return exact ? t === text : t.includes(text);
      });
      const s = spans[nth];
      if (!s) return null;
      const cs = getComputedStyle(s);
      return { text: s.textContent.replace(/\u00a0/g, ' '), color: cs.color, fontStyle: cs.fontStyle };
    }, { text, exact, nth });
    const expectColour = async (text, colour, opts) => {
      const s = await style(text, opts);
      assert.ok(s, `no span on screen with text ${JSON.stringify(text)}`);
      assert.equal(s.color, colour, `${JSON.stringify(s.text)} is ${s.color}, expected ${colour}`);
      return s;
    };

    console.log('Colours on screen (Default Dark Modern)');
    await check('plain prose keeps the editor’s text colour', () => expectColour('North Korean leader', COLOURS.text, { exact: false }));
    await check('a quotation is string-coloured, its marks too', async () => {
      await expectColour('comrades', COLOURS.string, { exact: false });
      await expectColour('“', COLOURS.string, { exact: false });
    });
    await check('a scare quote is also in italics', async () => {
      const s = await expectColour('pelmeni', COLOURS.string, { exact: false });
      assert.equal(s.fontStyle, 'italic', '“pelmeni” in italics');
    });
    await check('the attribution cue "said" is keyword-coloured', () => expectColour('said', COLOURS.keyword));
    await check('a pasted link line is comment-coloured', () => expectColour('Opens in new window', COLOURS.comment, { exact: false }));
    await check('the speaker KCNA is type-coloured (from the engine)', () => expectColour('KCNA', COLOURS.type));
    await check('a person’s name is variable-coloured (from the engine)', () => expectColour('Sergei Shoigu', COLOURS.variable));

    console.log('Document highlights on screen');
    await page.screenshot({ path: path.join(OUT, 'founding-article.png') });
    await check('the cursor in Antonov’s quotation lights up his name and the cue', async () => {
      const word = page.locator('.view-lines span span', { hasText: 'no right to lecture' }).first();
      await word.click();
      await page.waitForSelector('.view-overlays .wordHighlightStrong', { timeout: 5000 });
      const counts = await page.evaluate(() => ({
        strong: document.querySelectorAll('.view-overlays .wordHighlightStrong').length,
        read: document.querySelectorAll('.view-overlays .wordHighlight').length,
        text: document.querySelectorAll('.view-overlays .wordHighlightText').length,
      }));
      assert.ok(counts.strong >= 1 && counts.read >= 1 && counts.text >= 1, `speaker, cue and quotation lit: ${JSON.stringify(counts)}`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, 'highlights.png') });
    });

    console.log('Decorations on screen');
    await check('speech with no speaker gets a dashed underline as it is typed', async () => {
      await page.locator('.view-lines span span', { hasText: 'sturgeon' }).first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      // “ auto-closes with ”; typing the closing mark steps over it.
      await page.keyboard.type('“We will not stay quiet about this.”', { delay: 15 });
      // A decoration with a border is drawn in the overlay layer under the text: find the text above it.
      const dashed = await page.waitForFunction(() => {
        const marks = [...document.querySelectorAll('.view-overlays div')].filter((d) => getComputedStyle(d).borderBottomStyle === 'dashed');
        const words = [...document.querySelectorAll('.view-lines span span')];
        const under = marks.flatMap((d) => {
          const m = d.getBoundingClientRect();
          return words.filter((w) => {
            const r = w.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            return x > m.left && x < m.right && y > m.top && y < m.bottom;
          });
        });
        return under.map((w) => w.textContent.replace(/\u00a0/g, ' ')).join('') || null;
      }, null, { timeout: 10000 })
        .catch(async (err) => {
          await page.screenshot({ path: path.join(OUT, 'unattributed-failed.png') });
          throw err;
        });
      const text = await dashed.jsonValue();
      assert.match(text, /We will not stay quiet about this/);
      assert.doesNotMatch(text, /no right to lecture/, 'attributed speech is not underlined');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, 'unattributed.png') });
    });

    console.log('The browser bundle, in the web worker extension host (as on vscode.dev)');
    await check('colours quotations and speakers there too', async () => {
      await openArticle(page, server, workspace, 'web');
      await expectColour('comrades', COLOURS.string, { exact: false });
      await expectColour('KCNA', COLOURS.type);
      await page.screenshot({ path: path.join(OUT, 'web-worker-host.png') });
    });
  } finally {
    await browser.context.close().catch(() => {});
    server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  step(`${failures ? failures + ' check(s) failed' : 'all checks passed'}; screenshots in ${path.relative(ROOT, OUT)}/`);
  process.exit(failures ? 1 : 0);
}

/** Loads the workbench with Copydesk from this folder and the article open, in Default Dark Modern. */
async function openArticle(page, server, workspace, extensionDevelopmentKind) {
  const where = extensionDevelopmentKind ? `${extensionDevelopmentKind} extension host` : 'Node extension host';
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: ROOT, extensionDevelopmentKind, openFile: path.join(workspace, ARTICLE) }));
  step(`workbench loading (${where})`);
  await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('#status\\.editor\\.mode')?.textContent?.includes('Article'), null, { timeout: 30000 });
  step('article open in the Article language');
  await setTheme(page, 'Dark Modern');
  step('theme: Default Dark Modern');
  // Semantic colours arrive once the engine has answered: wait for a speaker's colour to show.
  await page.waitForFunction((c) => [...document.querySelectorAll('.view-lines span span')]
    .some((s) => s.textContent === 'KCNA' && getComputedStyle(s).color === c), COLOURS.type, { timeout: 30000 })
    .catch(() => step('(no speaker colour seen within 30 s)'));
}

// In extension-development mode the web workbench keeps settings in memory, so the theme is picked in the UI.
async function setTheme(page, label) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Preferences: Color Theme');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().click();
  await page.waitForSelector('.monaco-workbench.vs-dark', { timeout: 10000 });
  await page.waitForTimeout(500);
}

function execBuild() {
  require('node:child_process').execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
}

main().catch((err) => {
  console.error(err);
  process.exit(3);
});
