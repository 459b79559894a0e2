// The security page's demo box: the seeded owner's login, to sign in with.
import { el, loadFacts } from './demo-facts.js';

const box = document.querySelector('#mail-owner-login');
try {
  const { agency } = await loadFacts();
  const { owner } = agency.workspaces.find((w) => w.handle === 'nordlicht-newsletter') ?? agency.workspaces[0];
  box.replaceChildren(el('dt', {}, 'Email'), el('dd', {}, el('code', {}, owner.email)), el('dt', {}, 'Password'), el('dd', {}, el('code', {}, owner.password)));
} catch (error) {
  box.replaceChildren(el('dd', {}, error.message));
}
