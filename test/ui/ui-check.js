#!/usr/bin/env node
// UI check in a real VS Code (code-server 1.100.3 + headless Chromium): what the extension API cannot read
// back — the colours the grammar and the semantic tokens give on screen, the dashed underline under speech
// with no speaker, and document highlights — on the founding article; the hover card, the Claims view and
// List Quotes on the bundled sample, and a hostile hover rendered as text. Screenshots in test/ui/output/;
// with --readme (or COPYDESK_README_SHOTS=1) the README's screenshots in media/ are taken again as well.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser, tempDir } = require('../host/code-server');

const OUT = path.join(__dirname, 'output');
const ARTICLE = 'kim-putin-summit.article';
const SAMPLE = 'uk-asylum-questionnaire.article';
const HOSTILE = 'hostile-copy.article';
const README_SHOTS = process.argv.includes('--readme') || process.env.COPYDESK_README_SHOTS === '1';
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
  fs.copyFileSync(path.join(ROOT, 'samples', SAMPLE), path.join(workspace, SAMPLE));
  fs.copyFileSync(path.join(ROOT, 'test/extension/workspace', HOSTILE), path.join(workspace, HOSTILE));
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

    await journalistChecks(page, server, workspace);

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
async function openArticle(page, server, workspace, extensionDevelopmentKind, file = ARTICLE) {
  const where = extensionDevelopmentKind ? `${extensionDevelopmentKind} extension host` : 'Node extension host';
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: ROOT, extensionDevelopmentKind, openFile: path.join(workspace, file) }));
  step(`workbench loading (${where})`);
  await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('#status\\.editor\\.mode')?.textContent?.includes('Article'), null, { timeout: 30000 });
  step('article open in the Article language');
  await setTheme(page, 'Dark Modern');
  step('theme: Default Dark Modern');
  // Semantic colours arrive once the engine has answered: wait for a speaker's colour to show.
  const speaker = file === ARTICLE ? 'KCNA' : null;
  await page.waitForFunction(({ c, speaker }) => [...document.querySelectorAll('.view-lines span span')]
    .some((s) => (speaker === null || s.textContent === speaker) && getComputedStyle(s).color === c), { c: COLOURS.type, speaker }, { timeout: 30000 })
    .catch(() => step(`(no speaker colour seen within 30 s)`));
}

// The hover card, the Claims view and List Quotes on the bundled sample; a hostile hover. The README's screenshots.
async function journalistChecks(page, server, workspace) {
  console.log('Hover cards, the Claims view and List Quotes on screen (the sample article)');
  await openArticle(page, server, workspace, undefined, SAMPLE);

  const hoverText = () => page.evaluate(() => [...document.querySelectorAll('.monaco-hover .hover-contents')].map((e) => e.innerText).join('\n---\n'));
  const hoverOver = async (text) => {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    const box = await page.evaluate((text) => {
      const s = [...document.querySelectorAll('.monaco-editor .view-lines span span')].find((e) => e.textContent.replace(/\u00a0/g, ' ').includes(text) && e.getBoundingClientRect().width > 0);
      const r = s?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }, text);
    assert.ok(box, `${JSON.stringify(text)} on screen`);
    await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover .hover-contents', { state: 'visible', timeout: 10000 });
    await page.waitForTimeout(400);
  };

  await check('hovering a name shows the person’s card: name, role, other names, mentions, quotations', async () => {
    await scrollTo(page, 'Home Secretary Suella Braverman told');
    await hoverOver('Suella Braverman');
    const text = await hoverText();
    assert.match(text, /Suella Braverman — Home Secretary/, text);
    assert.match(text, /Also named: Braverman/, text);
    assert.match(text, /Named \d+ times, first on line \d+/, text);
    assert.match(text, /Quoted 1 time:/, text);
    const links = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || ''));
    // Jumps to the mentions, and one link that adds the person to the people directory (or updates their entry).
    const jumps = links.filter((h) => h.startsWith('command:copydesk.reveal'));
    const adds = links.filter((h) => h.startsWith('command:copydesk.addToPeopleDirectory'));
    assert.ok(jumps.length >= 2 && adds.length === 1 && jumps.length + adds.length === links.length, `jump links and one add link only: ${links.join(' ')}`);
    await shot(page, 'hover-card.png', await around(page, '.monaco-hover', 24));
  });

  await check('the Claims view: claims by category, a badge, Mark Verified with a note', async () => {
    await runCommand(page, 'Copydesk: Show Claims');
    await page.waitForSelector('.pane-header[aria-label*="Claims"]', { timeout: 10000 });
    await widenSidebar(page, 520);
    const rows = page.locator('.pane-body .monaco-list-row');
    await page.waitForFunction(() => [...document.querySelectorAll('.pane-body .monaco-list-row')].some((r) => r.textContent.includes('Figures without a source')), null, { timeout: 10000 });
    const texts = await rows.allInnerTexts();
    for (const group of ['Figures without a source', 'Anonymous sources', 'Single source', 'Hedged']) assert.ok(texts.some((t) => t.includes(group)), `${group} in ${texts.join(' | ')}`);
    const badge = await page.locator('.activitybar .action-item.checked .badge-content, .activitybar .action-item[aria-label^="Copydesk"] .badge-content').first().innerText();
    assert.match(badge, /^\d+$/, `a badge: ${badge}`);
    const sky = rows.filter({ hasText: 'A leaked internal letter seen by Sky News' }).first();
    await sky.hover();
    await sky.locator('.action-label[aria-label^="Mark Verified"]').click();
    await page.locator('.quick-input-widget input').fill('Confirmed with the Home Office press office');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.pane-body .monaco-list-row')].some((r) => r.textContent.includes('Verified: Confirmed with the Home Office')), null, { timeout: 10000 });
    const after = await page.locator('.activitybar .action-item[aria-label^="Copydesk"] .badge-content').first().innerText();
    assert.equal(Number(after), Number(badge) - 1, 'the badge counts one fewer');
    await sky.click(); // jumps to the sentence
    await page.mouse.move(700, 880); // off the tree and the title bar
    await page.waitForTimeout(500);
    await shot(page, 'claims-view.png');
  });

  await check('List Quotes: every quotation grouped by speaker, previewed as you move', async () => {
    await scrollTo(page, 'Prime Minister Rishi Sunak');
    await runCommand(page, 'Copydesk: List Quotes');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10000 });
    const separators = await page.locator('.quick-input-list .quick-input-list-separator').allInnerTexts();
    assert.ok(separators.some((t) => t.includes('Yvette Cooper')), `speakers: ${separators.join(' | ')}`);
    const line = () => page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
    const before = await line();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((b) => document.querySelector('[id="status.editor.selection"]')?.textContent !== b, before, { timeout: 5000 });
    await page.waitForTimeout(300);
    await shot(page, 'list-quotes.png');
    await page.keyboard.press('Escape');
  });

  await check('a hover over hostile copy shows markup as typed: no link to another command, no image', async () => {
    await openArticle(page, server, workspace, undefined, HOSTILE);
    await hoverOver('is not a name');
    const text = await hoverText();
    assert.ok(text.includes('[x](command:workbench.action.quit) <img src=x onerror=alert(1)> is not a name'), text);
    const inside = await page.evaluate(() => ({
      images: document.querySelectorAll('.monaco-hover img').length,
      links: [...document.querySelectorAll('.monaco-hover a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || ''),
    }));
    assert.equal(inside.images, 0, 'no image element');
    assert.ok(inside.links.every((h) => h.startsWith('command:copydesk.reveal')), inside.links.join(' '));
    await shot(page, 'hostile-hover.png', await around(page, '.monaco-hover', 24));
  });
}

/** Drags the sash at the side bar's right edge, so the views' labels show whole in the screenshots. */
async function widenSidebar(page, width) {
  const edge = await page.evaluate(() => document.querySelector('.part.sidebar')?.getBoundingClientRect().right);
  if (!edge || edge >= width) return;
  await page.mouse.move(edge + 1, 400);
  await page.mouse.down();
  await page.mouse.move(width, 400, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

/** Brings the text into view with Find (the editor renders only the lines on screen), the cursor on it. */
async function scrollTo(page, text) {
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.keyboard.press('Control+F');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

/** Runs a command from the Command Palette. */
async function runCommand(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().click();
}

/** A clip around an element and the editor text beside it. */
async function around(page, selector, margin) {
  const box = await page.evaluate((selector) => {
    const r = [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect()).find((b) => b.width > 0 && b.height > 0);
    return r && { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
  assert.ok(box, `${selector} on screen`);
  const vp = page.viewportSize();
  const x = Math.max(0, box.x - 360), y = Math.max(0, box.y - margin - 60);
  return { x, y, width: Math.min(vp.width - x, box.width + 360 + 2 * margin + 200), height: Math.min(vp.height - y, box.height + 2 * margin + 120) };
}

/** A screenshot in test/ui/output/, and in media/ for the README when asked to. */
async function shot(page, name, clip) {
  await page.screenshot({ path: path.join(OUT, name), clip });
  if (README_SHOTS && name !== 'hostile-hover.png') fs.copyFileSync(path.join(OUT, name), path.join(ROOT, 'media', name));
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
