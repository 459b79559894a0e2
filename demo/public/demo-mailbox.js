// The demo mailbox of the account and agency pages: the mail the server kept for an address,
// newest first, with each address in it a link to follow. A real server sends the mail instead.
import { el } from './demo-facts.js';
import { mailText } from './mail-text.js';

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
