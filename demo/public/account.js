// The account page's own script: a visitor who arrives with a mailed link sees that link's
// element alone, and the demo mailbox beside shows the kept mail with its links to follow.
// The elements read their links themselves; this only decides which panels the page shows.
import './demo-mailbox.js';

const fragment = () => new URLSearchParams(location.hash.slice(1));

// The marketplace demo's master-account links land on this page too (it is the server's
// FOYER_PUBLIC_URL); their elements live on the marketplace page, so they go on there.
if (['master-registration', 'master-link'].some((name) => fragment().has(name))) location.replace(`/marketplace.html${location.hash}`);

const panels = [...document.querySelectorAll('[data-link]')];
const everything = document.querySelector('#everything');

/**
 * With `#password-reset=…`, `#sign-up=…`, `#email-change=…` or `#invitation=…` (or the bare
 * name, as the sign-in pages link here), only that panel shows; without, the panels whose element
 * shows nothing without its link (`data-only-with-link`) stay hidden. Read on arrival and when the
 * fragment changes, not when an element takes its spent token out of the address: the person
 * stays with its answer.
 */
function showArrived() {
  const arrived = panels.find((panel) => fragment().has(panel.dataset.link));
  for (const panel of panels) panel.hidden = arrived ? panel !== arrived : panel.hasAttribute('data-only-with-link');
  everything.hidden = !arrived;
}
showArrived();
window.addEventListener('hashchange', showArrived);
