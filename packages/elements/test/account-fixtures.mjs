// People for the own-account security page and for signing in where a second factor is
// required, built as people build them: through the server's own procedures and the mails it
// sends (the outbox), never by writing to its tables. Each call makes new accounts.
import { generateSync } from 'otplib';
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}${counter++}`;
/** Two of each kind of character: it meets the strict policy the fixtures' workspaces hold. */
const password = 'Correct-Horse 42!';

/** The previous step's code of an authenticator: the current one stays fresh for the test. */
const previousCode = (secret) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });

/**
 * A person signed in, who owns a workspace whose password policy is "two of each" (so their
 * own password's rules are the strict ones), with no second factor yet.
 */
async function ownAccount({ deps }) {
  const n = unique();
  const email = `own-${n}@example.com`;
  const source = `fixture-${n}`;
  const anon = createCaller(createContextInner(deps, { source }));
  await createIdentity(deps.db, new Date(), { email, password, name: 'Sigrid Secure' });
  const { token } = await anon.identity.signIn({ email, password });
  const person = createCaller(createContextInner(deps, { token, source }));
  const workspace = `secure-${n}`;
  await person.workspaces.create({ handle: workspace, name: 'Secure Studio' });
  await person.workspaces.update({ workspace, passwordPolicy: 'two-of-each' });
  return { workspace, person: { email, password, name: 'Sigrid Secure', token } };
}

/**
 * A workspace whose owner requires a second factor of everyone, and a member who joined
 * through the mailed invitation and has none yet: the server refuses the member every call there.
 */
async function secondFactorRequired({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const ownerEmail = `strict-owner-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email: ownerEmail, password, name: 'Olga Owner' });
  const { token } = await caller(null).identity.signIn({ email: ownerEmail, password });
  const owner = caller(token);
  const workspace = `strict-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Strict Studio' });
  // Confirming the owner's own factor on this session lets the owner require it of everyone.
  const { secret } = await owner.identity.secondFactor.begin({ password });
  await owner.identity.secondFactor.confirm({ code: previousCode(secret) });
  await owner.workspaces.update({ workspace, requireSecondFactor: true });
  const memberEmail = `strict-member-${n}@example.com`;
  await owner.members.invite({ workspace, email: memberEmail, role: { template: 'assistant' } });
  const [mail] = await outboxMessages(deps, { to: memberEmail, limit: 1 });
  const link = /#invitation=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!link) throw new Error(`fixture: no invitation mailed to ${memberEmail}`);
  await caller(null).invitations.accept({ token: link, password, name: 'Mads Member' });
  return { workspace, member: { email: memberEmail, password, name: 'Mads Member' } };
}

/** What was mailed to an address, as its person reads their mail: `/fixture/account-mail?to=<address>`. */
async function accountMail({ deps, query }) {
  const to = String(query?.to ?? '');
  if (!to) throw new Error('account-mail needs ?to=<address>');
  const messages = await outboxMessages(deps, { to });
  return { subjects: messages.map((m) => m.subject), emailChangeLinks: messages.filter((m) => /#email-change=[A-Za-z0-9_-]{43}/.test(m.body ?? '')).length };
}

export const accountFixtures = {
  'own-account': ownAccount,
  'second-factor-required': secondFactorRequired,
  'account-mail': accountMail,
};
