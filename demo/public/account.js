// The account page's own script: a visitor who arrives with a mailed link sees that link's
// element alone, and the demo mailbox beside shows the kept mail with its links to follow.
// The elements read their links themselves; this only decides which panels the page shows.
import { el } from './demo-facts.js';
import { mailText } from './mail-text.js';

const fragment = () => new URLSearchParams(location.hash.slice(1));

// The marketplace demo's master-account links land on this page too (it is the server's
// FOYER_PUBLIC_URL); their elements live on the marketplace page, so they go on there.
if (['master-registration', 'master-link'].some((name) => fragment().has(name))) location.replace(`/marketplace.html${location.hash}`);

const panels = [...document.querySelectorAll('[data-link]')];
const everything = document.querySelector('#everything');

/**
 * With `#password-reset=…`, `#sign-up=…` or `#email-change=…` (or the bare name, as the sign-in
 * pages link here), only that panel shows. Read on arrival and when the fragment changes, not
 * when an element takes its spent token out of the address: the person stays with its answer.
 */
function showArrived() {
  const arrived = panels.find((panel) => fragment().has(panel.dataset.link));
  for (const panel of panels) panel.hidden = arrived ? panel !== arrived : panel.dataset.link === 'email-change';
  everything.hidden = !arrived;
}
showArrived();
window.addEventListener('hashchange', showArrived);

const mailbox = document.querySelector('#mailbox');
document.querySelector('#mailbox-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const to = document.querySelector('#mailbox-address').value;
  try {
    const response = await fetch(`/demo/mailbox.json?to=${encodeURIComponent(to)}`);
    if (!response.ok) return void mailbox.replaceChildren(el('p', {}, `The mailbox could not be read (${response.status}).`));
    const messages = await response.json();
    if (messages.length === 0) return void mailbox.replaceChildren(el('p', {}, 'No mail for this address yet.'));
    mailbox.replaceChildren(...messages.map((message) => el('article', { class: 'mail-message' }, el('strong', {}, message.subject), '\n', ...mailText(message.body))));
  } catch (error) {
    mailbox.replaceChildren(el('p', {}, error.message));
  }
});
