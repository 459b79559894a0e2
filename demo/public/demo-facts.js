// The demo's own helpers: the seeded facts from the demo server, and a tiny DOM builder that
// sets text (never HTML), so nothing from the facts is ever parsed as markup.

/** The seeded facts (codes, passwords, owner login) that the demo server publishes for visitors. */
export async function loadFacts() {
  const response = await fetch('/demo/facts.json');
  if (!response.ok) throw new Error(`The demo facts could not be loaded (${response.status}).`);
  return response.json();
}

/** `el('p', { class: 'x' }, 'text', child)`: an element with attributes and children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

export function statusBadge(status) {
  return el('span', { class: `status status-${status}` }, status);
}
