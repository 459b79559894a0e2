// The team page's demo box (the seeded owner's login) and the catalog explorer.
import { el, loadFacts } from './demo-facts.js';

const picker = document.querySelector('#explorer');
const value = document.querySelector('#explorer-value');
document.querySelector('#template').addEventListener('change', (event) => {
  picker.value = undefined;
  picker.template = event.target.value;
  value.textContent = 'none yet';
});
picker.addEventListener('change', () => {
  value.textContent = JSON.stringify(picker.value);
});

const box = document.querySelector('#mail-owner-login');
try {
  const { agency } = await loadFacts();
  const { owner } = agency.workspaces.find((w) => w.handle === 'nordlicht-newsletter') ?? agency.workspaces[0];
  box.replaceChildren(el('dt', {}, 'Email'), el('dd', {}, el('code', {}, owner.email)), el('dt', {}, 'Password'), el('dd', {}, el('code', {}, owner.password)));
} catch (error) {
  box.replaceChildren(el('dd', {}, error.message));
}
