// The admin page's box with the demo owner's credentials.
import { el, loadFacts } from './demo-facts.js';

const box = document.querySelector('#owner-login');
try {
  const { owner } = await loadFacts();
  box.replaceChildren(el('dt', {}, 'Email'), el('dd', {}, el('code', {}, owner.email)), el('dt', {}, 'Password'), el('dd', {}, el('code', {}, owner.password)));
} catch (error) {
  box.replaceChildren(el('dd', {}, error.message));
}
