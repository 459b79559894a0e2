// The elements take values from @foyer/schema only through its small runtime modules
// (`@foyer/schema/permissions`, `/password-rules`, `/catalogs`, …), never from the package's
// index. The index re-exports every schema and catalog; a bundler that splits code places
// whatever the index reaches in the chunk every element loads, so one value taken from it would
// put all the permission catalogs on every page. Types may come from the index: they are erased.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

async function sourceFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !path.includes('test-support')) found.push(path);
  }
  return found;
}

/** Import and export statements naming the index that bring values, not only types. */
function valueImportsOfIndex(source) {
  const statements =
    source.match(/(?:import|export)\s+(?:type\s+)?\{[^}]*\}\s+from\s+'@foyer\/schema'|import\s+(?:\*\s+as\s+\w+|\w+)\s+from\s+'@foyer\/schema'|import\s+'@foyer\/schema'/g) ?? [];
  return statements.filter((statement) => {
    if (/^(?:import|export)\s+type\s/.test(statement)) return false;
    const names = statement.match(/\{([^}]*)\}/)?.[1];
    if (names === undefined) return true;
    return names
      .split(',')
      .map((name) => name.trim())
      .some((name) => name !== '' && !name.startsWith('type '));
  });
}

test('no element takes a value from the @foyer/schema index', async () => {
  const offenders = [];
  for (const file of await sourceFiles(new URL('../src', import.meta.url).pathname)) {
    for (const statement of valueImportsOfIndex(await readFile(file, 'utf8'))) offenders.push(`${file}: ${statement.replace(/\s+/g, ' ')}`);
  }
  assert.deepEqual(offenders, [], 'import values from a runtime module of @foyer/schema instead');
});

test('the check sees a value taken from the index', () => {
  assert.equal(valueImportsOfIndex("import { catalogs, type CatalogShape } from '@foyer/schema';").length, 1);
  assert.equal(valueImportsOfIndex("import type { CatalogShape } from '@foyer/schema';").length, 0);
  assert.equal(valueImportsOfIndex("import { type CatalogShape } from '@foyer/schema';").length, 0);
});
