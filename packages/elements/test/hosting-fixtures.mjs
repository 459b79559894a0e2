// Hosting customers' portals, built as their primary users build them: through the server's
// own procedures and the mails it sends (the outbox), never by writing to its tables.
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}${counter++}`;
const password = 'Correct-Horse 42!';

/** The token of the newest activation link mailed to `to`. */
async function activationToken(deps, to) {
  const [mail] = await outboxMessages(deps, { to, limit: 1 });
  const token = /#token=([A-Za-z0-9_%-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`fixture: no activation link mailed to ${to}`);
  return decodeURIComponent(token);
}

/**
 * A web helper who looks after three hosting customers' sites: each customer's primary user adds
 * the helper's one email as a sub-account (services, domains, tickets, orders, single sign-on).
 * The helper activates the first with a password and the other two signed in, as the portal asks
 * of a login that exists: one person, one login, three accounts.
 */
async function webHelperOfThree({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const helper = { email: `web-helper-${n}@example.com`, name: 'Wanda Web', password };
  const customers = [];
  for (const name of ['Alder Bakery', 'Birch Books', 'Cedar Cycles']) {
    const ownerEmail = `primary-${customers.length}-${n}@example.com`;
    await createIdentity(deps.db, new Date(), { email: ownerEmail, password, name: `${name} primary user` });
    const { token } = await caller(null).identity.signIn({ email: ownerEmail, password });
    const owner = caller(token);
    const workspace = `${name.split(' ')[0].toLowerCase()}-${n}`;
    await owner.workspaces.create({ handle: workspace, name, template: 'hosting' });
    const contact = await owner.contacts.create({
      workspace,
      name: helper.name,
      email: helper.email,
      company: 'Wanda Web Studio',
      kind: 'sub-account',
      permissions: ['products.view', 'domains.manage', 'tickets.open', 'sso.perform', 'orders.place'],
      notifications: ['general', 'product', 'domain', 'support'],
    });
    await owner.contacts.activationRequest({ workspace, contactIds: [contact.id], send: 'server' });
    customers.push({ workspace, name, link: await activationToken(deps, helper.email) });
  }
  let helperToken = null;
  for (const { workspace, link: token } of customers) {
    const done = await caller(helperToken).activation.complete({ workspace, token, ...(helperToken ? {} : { password }), acceptTerms: true });
    helperToken ??= done.token;
  }
  return { helper: { ...helper, token: helperToken }, customers: customers.map(({ workspace, name }) => ({ workspace, name })) };
}

/**
 * A hosting customer's portal as its primary user finds it before adding people: one contact
 * who only receives general emails (Nora Notify), a web helper whose email already has a login
 * of their own (from another customer), and a sub-account's activation link in a portal that has
 * published no terms.
 */
async function hostingPortal({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const ownerEmail = `primary-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email: ownerEmail, password, name: 'Pat Primary' });
  const { token } = await caller(null).identity.signIn({ email: ownerEmail, password });
  const owner = caller(token);
  const workspace = `portal-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Oak Hosting customer', template: 'hosting' });
  const nora = await owner.contacts.create({ workspace, name: 'Nora Notify', email: `nora-${n}@example.com`, notifications: ['general'] });
  const helper = { email: `helper-${n}@example.com`, password: 'helper own password 1' };
  await createIdentity(deps.db, new Date(), { email: helper.email, password: helper.password, name: 'Hal Helper' });
  const newcomer = await owner.contacts.create({ workspace, name: 'Nina Newcomer', email: `nina-${n}@example.com`, kind: 'sub-account', permissions: ['tickets.open'] });
  await owner.contacts.activationRequest({ workspace, contactIds: [newcomer.id], send: 'server' });
  return {
    workspace,
    owner: { email: ownerEmail, password, token },
    contacts: { nora: { id: nora.id, name: nora.name, email: nora.email }, newcomer: { id: newcomer.id, name: newcomer.name, email: newcomer.email } },
    helper,
    activationToken: await activationToken(deps, newcomer.email),
  };
}

export const hostingFixtures = {
  'web-helper-of-three': webHelperOfThree,
  'hosting-portal': hostingPortal,
};
