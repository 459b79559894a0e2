// A print shop's terms of service, built as the shop builds them: through the server's own
// procedures, never by writing to its tables. Each call makes a new workspace and new people.
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}t${counter++}`;
const password = 'correct horse battery';

/** The token in an activation request's prefilled message (`…#token=…`). */
function tokenIn(mailto) {
  const token = /token=([A-Za-z0-9_-]+)/.exec(decodeURIComponent(mailto ?? ''))?.[1];
  if (!token) throw new Error(`fixture: no activation link in ${mailto}`);
  return token;
}

/**
 * A print shop ("Terms Print") whose owner published version 1 of the terms, "Terms 2026":
 *   Ada Lovelace   activated her account, and so accepted version 1
 *   Dora Keen      added, never activated
 * and Otto Operator on the team (the Operator role: no terms.manage).
 */
async function termsShop({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const anon = caller(null);
  const ownerEmail = `terms-owner-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email: ownerEmail, password, name: 'Petra Print' });
  const ownerToken = (await anon.identity.signIn({ email: ownerEmail, password })).token;
  const owner = caller(ownerToken);
  const workspace = `terms-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Terms Print', template: 'print-shop', activationUrl: 'https://shop.example/activate' });
  await owner.terms.upload({ workspace, title: 'Terms 2026', text: 'Print files are kept for 30 days.\nPayment within 14 days.' });

  const ada = await owner.contacts.create({ workspace, name: 'Ada Lovelace', email: `ada-${n}@example.com` });
  await owner.contacts.create({ workspace, name: 'Dora Keen', email: `dora-${n}@example.com` });
  const { results } = await owner.contacts.activationRequest({ workspace, contactIds: [ada.id], send: 'mailto' });
  await anon.activation.complete({ workspace, token: tokenIn(results[0].mailto), password: 'contact password 1', acceptTerms: true });

  const operatorEmail = `operator-${n}@example.com`;
  await owner.members.invite({ workspace, email: operatorEmail, role: { template: 'operator' } });
  const [mail] = await outboxMessages(deps, { to: operatorEmail, limit: 1 });
  const link = /#invitation=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!link) throw new Error(`fixture: no invitation mailed to ${operatorEmail}`);
  const operator = await anon.invitations.accept({ token: link, password, name: 'Otto Operator' });

  return {
    workspace,
    owner: { email: ownerEmail, password, token: ownerToken, name: 'Petra Print' },
    operator: { token: operator.token },
    ada: { email: `ada-${n}@example.com`, password: 'contact password 1' },
  };
}

export const termsFixtures = {
  'terms-shop': termsShop,
};
