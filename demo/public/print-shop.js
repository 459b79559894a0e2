// The print-shop admin page's box with the demo administrator's credentials.
import { el, loadFacts } from './demo-facts.js';

const box = document.querySelector('#shop-owner-login');
try {
  const { printShop } = await loadFacts();
  if (!printShop) throw new Error('The demo has no print shop seeded.');
  box.replaceChildren(
    el('dt', {}, 'Email'),
    el('dd', {}, el('code', {}, printShop.owner.email)),
    el('dt', {}, 'Password'),
    el('dd', {}, el('code', {}, printShop.owner.password)),
  );
} catch (error) {
  box.replaceChildren(el('dd', {}, error.message));
}
