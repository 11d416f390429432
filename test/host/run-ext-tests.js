#!/usr/bin/env node
// Runs an extension's mocha suite inside the real VS Code (code-server) extension host, the way
// microsoft/vscode's test/integration/browser does: a `payload` URL parameter names the extension and its
// tests, and the workbench calls window.codeAutomationExit(code) when the test run ends.
//
//   node test/host/run-ext-tests.js EXTENSION_DIR TESTS_MODULE WORKSPACE_DIR
//
// Exit code: the test run's (0 all passed, 1 failures), 2 timeout, 3 runner error.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { startCodeServer, workbenchUrl, launchBrowser, tempDir } = require('./code-server');

const [extDev, extTests, workspace] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!extDev || !extTests || !workspace) {
  console.error('usage: run-ext-tests.js EXTENSION_DIR TESTS_MODULE WORKSPACE_DIR');
  process.exit(3);
}
const t0 = Date.now();
const lap = (m) => console.log(`[runner ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const tmp = tempDir('copydesk-ext-tests-');
let server;
let browser;
let done = false;

async function finish(code, why) {
  if (done) return;
  done = true;
  lap(`exit code ${code} (${why})`);
  try { await browser?.context.close(); } catch { /* closing anyway */ }
  server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(130, sig));
setTimeout(() => finish(2, 'timeout'), Number(process.env.TEST_TIMEOUT_MS || 300000)).unref();

(async () => {
  server = await startCodeServer({ dir: tmp });
  lap(`code-server at ${server.base}`);
  browser = await launchBrowser(tmp);
  const { page } = browser;
  // The workbench reports the extension host's console here while tests run, and the exit code at the end.
  await page.exposeFunction('codeAutomationLog', (type, args) => (console[type] || console.log)(...args));
  await page.exposeFunction('codeAutomationExit', (code) => finish(code, 'test run ended'));
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  if (process.env.BROWSER_CONSOLE) page.on('console', (m) => console.log('[browser]', m.text()));
  const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extDev, extensionTestsPath: extTests });
  lap(`opening ${url}`);
  await page.goto(url);
})().catch((e) => {
  console.error(e);
  finish(3, 'runner error');
});
