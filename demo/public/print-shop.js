// The print-shop admin page's box: the demo administrator's login, and the seeded customers
// worth trying, from the demo server's facts about its print shop.
import { el } from './demo-facts.js';

const login = document.querySelector('#shop-owner-login');
const customers = document.querySelector('#shop-customers');
try {
  const response = await fetch('/demo/print-shop.json');
  const facts = await response.json();
  if (!response.ok) throw new Error(facts.error ?? `The print shop's facts could not be loaded (${response.status}).`);
  login.replaceChildren(el('dt', {}, 'Email'), el('dd', {}, el('code', {}, facts.admin.email)), el('dt', {}, 'Password'), el('dd', {}, el('code', {}, facts.admin.password)));
  customers.replaceChildren(
    ...facts.contacts.map((c) => el('li', {}, el('strong', {}, c.name), ` — ${c.status}`, c.expect ? el('p', {}, c.expect) : null)),
    el('li', {}, `…and ${facts.generated.count} generated customers (${facts.total} in all).`),
  );
} catch (error) {
  login.replaceChildren(el('dd', {}, error.message));
  customers.replaceChildren();
}
