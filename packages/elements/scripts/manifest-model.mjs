// Reads the custom-elements manifest into what the README tables and the framework types
// are made of: each element with its public properties, events, slots, parts and CSS
// properties, and each event class with the fields a listener reads.
import { readFileSync } from 'node:fs';

export const manifestUrl = new URL('../dist/custom-elements.json', import.meta.url);

export function readManifest(url = manifestUrl) {
  return JSON.parse(readFileSync(url, 'utf8'));
}

function declarations(manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []);
}

/** A public, instance field: what a page may read, and set unless it is read only. */
function isPublicField(member) {
  return member.kind === 'field' && !member.static && !member.privacy?.match(/private|protected/) && !member.name.startsWith('#');
}

/** The elements, in the order of their tag names. */
export function elementsOf(manifest) {
  return declarations(manifest)
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      tagName: d.tagName,
      className: d.name,
      summary: d.summary ?? '',
      properties: (d.members ?? []).filter(isPublicField).map((field) => ({
        name: field.name,
        attribute: field.attribute ?? (d.attributes ?? []).find((a) => a.fieldName === field.name)?.name ?? null,
        type: field.type?.text ?? '',
        default: field.default ?? null,
        readonly: Boolean(field.readonly),
        description: field.description ?? '',
      })),
      methods: (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && !m.privacy).map((m) => m.name),
      events: (d.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'Event', description: e.description ?? '' })),
      slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? null, description: p.description ?? '' })),
    }))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The event classes (those with a `static eventName`), keyed by their class name. */
export function eventClassesOf(manifest) {
  const classes = new Map();
  for (const d of declarations(manifest)) {
    const eventName = d.members?.find((m) => m.static && m.name === 'eventName')?.default;
    if (!eventName) continue;
    classes.set(d.name, {
      className: d.name,
      eventName: eventName.replace(/^['"]|['"]$/g, ''),
      description: d.description ?? '',
      fields: (d.members ?? []).filter(isPublicField).map((f) => f.name),
    });
  }
  return classes;
}
