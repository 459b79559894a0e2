// Rewrites the README's API tables from dist/custom-elements.json (run after the analyzer).
// With --check, or in CI, it writes nothing and fails when the README differs, so a README
// that a change left behind cannot pass unnoticed.
import { readFileSync, writeFileSync } from 'node:fs';
import { readManifest } from './manifest-model.mjs';
import { renderReadme } from './manifest-tables.mjs';

const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const rendered = renderReadme(readme, readManifest());
const check = process.argv.includes('--check') || Boolean(process.env.CI);

if (rendered === readme) {
  console.log('README tables match the manifest.');
} else if (check) {
  console.error('README.md tables differ from the custom-elements manifest: run `npm run manifest` in packages/elements and commit README.md.');
  process.exitCode = 1;
} else {
  writeFileSync(readmeUrl, rendered);
  console.log('README tables rewritten from the manifest.');
}
