#!/usr/bin/env node
// `npm run open-sample [-- FILE]`: opens an article (the bundled sample by default) in a real VS Code with
// Copydesk loaded from this folder — desktop VS Code when one is installed and there is a display,
// otherwise code-server on this machine, in the browser at the printed address.
//
//   --browser      use code-server even where desktop VS Code is installed
//   --port N       code-server's port (default 8080, or PORT; 0 picks a free one)
//   --smoke        open it in headless Chromium, check the article is in the Article language, and exit
'use strict';
const { spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, CS_VERSION, startCodeServer, workbenchUrl, launchBrowser, tempDir } = require('./code-server');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');

function defaultArticle() {
  const samples = path.join(ROOT, 'samples');
  const sample = fs.existsSync(samples) && fs.readdirSync(samples).filter((f) => /\.(article|news)$/.test(f)).sort()[0];
  return sample ? path.join(samples, sample) : path.join(ROOT, 'test/fixtures/kim-putin-summit.article');
}

function desktopCode() {
  if (flag('browser') || flag('smoke')) return null;
  const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!hasDisplay) return null;
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(/\r?\n/)[0] : null;
}

async function main() {
  const file = path.resolve(positional[0] || defaultArticle());
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });

  const code = desktopCode();
  if (code) {
    console.log(`Opening ${path.relative(process.cwd(), file)} in VS Code with Copydesk from ${ROOT}`);
    execFileSync(code, ['--new-window', `--extensionDevelopmentPath=${ROOT}`, file], { stdio: 'inherit' });
    printWhereToLook();
    return;
  }

  const tmp = tempDir('copydesk-open-');
  const port = Number(option('port', process.env.PORT || (flag('smoke') ? 0 : 8080)));
  const server = await startCodeServer({ dir: tmp, port });
  const stop = () => {
    server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => { stop(); process.exit(0); });
  process.on('SIGTERM', () => { stop(); process.exit(0); });
  const url = workbenchUrl(server, { folder: path.dirname(file), extensionDevelopmentPath: ROOT, openFile: file });

  if (flag('smoke')) {
    const browser = await launchBrowser(tmp);
    try {
      await browser.page.goto(url);
      await browser.page.waitForFunction(() => document.querySelector('#status\\.editor\\.mode')?.textContent?.includes('Article'), null, { timeout: 60000 });
      console.log(`open-sample: ${path.basename(file)} opened in the Article language with Copydesk loaded`);
    } finally {
      await browser.context.close().catch(() => {});
      stop();
    }
    return;
  }

  console.log(`\nCopydesk is running in VS Code (code-server ${CS_VERSION}) with ${path.relative(process.cwd(), file)} open.`);
  console.log(`Open this address in a browser on this machine (or through an SSH tunnel to port ${new URL(server.base).port}):\n\n  ${url}\n`);
  printWhereToLook();
  console.log('Press Ctrl+C to stop.');
}

function printWhereToLook() {
  console.log([
    'Where to look:',
    '  - the status bar says "Article" (bottom right);',
    '  - quotations are coloured as strings, the speaker next to each in its own colour, the cue ("said") as a keyword;',
    '  - put the cursor in a quotation: its speaker and cue light up; on a name: every mention and quotation of that person;',
    '  - speech with no speaker has a dashed underline and a mark in the scroll bar.',
  ].join('\n'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
