#!/usr/bin/env node
// Stands in for the VS Code executable as @vscode/test-electron's `vscodeExecutablePath`: maps the desktop
// flags --extensionDevelopmentPath=, --extensionTestsPath= and the workspace argument onto a code-server +
// headless Chromium run (run-ext-tests.js). Other flags (--no-sandbox, --disable-updates, ...) do not apply.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const args = process.argv.slice(2);
const value = (k) => {
  const i = args.findIndex((a) => a === `--${k}` || a.startsWith(`--${k}=`));
  if (i < 0) return '';
  return args[i].includes('=') ? args[i].slice(k.length + 3) : args[i + 1] || '';
};
const positional = args.filter((a) => !a.startsWith('-')); // test-electron passes every flag as --name=value
const r = spawnSync(process.execPath, [path.join(__dirname, 'run-ext-tests.js'),
  value('extensionDevelopmentPath'), value('extensionTestsPath'), positional[0] || process.cwd()], { stdio: 'inherit' });
process.exit(r.status ?? 1);
