// The custom-elements manifest is the one description of the elements' API: the README's
// tables are rendered from it, and it must name what the elements' templates and styles use.
// Run after the build, which writes dist/custom-elements.json.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementsOf, readManifest } from '../scripts/manifest-model.mjs';
import { markedTables, renderReadme } from '../scripts/manifest-tables.mjs';

const manifest = readManifest();
const elements = elementsOf(manifest);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The source of an element's own folder, tests and styles included or not. */
function folderSource(tagName, { styles }) {
  const dir = new URL(`../src/components/${tagName}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f.endsWith('.styles.ts') === styles)
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n');
}

test('the README tables are the ones the manifest renders', () => {
  assert.equal(renderReadme(readme, manifest), readme, 'README.md differs from the manifest: run `npm run manifest` in packages/elements');
});

test('the README has property and event tables for every element, and the shared tables', () => {
  const marked = new Set(markedTables(readme));
  const expected = [...elements.flatMap((el) => [`properties ${el.tagName}`, `events ${el.tagName}`]), 'events', 'css-properties', 'parts'];
  assert.deepEqual(
    expected.filter((name) => !marked.has(name)),
    [],
  );
});

test('package.json names the manifest it ships', () => {
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  assert.ok(pkg.files.some((f) => pkg.customElements === f || pkg.customElements.startsWith(`${f}/`)));
  assert.equal(elements.length, readdirSync(new URL('../src/components/', import.meta.url)).length, 'every component folder is an element in the manifest');
});

test('every part an element template names is described in its header', () => {
  for (const el of elements) {
    const used = [...folderSource(el.tagName, { styles: false }).matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/));
    const described = new Set(el.parts.map((p) => p.name));
    assert.deepEqual(
      [...new Set(used)].filter((p) => !described.has(p)),
      [],
      `<${el.tagName}> parts without a @csspart line`,
    );
  }
});

test('every custom property an element styles read is described in its header', () => {
  for (const el of elements) {
    const read = [...folderSource(el.tagName, { styles: true }).matchAll(/var\((--[a-z][a-z0-9-]*)/g)].map((m) => m[1]).filter((p) => !p.startsWith('--foyer-'));
    const described = new Set(el.cssProperties.map((p) => p.name));
    assert.deepEqual(
      [...new Set(read)].filter((p) => !described.has(p)),
      [],
      `<${el.tagName}> custom properties without a @cssproperty line`,
    );
  }
});

test('every event an element declares is typed by its event class', () => {
  for (const el of elements) {
    for (const event of el.events) {
      if (event.name.startsWith('foyer-')) assert.match(event.type, /^Foyer[A-Za-z]+Event$/, `<${el.tagName}> ${event.name}`);
      else assert.equal(event.type, 'Event', `<${el.tagName}> ${event.name} is a native event`);
    }
  }
});
