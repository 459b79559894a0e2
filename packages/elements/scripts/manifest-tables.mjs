// Renders the README's API tables from the custom-elements manifest. A table sits between
// `<!-- manifest:<kind> [tag] -->` and `<!-- /manifest -->`; everything between the two
// markers is replaced, so the tables are never edited by hand.
import { elementsOf, eventClassesOf } from './manifest-model.mjs';

const code = (text) => `\`${text}\``;
/** One table cell: a single line, with pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

function element(elements, tagName) {
  const found = elements.find((e) => e.tagName === tagName);
  if (!found) throw new Error(`The manifest has no element <${tagName}>.`);
  return found;
}

function propertiesTable(el) {
  if (el.properties.length === 0) return 'No attributes or properties.';
  return table(
    ['Attribute', 'Property', 'Type', 'Default', ''],
    el.properties.map((p) => [
      p.attribute ? code(p.attribute) : '—',
      code(p.name),
      p.type ? code(p.type) : '',
      p.default === null ? '' : code(p.default),
      `${p.readonly ? 'Read only. ' : ''}${p.description}`,
    ]),
  );
}

function elementEventsTable(el) {
  if (el.events.length === 0) return 'No events.';
  return table(
    ['Event', 'Class', ''],
    el.events.map((e) => [code(e.name), code(e.type), e.description]),
  );
}

function eventsTable(elements, eventClasses) {
  const byName = new Map();
  for (const el of elements) {
    for (const event of el.events) {
      const entry = byName.get(event.name) ?? { type: event.type, firedBy: [] };
      entry.firedBy.push(el.tagName);
      byName.set(event.name, entry);
    }
  }
  const rows = [...byName]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { type, firedBy }]) => {
      const fields = eventClasses.get(type)?.fields ?? [];
      return [code(name), code(type), fields.map(code).join(', '), firedBy.map(code).join(', ')];
    });
  return table(['Event', 'Class', 'Fields', 'Fired by'], rows);
}

function cssPropertiesTable(elements) {
  const rows = elements.flatMap((el) => el.cssProperties.map((p, i) => [i === 0 ? code(el.tagName) : '', code(p.name), p.default === null ? '' : code(p.default), p.description]));
  return table(['Element', 'Property', 'Default', ''], rows);
}

function partsTable(elements) {
  return table(
    ['Element', 'Parts'],
    elements.filter((el) => el.parts.length > 0).map((el) => [code(el.tagName), el.parts.map((p) => code(p.name)).join(', ')]),
  );
}

/** The table a marker names, e.g. `properties client-access-login` or `parts`. */
export function renderTable(manifest, kind, tagName) {
  const elements = elementsOf(manifest);
  switch (kind) {
    case 'properties':
      return propertiesTable(element(elements, tagName));
    case 'events':
      return tagName ? elementEventsTable(element(elements, tagName)) : eventsTable(elements, eventClassesOf(manifest));
    case 'css-properties':
      return cssPropertiesTable(elements);
    case 'parts':
      return partsTable(elements);
    default:
      throw new Error(`Unknown manifest table "${kind}".`);
  }
}

const markers = /(<!-- manifest:([a-z-]+)(?: ([a-z-]+))? -->)[\s\S]*?(<!-- \/manifest -->)/g;

/** The README with every marked table rendered from the manifest. */
export function renderReadme(readme, manifest) {
  return readme.replace(markers, (_all, open, kind, tagName, close) => `${open}\n${renderTable(manifest, kind, tagName)}\n${close}`);
}

/** The tables a README marks, as `kind tag` names, to tell which are missing. */
export function markedTables(readme) {
  return [...readme.matchAll(markers)].map(([, , kind, tagName]) => (tagName ? `${kind} ${tagName}` : kind));
}
