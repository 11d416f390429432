// Starting code-server (VS Code 1.100.3 server + web workbench) and headless Chromium on this machine.
// Used by the in-editor test runner, the UI check and `npm run open-sample`. Written from the team's
// notes on running VS Code offline (code-server + playwright-core + Debian's chromium).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const CS_VERSION = process.env.CS_VERSION || '4.100.3';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Path of the code-server launcher, installing code-server (and the apt packages) first when missing. */
function ensureCodeServer() {
  if (process.env.CODE_SERVER) return process.env.CODE_SERVER;
  const r = spawnSync('bash', [path.join(__dirname, 'install.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`test/host/install.sh failed (exit ${r.status})`);
  return r.stdout.trim().split('\n').pop();
}

/**
 * Starts code-server on 127.0.0.1 with its own config, user data and extensions folders under `dir`
 * (it writes to ~/.config and ~/.local otherwise).
 * Resolves to { base, authority, stop() } once it listens.
 */
async function startCodeServer({ dir, port = 0, log = process.env.SERVER_LOG ? (s) => process.stdout.write('[server] ' + s) : null } = {}) {
  const launcher = ensureCodeServer();
  // With an extension under development the web workbench keeps user settings in memory, so none are
  // written here: the UI check picks its theme in the UI.
  const server = spawn(launcher, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--config', path.join(dir, 'config.yaml'),
    '--user-data-dir', path.join(dir, 'data'), '--extensions-dir', path.join(dir, 'extensions'),
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  const base = await new Promise((resolve, reject) => {
    let buf = '';
    const on = (d) => {
      buf += d;
      if (log) log(String(d));
      const m = buf.match(/HTTP server listening on (http:\/\/[^\s]+)/);
      if (m) resolve(m[1].replace(/\/$/, ''));
    };
    server.stdout.on('data', on);
    server.stderr.on('data', on);
    server.on('error', reject);
    server.on('exit', (c) => reject(new Error(`code-server exited (${c}) before listening\n${buf}`)));
  });
  return {
    base,
    authority: new URL(base).host,
    process: server,
    // code-server leaves a file-watcher child behind unless its whole process group goes.
    stop() {
      if (server.exitCode === null) {
        try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
      }
    },
  };
}

/** The workbench URL that opens `folder` with extensions loaded from disk, as VS Code's own browser tests do. */
function workbenchUrl({ base, authority }, { folder, extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, openFile }) {
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  // 'web' runs the extension's `browser` bundle in the web worker extension host, as on vscode.dev.
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  return `${base}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Headless Debian Chromium through playwright-core, with a fresh profile under `dir`. */
async function launchBrowser(dir, { viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run bash test/host/install.sh (apt package chromium)`);
  const { chromium } = require('playwright-core');
  const context = await chromium.launchPersistentContext(path.join(dir, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = { ROOT, CS_VERSION, ensureCodeServer, startCodeServer, workbenchUrl, launchBrowser, tempDir };
