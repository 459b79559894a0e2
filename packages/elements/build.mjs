// Builds the elements with esbuild (which transforms standard decorators) into ES modules a
// site loads with <script type="module"> or its own bundler:
// - dist/<tag>.js for each element: registers that tag and the tags it needs, nothing else;
// - dist/index.js: registers every tag and exports every class, event and the localization;
// - dist/localization.js: configureFoyerLocales for pages that load elements one at a time.
// Code splitting puts what entries share (Lit, the client, the provider) into shared chunks,
// so two elements on one page load it once, and each translation into a module of its own
// that is fetched only when its language is set. The templates' indentation is minified too
// (minify-templates.mjs). Theme stylesheets are copied as they are.
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const elements = (await readdir('src/entries')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -'.ts'.length));
const entryPoints = {
  index: 'src/index.ts',
  localization: 'src/localization/localization.ts',
  ...Object.fromEntries(elements.map((tag) => [tag, `src/entries/${tag}.ts`])),
};

// A site imports entries by the package's `exports`; an entry missing there cannot be loaded.
const { exports } = JSON.parse(await readFile('package.json', 'utf8'));
const unlisted = Object.keys(entryPoints).filter((name) => name !== 'index' && !exports[`./${name}.js`]);
if (unlisted.length) throw new Error(`package.json exports lacks ${unlisted.map((n) => `./${n}.js`).join(', ')}`);

// Chunk names carry a hash of their content: the last build's chunks would linger beside these.
await rm('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  minify: true,
  legalComments: 'linked',
  plugins: [minifyTemplatesPlugin()],
});

await mkdir('dist/themes', { recursive: true });
for (const file of await readdir('src/styles/themes')) {
  if (file.endsWith('.css')) await cp(`src/styles/themes/${file}`, `dist/themes/${file}`);
}
