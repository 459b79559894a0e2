// Writes dist/types/react.d.ts and dist/types/vue.d.ts from the custom-elements manifest:
// every element's tag with its settable properties and its events, so a React 19 or Vue 3
// page that embeds the elements is type-checked against what they really take and fire.
// Property types come from the element classes themselves (`Pick<ClientAccessLogin, …>`),
// event types from the event classes; the manifest says which names belong.
import { mkdirSync, writeFileSync } from 'node:fs';
import { elementsOf, readManifest } from './manifest-model.mjs';

const header = '// Generated from custom-elements.json by scripts/framework-types.mjs; do not edit.\n';
const quote = (name) => `'${name}'`;
const camel = (name) => name.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
const docComment = (text, indent) => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');

/** The properties a page may set: public, not read only. */
const settable = (el) => el.properties.filter((p) => !p.readonly);

function importedTypes(elements) {
  const names = new Set();
  for (const el of elements) {
    names.add(el.className);
    for (const event of el.events) if (event.type !== 'Event') names.add(event.type);
  }
  return [...names].sort();
}

/** The element's props as a type: its settable properties, then its events as handler props. */
function propsType(el, eventProp, indent) {
  const picked = settable(el).map((p) => quote(p.name));
  const properties = picked.length ? `Partial<Pick<${el.className}, ${picked.join(' | ')}>>` : '{}';
  const inner = `${indent}  `;
  const events = el.events.map((e) => `${docComment(e.description, inner)}${inner}${quote(eventProp(e.name))}?: (event: ${e.type}) => void;`);
  return events.length ? `${properties} & {\n${events.join('\n')}\n${indent}}` : properties;
}

/** React 19 sets a custom element's props as properties and listens to `on<event-name>` props. */
export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  const entries = elements.map(
    (el) => `${docComment(el.summary, '      ')}      ${quote(el.tagName)}: FoyerElementProps<${el.className}, ${propsType(el, (name) => `on${name}`, '      ')}>;`,
  );
  return `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${importedTypes(elements).join(', ')} } from './index.js';

/** An element's props: its own, then the HTML attributes every element takes (a \`ref\` to the element included). */
type FoyerElementProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/** Vue binds `:prop` to a custom element's property and `@event-name` to `on<EventName>`. */
export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  const eventProp = (name) => `on${camel(name).replace(/^./, (c) => c.toUpperCase())}`;
  const entries = elements.map((el) => `${docComment(el.summary, '    ')}    ${quote(el.tagName)}: FoyerElement<${propsType(el, eventProp, '    ')}>;`);
  return `${header}import type { DefineComponent, HTMLAttributes } from 'vue';
import type { ${importedTypes(elements).join(', ')} } from './index.js';

/** An element as a component: its own props, then the HTML attributes every element takes. */
type FoyerElement<P> = DefineComponent<P & Omit<HTMLAttributes, keyof P>>;

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = readManifest();
  const dir = new URL('../dist/types/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('react.d.ts', dir), reactTypes(manifest));
  writeFileSync(new URL('vue.d.ts', dir), vueTypes(manifest));
  console.log('React and Vue types written to dist/types/.');
}
