// The gallery page's box: direct links worth trying, with their passwords.
import { el, loadFacts } from './demo-facts.js';

const list = document.querySelector('#links');
const hint = document.querySelector('#pick-a-gallery');
if (new URLSearchParams(location.search).has('gallery')) hint.hidden = true;

try {
  const facts = await loadFacts();
  list.replaceChildren(
    ...facts.directLinks.map((link) =>
      el(
        'li',
        {},
        // Relative, so the links follow the demo to whatever port it runs on.
        el('a', { href: `gallery.html?gallery=${encodeURIComponent(link.galleryId)}` }, link.path.join(' › ')),
        el('p', {}, 'Password: ', link.password ? el('code', {}, link.password) : 'none'),
        el('p', {}, link.expect),
      ),
    ),
  );
} catch (error) {
  list.replaceChildren(el('li', {}, error.message));
}
