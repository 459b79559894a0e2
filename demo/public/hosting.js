// The hosting client area's demo parts: the seeded logins to try, what the signed-in person may
// do in the account the provider acts in (asked of Foyer's permissions.mine, as any host page
// could), the host's back-end issuing an invoice, and the mailboxes of the account's contacts.
import { el } from './demo-facts.js';
import { mailText } from './mail-text.js';

const portal = document.querySelector('#portal');
const home = portal.getAttribute('workspace');
const logins = document.querySelector('#hosting-logins');
const allowed = document.querySelector('#allowed');
const allowedState = document.querySelector('#allowed-state');
const mailboxes = document.querySelector('#mailboxes');
const notifyState = document.querySelector('#notify-state');

let facts = null;

async function loadFacts() {
  const response = await fetch('/demo/hosting.json');
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `The hosting demo's facts could not be loaded (${response.status}).`);
  return body;
}

const login = (email, password) => el('span', { class: 'login' }, el('code', {}, email), ...(password ? [' / ', el('code', {}, password)] : [' (no login)']));

function showLogins() {
  const { primaryUser, secondPrimaryUser, secondWorkspace, contacts } = facts;
  const roles = { accountant: 'Accountant', 'web-helper': 'Web helper', ceo: 'CEO' };
  logins.replaceChildren(
    el('li', {}, el('strong', {}, `Primary user — ${primaryUser.name}`), el('p', {}, login(primaryUser.email, primaryUser.password)), el('p', {}, 'Adds and changes the contacts.')),
    ...contacts.map((c) => el('li', {}, el('strong', {}, `${roles[c.role] ?? c.role} — ${c.name}`), el('p', {}, login(c.email, c.password)), el('p', {}, c.expect))),
    el(
      'li',
      {},
      el('strong', {}, `Primary user of ${secondWorkspace.name} — ${secondPrimaryUser.name}`),
      el('p', {}, login(secondPrimaryUser.email, secondPrimaryUser.password)),
      el('p', {}, 'Another customer, who also added the web helper. Switch to it in Accounts after signing in.'),
    ),
    el(
      'li',
      {},
      el('strong', {}, 'The host’s back-end'),
      el('p', {}, el('code', {}, facts.apiKey.email), ` — an API key ending in ${facts.apiKey.hint}, printed in the demo's terminal: ${facts.apiKey.permissions.join(', ')}.`),
    ),
  );
}

async function showAllowed() {
  const token = portal.token;
  allowed.hidden = true;
  if (!token) return void (allowedState.textContent = 'Sign in to see what you may do in this account.');
  const workspace = portal.workspace;
  const input = encodeURIComponent(JSON.stringify({ workspace }));
  const response = await fetch(`${portal.getAttribute('server')}/trpc/permissions.mine?input=${input}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (workspace !== portal.workspace || token !== portal.token) return;
  if (!response.ok) return void (allowedState.textContent = body.error?.message ?? 'What you may do here could not be read.');
  const { kind, permissions } = body.result.data;
  const labels = facts?.permissionLabels ?? {};
  if (kind === 'owner') return void (allowedState.textContent = 'You are the primary user of this account: you may do everything here, and add contacts.');
  allowedState.textContent = permissions.length ? 'As a sub-account you may:' : 'As a contact you may not do anything in the client area.';
  allowed.replaceChildren(...permissions.map((p) => el('li', {}, labels[p] ?? p)));
  allowed.hidden = permissions.length === 0;
}

async function showMailboxes() {
  const contacts = facts.contacts.filter((c) => c.workspaces.includes(facts.workspace.handle));
  const boxes = await Promise.all(
    contacts.map(async (c) => {
      const response = await fetch(`/demo/mailbox.json?to=${encodeURIComponent(c.email)}`);
      const messages = response.ok ? await response.json() : [];
      const mail = messages.length
        ? messages.slice(0, 3).map((m) => el('details', { class: 'mail-message' }, el('summary', {}, m.subject), el('pre', {}, ...mailText(m.body))))
        : [el('p', {}, 'No mail yet.')];
      return el(
        'article',
        { class: 'mailbox-card', 'data-email': c.email, 'aria-label': `Mail to ${c.name}` },
        el('h4', {}, c.name),
        el('p', { class: 'chosen' }, `Chose: ${c.notifications.join(', ')} mail`),
        ...mail,
      );
    }),
  );
  mailboxes.replaceChildren(...boxes);
}

document.querySelector('#issue-invoice').addEventListener('click', async (event) => {
  const button = event.currentTarget;
  button.disabled = true;
  notifyState.textContent = 'The back-end is calling notifications.notify…';
  try {
    const response = await fetch('/demo/hosting/invoice-issued', { method: 'POST' });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ?? `The notification was refused (${response.status}).`);
    notifyState.textContent = `“${body.subject}” was sent to ${body.sentTo} contact${body.sentTo === 1 ? '' : 's'} who chose invoice notifications.`;
    await showMailboxes();
  } catch (error) {
    notifyState.textContent = error.message;
  } finally {
    button.disabled = false;
  }
});

const safeAllowed = () => showAllowed().catch((error) => void (allowedState.textContent = error.message));
portal.addEventListener('foyer-session-change', (event) => {
  // The next person to sign in starts in this customer's account, not where the last one switched to.
  if (!event.signedIn && portal.workspace !== home) portal.switchWorkspace(home);
  safeAllowed();
});
portal.addEventListener('foyer-workspace-change', safeAllowed);

try {
  facts = await loadFacts();
  showLogins();
  await Promise.all([safeAllowed(), showMailboxes()]);
} catch (error) {
  logins.replaceChildren(el('li', {}, error.message));
}
