#!/usr/bin/env node
// `npm run test:editor`: the in-editor mocha suites (test/extension/suite) in a real VS Code.
// Through @vscode/test-electron's runTests, as on any machine; here its VS Code is code-shim.js, which runs
// code-server 1.100.3 in headless Chromium (VS Code desktop cannot be downloaded offline). With
// COPYDESK_TEST_DESKTOP=1, runTests downloads and uses desktop VS Code instead.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { ROOT, ensureCodeServer } = require('./code-server');

async function main() {
  const t0 = Date.now();
  const step = (m) => console.log(`[test:editor ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  step('building the extension and compiling the suites');
  fs.rmSync(path.join(ROOT, 'out/test/extension'), { recursive: true, force: true }); // no stale suites
  execFileSync('npm', ['run', '--silent', 'build:tests'], { cwd: ROOT, stdio: 'inherit' });
  const desktop = process.env.COPYDESK_TEST_DESKTOP === '1';
  if (!desktop) {
    step('checking code-server and Chromium');
    process.env.CODE_SERVER = ensureCodeServer();
  }
  step(`running the suites in ${desktop ? 'desktop VS Code' : 'code-server (VS Code 1.100.3) + headless Chromium'}`);
  await runTests({
    ...(desktop ? { version: '1.100.3' } : { vscodeExecutablePath: path.join(__dirname, 'code-shim.js') }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/extension/index'),
    launchArgs: [path.join(ROOT, 'test/extension/workspace'), '--disable-extensions'],
  });
  step('passed');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
