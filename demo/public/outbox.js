// The admin page's outbox: messages "sent" without SMTP. Read through Foyer's own API
// (outbox.list) with the owner's session from the provider, as any host page could.
import { el } from './demo-facts.js';
import { mailText } from './mail-text.js';

const provider = document.querySelector('foyer-provider');
const table = document.querySelector('#outbox');
const state = document.querySelector('#outbox-state');

function show(message) {
  state.textContent = message;
  table.hidden = true;
}

async function refresh() {
  const token = provider.token;
  if (!token) return show('Sign in as the owner above to read the outbox.');
  const input = encodeURIComponent(JSON.stringify({ workspace: provider.getAttribute('workspace') }));
  const response = await fetch(`${provider.getAttribute('server')}/trpc/outbox.list?input=${input}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await response.json();
  if (!response.ok) return show(body.error?.message ?? 'The outbox could not be read.');
  const messages = body.result.data;
  if (messages.length === 0) return show(table.dataset.empty ?? 'No messages yet.');
  state.textContent = `${messages.length} message${messages.length === 1 ? '' : 's'}, newest first.`;
  table.tBodies[0].replaceChildren(
    ...messages.map((m) =>
      el(
        'tr',
        {},
        el('td', {}, new Date(m.createdAt).toLocaleString()),
        el('td', {}, m.to),
        el('td', {}, el('details', {}, el('summary', {}, m.subject), el('pre', {}, ...(typeof m.body === 'string' ? mailText(m.body) : ['(The text of this message is not kept.)'])))),
        el('td', {}, m.transport === 'outbox' ? 'kept in the outbox (no SMTP)' : 'sent by SMTP'),
      ),
    ),
  );
  table.hidden = false;
}

const safeRefresh = () => refresh().catch((error) => show(error.message));
provider.addEventListener('foyer-session-change', safeRefresh);
document.querySelector('#outbox-refresh').addEventListener('click', safeRefresh);
// Sending happens inside the manager element; a gentle poll picks new messages up.
setInterval(() => document.visibilityState === 'visible' && provider.token && safeRefresh(), 5000);
safeRefresh();
