// People for the operator's account page (forgotten passwords, sign-up, a new email address),
// built through the server's own procedures and the mail it sends (the outbox), as people
// build them. Links that expired were asked for two days ago (they last one day). Each call
// makes new accounts.
import { generateSync } from 'otplib';
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages, setWorkspaceFeature } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const DAY = 24 * 60 * 60 * 1000;
const password = 'correct horse battery';
/** A clock two days back: what is asked with it has expired by now. */
const past = { now: () => new Date(Date.now() - 2 * DAY) };

/** The authenticator's code of the step before now: the current one stays fresh for the test. */
const previousCode = (secret) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });

/** The newest one-time link of a kind (`password-reset`, `sign-up`, `email-change`) mailed to an address. */
async function newestToken(deps, to, kind) {
  for (const { body } of await outboxMessages(deps, { to })) {
    const token = new RegExp(`#${kind}=([A-Za-z0-9_-]{43})`).exec(body ?? '')?.[1];
    if (token) return token;
  }
  return null;
}

/** A person with a password, signed in; answers the caller of their session too. */
async function person(deps, source, who) {
  await createIdentity(deps.db, new Date(), { ...who, password });
  const { token } = await createCaller(createContextInner(deps, { source })).identity.signIn({ email: who.email, password });
  return { ...who, password, token, caller: createCaller(createContextInner(deps, { token, source })) };
}

/**
 * `/fixture/password-reset`: `known` owns a workspace with the strict password policy (so the
 * rules of its reset are two of each kind of character) and is signed in; `unknown` is an
 * address without an account; `expiredToken` is a reset link of another person asked two days
 * ago; `twoStep` has a second factor (`secret`) and an open reset link (`token`).
 */
async function passwordReset({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const known = await person(deps, source, { email: `forgetful-${n}@example.com`, name: 'Frida Forgetful' });
  const workspace = `strict-reset-${n}`;
  await known.caller.workspaces.create({ handle: workspace, name: 'Strict Studio' });
  await known.caller.workspaces.update({ workspace, passwordPolicy: 'two-of-each' });

  const lateEmail = `late-reset-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email: lateEmail, password, name: 'Lars Late' });
  await createCaller(createContextInner({ ...deps, clock: past }, { source })).identity.requestPasswordReset({ email: lateEmail });

  const twoStep = await person(deps, source, { email: `two-step-reset-${n}@example.com`, name: 'Tove Twostep' });
  const { secret } = await twoStep.caller.identity.secondFactor.begin({ password });
  await twoStep.caller.identity.secondFactor.confirm({ code: previousCode(secret) });
  await createCaller(createContextInner(deps, { source })).identity.requestPasswordReset({ email: twoStep.email });

  return {
    known: { email: known.email, password, token: known.token },
    unknown: `nobody-${n}@example.com`,
    expiredToken: await newestToken(deps, lateEmail, 'password-reset'),
    twoStep: { email: twoStep.email, secret, token: await newestToken(deps, twoStep.email, 'password-reset') },
  };
}

/**
 * `/fixture/sign-up`: `api` is the server with sign-up open (`inviteOnlyApi` the test server's
 * own, invite-only); `email` is an address nobody uses yet, `existing` one that has an account,
 * and `expiredToken` the confirmation link of a sign-up asked two days ago.
 */
async function signUp({ deps, api, signUpApi }) {
  const n = unique();
  const source = `fixture-${n}`;
  const existing = `taken-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email: existing, password, name: 'Tara Taken' });
  const lateEmail = `late-sign-up-${n}@example.com`;
  const open = { ...deps, clock: past, config: { ...deps.config, signUp: 'open' } };
  await createCaller(createContextInner(open, { source })).identity.signUp({ email: lateEmail, password });
  return {
    api: signUpApi,
    inviteOnlyApi: api,
    email: `newcomer-${n}@example.com`,
    existing,
    expiredToken: await newestToken(deps, lateEmail, 'sign-up'),
  };
}

/**
 * `/fixture/agency-sign-up`: the sign-up fixture, and a client that grants agencies access: the
 * owner (`client.ownerToken`) of an email-marketing workspace whose plan has agency access.
 */
async function agencySignUp(context) {
  const n = unique();
  const source = `fixture-${n}`;
  const owner = await person(context.deps, source, { email: `client-owner-${n}@example.com`, name: 'Clara Client' });
  const workspace = `agency-client-${n}`;
  await owner.caller.workspaces.create({ handle: workspace, name: 'Client Mail', template: 'email-marketing' });
  await setWorkspaceFeature(context.deps, workspace, 'agency', true);
  return { ...(await signUp(context)), email: `agency-${n}@example.com`, client: { workspace, ownerToken: owner.token } };
}

/**
 * `/fixture/email-change`: `person` (signed in) asked to sign in with `newEmail` from now on,
 * and `token` is the link mailed there; `expiredToken` is another person's link asked two days ago.
 */
async function emailChange({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const mover = await person(deps, source, { email: `mover-${n}@example.com`, name: 'Mona Mover' });
  const newEmail = `moved-${n}@example.com`;
  await mover.caller.identity.changeEmail({ email: newEmail, password });
  const late = await person(deps, source, { email: `late-mover-${n}@example.com`, name: 'Lena Late' });
  const lateNew = `late-moved-${n}@example.com`;
  await createCaller(createContextInner({ ...deps, clock: past }, { token: late.token, source })).identity.changeEmail({ email: lateNew, password });
  return {
    person: { email: mover.email, password, token: mover.token },
    newEmail,
    token: await newestToken(deps, newEmail, 'email-change'),
    expiredToken: await newestToken(deps, lateNew, 'email-change'),
  };
}

/**
 * `/fixture/mailed-link?to=<address>&kind=<password-reset|sign-up|email-change>`: the newest such
 * link mailed to the address (null when none was), and the subjects of its mail, as its person
 * reads their mail.
 */
async function mailedLink({ deps, query }) {
  const to = String(query?.to ?? '');
  const kind = String(query?.kind ?? '');
  if (!to || !['password-reset', 'sign-up', 'email-change'].includes(kind)) throw new Error('mailed-link needs ?to=<address>&kind=<password-reset|sign-up|email-change>');
  const messages = await outboxMessages(deps, { to });
  return { token: await newestToken(deps, to, kind), subjects: messages.map((m) => m.subject) };
}

export const accountLinkFixtures = {
  'password-reset': passwordReset,
  'sign-up': signUp,
  'agency-sign-up': agencySignUp,
  'email-change': emailChange,
  'mailed-link': mailedLink,
};
