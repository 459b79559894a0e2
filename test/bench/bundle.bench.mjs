// What the elements cost a site's visitors: pages that import published entry points of
// @foyer/elements (resolved through its package.json `exports`, from the built dist, as a
// site's bundler resolves them) are bundled with esbuild, code splitting on, minified. A
// page's size is every file it loads before it runs: its entry and the chunks it imports
// statically, each gzipped alone and summed, as a server sends them. Translations are
// imported dynamically, only when their language is set, so an English page carries none;
// they are measured on their own, as is what an element fetches by import() only when it needs
// it (the sales dashboard's chart). Writes results/bundle.json.
//
// The budgets are what a visitor's page loads: the client's gallery page at most 20 KB, every
// other page a site builds from the elements (an owner's admin page, the agency's, the print
// shop's, the seller's master account) at most 60 KB, and the thirteen elements of the client
// access situations together at most 60 KB. The index that registers every element is measured
// and listed but judged by no budget: no page loads it whole, and it grows with every element
// the library gains (docs/decisions/2026-12-07-bundle-budgets-per-page.md).
//
// `--smoke` (as every benchmark takes it) measures the same pages but judges no budget and
// writes no results; a full run takes a few seconds too.
import { build, version as esbuildVersion } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const smoke = process.argv.includes('--smoke');
const resultsFile = new URL('./results/bundle.json', import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));

/** Bytes after gzip; 1 KB is 1,000 bytes here, the stricter reading of a budget. */
const budgets = { clientPageGzipBytes: 20_000, pageGzipBytes: 60_000, clientAccessElementsGzipBytes: 60_000 };

const entries = (...tags) => [...tags.map((tag) => `@foyer/elements/${tag}.js`), '@foyer/elements/localization.js'];

/** A client's gallery page: the provider, the access-code login and the overview, in English. */
const clientPage = entries('foyer-provider', 'client-access-login', 'gallery-overview');

/** The other pages a site builds from the elements, each with the elements it shows at once. */
const sitePages = {
  "photographer's admin": entries('foyer-provider', 'foyer-sign-in', 'client-access-manager', 'team-members', 'activity-log'),
  "print shop's customers": entries('foyer-provider', 'foyer-sign-in', 'contacts-table', 'team-members', 'activity-log'),
  "agency's accounts": entries('foyer-provider', 'foyer-sign-in', 'account-switcher', 'team-members', 'activity-log'),
  "seller's master account": entries('foyer-provider', 'foyer-sign-in', 'master-account'),
  'contact activation': entries('foyer-provider', 'contact-activation'),
};

/** The elements of the photographer's, the agency's and the print shop's client access, together. */
const clientAccessElements = entries(
  'foyer-provider',
  'client-access-manager',
  'foyer-sign-in',
  'client-access-login',
  'gallery-overview',
  'gallery-password-prompt',
  'gallery-direct-link',
  'role-picker',
  'account-switcher',
  'contacts-table',
  'contact-activation',
  'team-members',
  'activity-log',
);

const gzipped = (bytes) => gzipSync(bytes).length;

/**
 * Bundles one page whose module imports `specifiers` and measures what it loads at start,
 * and what it may fetch later (translations).
 */
async function measurePage(specifiers) {
  const contents = specifiers.map((s) => `import ${JSON.stringify(s)};`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: here, sourcefile: 'page.js', loader: 'js' },
    absWorkingDir: here,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    outdir: 'page-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(here, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'page.js');

  // Everything reachable from the entry through static imports loads before the page runs;
  // the other files are fetched by a dynamic import() when needed.
  const loadedAtStart = new Set();
  const visit = (path) => {
    if (loadedAtStart.has(path)) return;
    loadedAtStart.add(path);
    for (const imported of outputs[path].imports) {
      if (!imported.external && imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);

  const measure = (paths) => {
    let minBytes = 0;
    let gzipBytes = 0;
    for (const path of paths) {
      const bytes = files.get(path);
      minBytes += bytes.length;
      gzipBytes += gzipped(bytes);
    }
    return { minBytes, gzipBytes };
  };
  // The elements' build names each translation's module after its locale: chunks/de-<hash>.js.
  const translations = {};
  for (const [path, output] of Object.entries(outputs)) {
    const locale = output.entryPoint?.match(/(?:^|\/)([a-z]{2,3})-[A-Z0-9]+\.js$/)?.[1];
    if (locale && !loadedAtStart.has(path)) translations[locale] = measure([path]);
  }
  const translationFiles = Object.values(outputs)
    .map((output) => output.entryPoint)
    .filter((file) => file?.match(/(?:^|\/)[a-z]{2,3}-[A-Z0-9]+\.js$/));
  const inputsAtStart = [...loadedAtStart].flatMap((path) => Object.keys(outputs[path].inputs));
  // What an element fetches by import() when it needs it (the sales dashboard's chart), besides
  // translations: not part of the page's size at start, measured on its own.
  const fetchedLater = new Set();
  for (const path of loadedAtStart) {
    for (const imported of outputs[path].imports) {
      const later = imported.kind === 'dynamic-import' && !imported.external && !loadedAtStart.has(imported.path);
      if (later && !translationFiles.includes(outputs[imported.path].entryPoint)) fetchedLater.add(imported.path);
    }
  }
  return {
    imports: specifiers,
    files: loadedAtStart.size,
    ...measure(loadedAtStart),
    translationsLoadedAtStart: inputsAtStart.some((input) => translationFiles.includes(input)),
    translations,
    fetchedLater: Object.fromEntries([...fetchedLater].map((path) => [path.replace(/^page-out\/(chunks\/)?/, '').replace(/(-[A-Z0-9]{8})+\.js$/, ''), measure([path])])),
  };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

async function main() {
  // The package's own list of entry points: every `./<tag>.js` in its exports is an element.
  const dist = dirname(fileURLToPath(import.meta.resolve('@foyer/elements')));
  if (!existsSync(join(dist, 'foyer-provider.js'))) throw new Error(`no built elements in ${dist}: run npm run build first`);
  const { exports } = JSON.parse(await readFile(join(dist, '..', 'package.json'), 'utf8'));
  const elements = Object.keys(exports)
    .map((key) => key.match(/^\.\/([a-z]+-[a-z-]+)\.js$/)?.[1])
    .filter((tag) => tag !== undefined);

  const page = await measurePage(clientPage);
  const alone = {};
  for (const tag of elements) {
    const { minBytes, gzipBytes, files, fetchedLater } = await measurePage([`@foyer/elements/${tag}.js`]);
    alone[tag] = { minBytes, gzipBytes, files, fetchedLater };
  }
  const pages = {};
  for (const [name, specifiers] of Object.entries(sitePages)) {
    const { imports, minBytes, gzipBytes, files, fetchedLater } = await measurePage(specifiers);
    pages[name] = { imports, minBytes, gzipBytes, files, fetchedLater };
  }
  const clientAccess = await measurePage(clientAccessElements);
  const all = await measurePage(['@foyer/elements']);

  const met = {
    clientPage: page.gzipBytes <= budgets.clientPageGzipBytes,
    sitePages: Object.values(pages).every((p) => p.gzipBytes <= budgets.pageGzipBytes),
    clientAccessElements: clientAccess.gzipBytes <= budgets.clientAccessElementsGzipBytes,
    noTranslationsAtStart: !page.translationsLoadedAtStart && !all.translationsLoadedAtStart,
  };
  const result = {
    measuredAt: new Date().toISOString(),
    setup: {
      bundler: `esbuild ${esbuildVersion}, splitting, minified, es2022`,
      resolved: '@foyer/elements through its package.json exports, built dist',
      size: 'files loaded before the page runs (entry and static imports), each gzipped alone (zlib level 6), summed',
      node: process.version,
    },
    budgets,
    clientPage: page,
    sitePages: pages,
    elementsAlone: alone,
    clientAccessElements: { imports: clientAccess.imports, files: clientAccess.files, minBytes: clientAccess.minBytes, gzipBytes: clientAccess.gzipBytes },
    everyElement: { imports: all.imports, files: all.files, minBytes: all.minBytes, gzipBytes: all.gzipBytes, fetchedLater: all.fetchedLater },
    translations: all.translations,
    met,
  };

  console.table(
    Object.fromEntries([
      ['client page', { 'min+gzip': kb(page.gzipBytes), min: kb(page.minBytes), files: page.files }],
      ...Object.entries(pages).map(([name, p]) => [`page: ${name}`, { 'min+gzip': kb(p.gzipBytes), min: kb(p.minBytes), files: p.files }]),
      ...Object.entries(alone).flatMap(([tag, s]) => [
        [tag, { 'min+gzip': kb(s.gzipBytes), min: kb(s.minBytes), files: s.files }],
        ...Object.entries(s.fetchedLater).map(([chunk, l]) => [`${tag}: ${chunk}, when needed`, { 'min+gzip': kb(l.gzipBytes), min: kb(l.minBytes), files: 1 }]),
      ]),
      ['client access elements together', { 'min+gzip': kb(clientAccess.gzipBytes), min: kb(clientAccess.minBytes), files: clientAccess.files }],
      ['every element (the index)', { 'min+gzip': kb(all.gzipBytes), min: kb(all.minBytes), files: all.files }],
      ...Object.entries(all.translations).map(([locale, s]) => [`translation ${locale}, when set`, { 'min+gzip': kb(s.gzipBytes), min: kb(s.minBytes), files: 1 }]),
    ]),
  );
  const verdict = (ok) => (smoke ? 'not judged in a smoke run' : ok ? 'met' : 'MISSED');
  console.log(`client page ${kb(page.gzipBytes)} ≤ ${kb(budgets.clientPageGzipBytes)}: ${verdict(met.clientPage)}`);
  const largest = Object.entries(pages).sort(([, a], [, b]) => b.gzipBytes - a.gzipBytes)[0];
  console.log(`every other page ≤ ${kb(budgets.pageGzipBytes)}, the largest ${largest[0]} ${kb(largest[1].gzipBytes)}: ${verdict(met.sitePages)}`);
  console.log(`client access elements together ${kb(clientAccess.gzipBytes)} ≤ ${kb(budgets.clientAccessElementsGzipBytes)}: ${verdict(met.clientAccessElements)}`);
  console.log(`every element (the index, no budget): ${kb(all.gzipBytes)}`);
  console.log(`no translation loaded before a language is set: ${verdict(met.noTranslationsAtStart)}`);

  if (smoke) {
    console.log('smoke run: results not written');
    return;
  }
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${resultsFile.pathname}`);
}

main().then(
  // A budget missed is a finding to read in the results, not a crash; a failed build is.
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
