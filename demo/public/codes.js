// The "Codes to try" box of the entry page: every seeded access code and what it should show.
import { el, loadFacts, statusBadge } from './demo-facts.js';

const list = document.querySelector('#codes');
const provider = document.querySelector('foyer-provider');

/** Signs out of any earlier client session and reloads with the code in the link's fragment. */
function tryByLink(code) {
  provider.token = null;
  location.hash = `code=${encodeURIComponent(code)}`;
  location.reload();
}

try {
  const facts = await loadFacts();
  list.replaceChildren(
    ...facts.accesses.map((access) =>
      el(
        'li',
        {},
        el('code', {}, access.code),
        statusBadge(access.status),
        el('p', {}, el('strong', {}, access.name), access.scope === 'explicit' ? ' · explicit only' : ''),
        el('p', {}, access.expect),
        el('p', {}, el('button', { class: 'link', type: 'button', onclick: () => tryByLink(access.code) }, 'Open with the link')),
      ),
    ),
  );
} catch (error) {
  list.replaceChildren(el('li', {}, error.message));
}
