// Time to load and activate the bundled extension, in this (fresh) Node process: `require('dist/extension.js')`
// and then `activate(context)`, with the `vscode` module replaced by an in-process stand-in. Prints one JSON line:
// {"requireMs", "activateMs", "apiCalls", "error"}. Used by scripts/bench.mjs, which runs it in several fresh
// processes and reports the medians.
//
// What it measures: evaluating the bundle (the engine, compromise's lexicon, the extension's modules) and everything
// activate() itself does — reading settings, creating views, registering providers and commands, the first
// refresh of an editor with no documents open.
// What it does not: VS Code's own share (starting the extension host, reading package.json, the real API calls and
// their messages to the window), and the first analysis of an article, which runs after activation, off the
// typing path. The stand-in answers every API call at once, so those calls cost next to nothing here.
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

let apiCalls = 0;

/** Anything the extension may ask of `vscode`: every property is another stand-in, every call and `new` returns
 *  one, so activation runs its whole course; the few values whose truthiness steers activate() are given below. */
function standIn(name) {
  const props = new Map();
  return new Proxy(function () {}, {
    get(_, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (key === Symbol.iterator) return function* () {};
      if (key === 'dispose') return () => {};
      if (!props.has(key)) props.set(key, standIn(`${name}.${String(key)}`));
      return props.get(key);
    },
    apply() {
      apiCalls++;
      return standIn(`${name}()`);
    },
    construct() {
      apiCalls++;
      return standIn(`new ${name}`);
    },
    set() {
      return true;
    },
  });
}

const vscode = standIn('vscode');
const given = {
  // An editor with no document open, no workspace folder, a trusted window and every setting at its default.
  window: { activeTextEditor: undefined, visibleTextEditors: [], tabGroups: { all: [] } },
  workspace: {
    textDocuments: [],
    workspaceFolders: undefined,
    isTrusted: true,
    getConfiguration: () => ({ get: () => undefined, has: () => false, inspect: () => undefined, update: async () => {} }),
  },
  env: { uiKind: 1, language: 'en' },
};
// The module's top-level names (namespaces, classes, enums), as the API's type declarations list them: the bundle
// copies a module's own properties when it imports it, so the stand-in must have them.
const declared = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const stub = {};
for (const [, name] of declared.matchAll(/^\texport (?:namespace|class|enum|const|function) (\w+)/gm)) {
  if (name in stub) continue;
  const g = given[name];
  const value = g ? new Proxy(vscode[name], { get: (t, k) => (k in g ? g[k] : t[k]) }) : vscode[name];
  Object.defineProperty(stub, name, { value, enumerable: true });
}

// `require('vscode')` inside the bundle resolves to the stand-in.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };

const memento = () => {
  const values = new Map();
  return { get: (k, d) => (values.has(k) ? values.get(k) : d), update: async (k, v) => void values.set(k, v), keys: () => [...values.keys()], setKeysForSync() {} };
};
const root = path.join(__dirname, '..');
const context = {
  subscriptions: [],
  workspaceState: memento(),
  globalState: memento(),
  extensionPath: root,
  extensionUri: standIn('extensionUri'),
  storageUri: undefined,
  globalStorageUri: standIn('globalStorageUri'),
  logUri: standIn('logUri'),
  extensionMode: 1,
  asAbsolutePath: (p) => path.join(root, p),
};

let error = null;
let requireMs = NaN;
let activateMs = NaN;
try {
  const t0 = performance.now();
  const ext = require(path.join(root, 'dist/extension.js'));
  const t1 = performance.now();
  ext.activate(context);
  const t2 = performance.now();
  requireMs = t1 - t0;
  activateMs = t2 - t1;
} catch (e) {
  error = String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e);
}
console.log(JSON.stringify({ requireMs, activateMs, apiCalls, error }));
