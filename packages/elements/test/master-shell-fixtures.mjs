// A seller's master account for the master-account shell and its users' tab, built as sellers
// and their helpers build one: through the server's own procedures and the mails they send
// (the outbox), never by writing to its tables. Each call makes new accounts with unique handles.
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;

/** The master account's password policy asks two of each kind of character. */
export const strongPassword = 'Sell3r-Pa55!word';
const sellerPassword = 'correct horse battery';
const people = ['Mia Seller', 'Noah Vendor', 'Ida Merchant', 'Leo Trader'];

/** The token of the newest one-time link of this kind mailed to an address, read from the outbox as the person reads their mail. */
export async function mailedToken(deps, to, purpose) {
  for (const { body } of await outboxMessages(deps, { to })) {
    const token = new RegExp(`#${purpose}=([A-Za-z0-9_-]{43})`).exec(body ?? '')?.[1];
    if (token) return token;
  }
  throw new Error(`fixture: no ${purpose} link was mailed to ${to}`);
}

/**
 * A master account whose owner opened it with the North shop's sign-in and linked the South
 * shop through "Add account" and the confirmation mailed to South's own address; and three of
 * its users, each of whom confirmed their address and chose a password:
 *   full     every permission, both shops (sees Tickets, Transactions, Reports, Users)
 *   orders   Orders/Tickets only, North (sees Tickets, Transactions)
 *   manager  Orders/Tickets, Search orders and Manage users, North only: holds no API
 *            permission and does not work in South
 */
async function masterShell({ deps }) {
  const n = `${Date.now().toString(36)}${counter}`;
  const person = people[counter++ % people.length];
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const anon = caller(null);

  const shop = async (key, name) => {
    const email = `${key}-owner-${n}@example.com`;
    await createIdentity(deps.db, new Date(), { email, password: sellerPassword, name: `${name} owner` });
    const { token } = await anon.identity.signIn({ email, password: sellerPassword });
    const handle = `${key}-${n}`;
    await caller(token).workspaces.create({ handle, name, template: 'marketplace' });
    return { handle, name, email };
  };
  const north = await shop('north', 'North Shop');
  const south = await shop('south', 'South Shop');

  const ownerEmail = `master-${n}@example.com`;
  await anon.master.register({ email: ownerEmail, name: person, nickname: north.handle, password: sellerPassword });
  const completed = await anon.master.completeRegistration({ token: await mailedToken(deps, ownerEmail, 'master-registration'), password: strongPassword });
  if (completed.signIn.secondFactorRequired) throw new Error('fixture: the master account’s owner has a second factor');
  const owner = caller(completed.signIn.token);
  const workspace = completed.master;
  await owner.master.linkAccount({ workspace, nickname: south.handle, password: sellerPassword });
  await anon.master.confirmLink({ token: await mailedToken(deps, south.email, 'master-link') });

  const user = async (key, firstName, lastName, description, permissions, accounts) => {
    const email = `${key}-${n}@example.com`;
    const created = await owner.masterUsers.create({ workspace, email, description, firstName, lastName, role: { permissions }, accounts });
    const signedIn = await anon.identity.resetPassword({ token: await mailedToken(deps, email, 'password-reset'), password: strongPassword });
    if (signedIn.secondFactorRequired) throw new Error('fixture: a new user has a second factor');
    return { email, name: `${firstName} ${lastName}`, identityId: created.user.identityId, token: signedIn.token };
  };
  const every = ['tickets.manage', 'orders.search', 'api.read', 'api.write', 'members.manage', 'audit.view'];
  const full = await user('full', 'Fran', 'Full', 'Runs customer service', every, [north.handle, south.handle]);
  const orders = await user('orders', 'Otto', 'Orders', 'Answers tickets', ['tickets.manage'], [north.handle]);
  const manager = await user('manager', 'Maja', 'Manager', 'Leads the North team', ['tickets.manage', 'orders.search', 'members.manage'], [north.handle]);

  return {
    master: { handle: workspace, name: person },
    owner: { email: ownerEmail, password: strongPassword, token: completed.signIn.token },
    accounts: [
      { handle: north.handle, name: north.name },
      { handle: south.handle, name: south.name },
    ],
    users: { full, orders, manager },
  };
}

export const masterShellFixtures = {
  'master-shell': masterShell,
};
