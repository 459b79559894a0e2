// The marketplace demo: the master account's handle from the seeded facts, the logins box,
// each opened seller account in a panel of its own, and a mailbox for the confirmation mail.
import { el } from './demo-facts.js';
import { mailText } from './mail-text.js';

async function loadMarketplace() {
  const response = await fetch('/demo/marketplace.json');
  if (!response.ok) throw new Error(`The marketplace demo could not be loaded (${response.status}).`);
  return response.json();
}

const credentials = document.querySelector('#marketplace-credentials');
const master = document.querySelector('#master');
const opened = document.querySelector('#opened-accounts');

const login = (email, password) => [el('code', {}, email), ' / ', el('code', {}, password)];
const ticketsOf = ({ tickets }) => ` · tickets: ${tickets.open} open, ${tickets.reopened} reopened, ${tickets.closed} closed`;

try {
  const facts = await loadMarketplace();
  master.setAttribute('workspace', facts.master.handle);
  credentials.replaceChildren(
    el('p', {}, el('strong', {}, 'Owner of the master account: '), ...login(facts.master.owner.email, facts.master.owner.password)),
    el('p', {}, `Sales from ${facts.salesPeriod.from} to ${facts.salesPeriod.to}, ${facts.transactions} transactions.`),
    el('h3', {}, 'Helpers'),
    el(
      'ul',
      {},
      ...facts.users.map((user) =>
        el(
          'li',
          {},
          el('strong', {}, user.name),
          ` (${user.description}): `,
          ...(user.password ? login(user.email, user.password) : [el('code', {}, user.email), ' — API only, no password']),
          ` · ${user.permissions.join(', ')} in ${user.accounts.join(', ')}`,
        ),
      ),
    ),
    el('p', {}, 'The API user’s key is printed in the terminal at every start (ending ', el('code', {}, facts.apiKey.hint), ').'),
    el('h3', {}, 'Seller accounts'),
    el(
      'ul',
      {},
      ...facts.accounts.map((account) =>
        el(
          'li',
          {},
          el('strong', {}, account.name),
          ' — nickname ',
          el('code', {}, account.handle),
          ', password ',
          el('code', {}, account.owner.password),
          account.linked ? ticketsOf(account) : ' (not linked yet)',
        ),
      ),
    ),
  );
} catch (error) {
  credentials.replaceChildren(el('p', {}, error.message));
}

// Opening a linked account: its own provider names it and is given the master account's
// session, so each panel acts in its own account at once.
document.addEventListener('foyer-account-open', (event) => {
  const handle = event.account;
  if (opened.querySelector(`[data-account="${CSS.escape(handle)}"]`)) return;
  const provider = el('foyer-provider', { server: '/api', workspace: handle, 'storage-key': 'marketplace' }, el('activity-log', {}));
  // The master account's session works in every linked account: hand it over, no new sign-in.
  provider.token = document.querySelector('#master-provider').token;
  const close = el('button', { type: 'button', class: 'link', onclick: () => panel.remove() }, 'Close');
  const panel = el('section', { class: 'opened-account', 'data-account': handle, 'aria-label': event.name ?? handle }, el('h3', {}, `${event.name ?? handle}: activity`), provider, close);
  opened.append(panel);
});

// A link that confirms "Add account" lands here too.
if (location.hash.startsWith('#master-link=')) document.querySelector('#link-confirmation').hidden = false;

const mailbox = document.querySelector('#mailbox');
document.querySelector('#mailbox-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const to = document.querySelector('#mailbox-address').value;
  const response = await fetch(`/demo/mailbox.json?to=${encodeURIComponent(to)}`);
  if (!response.ok) return void mailbox.replaceChildren(el('p', {}, `The mailbox could not be read (${response.status}).`));
  const messages = await response.json();
  if (messages.length === 0) return void mailbox.replaceChildren(el('p', {}, 'No mail for this address yet.'));
  mailbox.replaceChildren(
    ...messages.map((message) => {
      // The addresses in the text lead to the operator's account page; a master account's link also opens right here.
      const link = /#(master-registration|master-link)=[A-Za-z0-9_-]{43}/.exec(message.body)?.[0];
      return el(
        'article',
        { class: 'mail-message' },
        el('strong', {}, message.subject),
        '\n',
        ...mailText(message.body),
        link ? el('p', {}, el('a', { href: `/marketplace.html${link}`, 'data-here': '' }, 'Open the link here')) : null,
      );
    }),
  );
  // Following a link on this very page: the elements read the new fragment when it loads.
  for (const a of mailbox.querySelectorAll('a[data-here]')) a.addEventListener('click', () => setTimeout(() => location.reload(), 0));
});
