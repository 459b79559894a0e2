// Seller accounts and master accounts for the master-registration and linked-accounts tests,
// made through the server's own procedures the way a seller makes them: a registration is
// asked for, its mailed link followed; an account is linked through "Add account" and the
// confirmation mailed to its own address. Each call makes new accounts with unique names.
import { generateSync } from 'otplib';
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const DAY = 24 * 60 * 60 * 1000;

/** Every seller account's owner signs in with this. */
const sellerPassword = 'correct horse battery';
/** A password that meets a master account's policy: two of each kind of character. */
const masterPassword = 'Sell3r-Pa55!word';

/** The newest one-time link of a kind (`master-registration`, `master-link`) mailed to an address, read from the outbox. */
async function mailedToken(deps, to, purpose) {
  for (const { body } of await outboxMessages(deps, { to })) {
    const token = new RegExp(`#${purpose}=([A-Za-z0-9_-]{43})`).exec(body ?? '')?.[1];
    if (token) return token;
  }
  return null;
}

/** The authenticator's code of the step before now: the current one stays fresh for the test. */
const previousCode = (secret) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });

/** A seller account (a marketplace workspace) with its own owner; `secondFactor` turns on the owner's authenticator. */
async function sellerAccount(deps, name, { secondFactor = false } = {}) {
  const n = unique();
  const handle = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${n}`;
  const ownerEmail = `seller-${n}@example.com`;
  const source = `fixture-${n}`;
  await createIdentity(deps.db, new Date(), { email: ownerEmail, password: sellerPassword, name: `${name} owner` });
  const { token } = await createCaller(createContextInner(deps, { source })).identity.signIn({ email: ownerEmail, password: sellerPassword });
  const owner = createCaller(createContextInner(deps, { token, source }));
  await owner.workspaces.create({ handle, name, template: 'marketplace' });
  let secret = null;
  if (secondFactor) {
    ({ secret } = await owner.identity.secondFactor.begin({ password: sellerPassword }));
    await owner.identity.secondFactor.confirm({ code: previousCode(secret) });
  }
  return { handle, name, ownerEmail, password: sellerPassword, ...(secret ? { secret } : {}) };
}

/** A master account opened through its registration and mailed link, starting with `first`; answers its handle. */
async function openMaster(deps, email, first) {
  const anon = createCaller(createContextInner(deps, { source: `fixture-${unique()}` }));
  await anon.master.register({ email, name: 'Mia Seller', nickname: first.handle, password: first.password });
  const completed = await anon.master.completeRegistration({ token: await mailedToken(deps, email, 'master-registration'), password: masterPassword });
  return completed.master;
}

/** Links `account` to a master account through "Add account" and the confirmation mailed to the account's address. */
async function linkThroughMail(deps, owner, master, account) {
  await owner.master.linkAccount({ workspace: master, nickname: account.handle, password: account.password });
  await createCaller(createContextInner(deps, { source: `fixture-${unique()}` })).master.confirmLink({ token: await mailedToken(deps, account.ownerEmail, 'master-link') });
}

/**
 * What a seller needs to open a master account: `plain` (an owner without a second factor) and
 * `twoStep` (an owner with one; `secret` is the authenticator's), an address nobody uses yet to
 * type as the master account's, and registration links made two days ago (links last one day):
 * `expired`. `challenge` is the open registration link of an address whose login has a second
 * factor: setting the password there signs in in two steps.
 */
async function masterSellers({ deps }) {
  const n = unique();
  const plain = await sellerAccount(deps, 'Apex Apps');
  const twoStep = await sellerAccount(deps, 'Bright Books', { secondFactor: true });
  const spare = await sellerAccount(deps, 'Clever Courses');

  const past = { now: () => new Date(Date.now() - 2 * DAY) };
  const expiredEmail = `late-${n}@example.com`;
  await createCaller(createContextInner({ ...deps, clock: past }, { source: `fixture-${n}` })).master.register({
    email: expiredEmail,
    name: 'Lea Late',
    nickname: spare.handle,
    password: spare.password,
  });

  const person = { email: `two-step-master-${n}@example.com`, password: 'her own password 1', name: 'Tove Twostep' };
  await createIdentity(deps.db, new Date(), person);
  const { token } = await createCaller(createContextInner(deps, { source: `fixture-${n}` })).identity.signIn({ email: person.email, password: person.password });
  const signedIn = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const { secret } = await signedIn.identity.secondFactor.begin({ password: person.password });
  await signedIn.identity.secondFactor.confirm({ code: previousCode(secret) });
  await createCaller(createContextInner(deps, { source: `fixture-${n}` })).master.register({
    email: person.email,
    name: person.name,
    nickname: spare.handle,
    password: spare.password,
  });

  return {
    plain,
    twoStep,
    masterEmail: `mia-${n}@example.com`,
    masterPassword,
    expired: { token: await mailedToken(deps, expiredEmail, 'master-registration'), email: expiredEmail },
    challenge: { token: await mailedToken(deps, person.email, 'master-registration'), email: person.email, secret, account: spare },
  };
}

/**
 * A master account (opened with Apex Apps, Bright Books linked too) whose owner is signed in,
 * and seller accounts not linked anywhere to add: `free` (two), `twoStep` (its owner has a
 * second factor), and `elsewhere`, linked to another master account. `other` is a second
 * master account of the same owner, holding Clever Courses.
 */
async function masterLinked({ deps }) {
  const n = unique();
  const email = `mara-${n}@example.com`;
  const apex = await sellerAccount(deps, 'Apex Apps');
  const bright = await sellerAccount(deps, 'Bright Books');
  const clever = await sellerAccount(deps, 'Clever Courses');
  const workspace = await openMaster(deps, email, apex);
  // The same person opens a second master account; opening it ends her other sessions, so she signs in afterwards.
  const other = await openMaster(deps, email, clever);
  const source = `fixture-${n}`;
  const { token } = await createCaller(createContextInner(deps, { source })).identity.signIn({ email, password: masterPassword });
  const owner = createCaller(createContextInner(deps, { token, source }));
  await linkThroughMail(deps, owner, workspace, bright);

  const stranger = await sellerAccount(deps, 'Stranger Store');
  const strangerMaster = await openMaster(deps, `someone-${n}@example.com`, stranger);
  return {
    workspace,
    other,
    owner: { email, password: masterPassword, token },
    linked: [apex, bright].map(({ handle, name }) => ({ handle, name })),
    otherLinked: [{ handle: clever.handle, name: clever.name }],
    free: [await sellerAccount(deps, 'Daring Designs'), await sellerAccount(deps, 'Eager Exports')],
    twoStep: await sellerAccount(deps, 'Fine Fonts', { secondFactor: true }),
    elsewhere: { ...stranger, master: strangerMaster },
  };
}

/**
 * The newest master link mailed to an address, as its person would open it from their mail:
 * `/fixture/master-mail?to=<address>&purpose=master-registration|master-link`.
 */
async function masterMail({ deps, query }) {
  const purpose = query?.purpose === 'master-link' ? 'master-link' : 'master-registration';
  const to = String(query?.to ?? '');
  if (!to) throw new Error('master-mail needs ?to=<address>');
  return { token: await mailedToken(deps, to, purpose) };
}

/** A link confirmation waiting for its mail to be followed, and one made two days ago (links last one day). */
async function masterLinkMail({ deps }) {
  const n = unique();
  const apex = await sellerAccount(deps, 'Apex Apps');
  const bright = await sellerAccount(deps, 'Bright Books');
  const clever = await sellerAccount(deps, 'Clever Courses');
  const email = `mara-${n}@example.com`;
  const workspace = await openMaster(deps, email, apex);
  const source = `fixture-${n}`;
  const { token } = await createCaller(createContextInner(deps, { source })).identity.signIn({ email, password: masterPassword });
  await createCaller(createContextInner(deps, { token, source })).master.linkAccount({ workspace, nickname: bright.handle, password: bright.password });
  const past = { now: () => new Date(Date.now() - 2 * DAY) };
  await createCaller(createContextInner({ ...deps, clock: past }, { token, source })).master.linkAccount({ workspace, nickname: clever.handle, password: clever.password });
  return {
    workspace,
    owner: { email, password: masterPassword, token },
    account: { handle: bright.handle, name: bright.name },
    token: await mailedToken(deps, bright.ownerEmail, 'master-link'),
    expiredToken: await mailedToken(deps, clever.ownerEmail, 'master-link'),
  };
}

export const masterFixtures = {
  'master-sellers': masterSellers,
  'master-linked': masterLinked,
  'master-mail': masterMail,
  'master-link-mail': masterLinkMail,
};
