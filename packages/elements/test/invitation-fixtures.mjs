// Team invitations to open from their mailed links, built as a workspace's owner sends them:
// through the server's own procedures, with each link read from the mail it came in (the
// outbox). Each call makes a new workspace and new people.
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const DAY = 24 * 60 * 60 * 1000;
const password = 'correct horse battery';

/** The newest invitation link mailed to an address, as its person reads their mail. */
async function invitationToken(deps, to) {
  for (const { body } of await outboxMessages(deps, { to })) {
    const token = /#invitation=([A-Za-z0-9_-]{43})/.exec(body ?? '')?.[1];
    if (token) return token;
  }
  throw new Error(`fixture: no invitation mailed to ${to}`);
}

/**
 * `/fixture/invitation`: Olga Owner's photography workspace "Lantern Studio" and its open
 * invitations: `newcomer` has no account (Assistant); `existing` has one with a password
 * (Viewer); `other` is someone else, signed in (`token`). Dead links: `expiredToken` was sent
 * eight days ago (they last seven), `usedToken` was accepted, `revokedToken` withdrawn.
 */
async function invitation({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token, clock = deps.clock) => createCaller(createContextInner({ ...deps, clock }, { token, source }));
  const anon = caller(null);
  const account = async (email, name) => {
    await createIdentity(deps.db, new Date(), { email, password, name });
    return (await anon.identity.signIn({ email, password })).token;
  };
  const ownerEmail = `lantern-owner-${n}@example.com`;
  const ownerToken = await account(ownerEmail, 'Olga Owner');
  const owner = caller(ownerToken);
  const workspace = `lantern-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Lantern Studio' });
  /** Invites the address; answers the link mailed to it. */
  const invite = async (email, template, by = owner) => {
    await by.members.invite({ workspace, email, role: { template } });
    return invitationToken(deps, email);
  };

  const newcomer = `newcomer-${n}@example.com`;
  const existing = { email: `existing-${n}@example.com`, name: 'Erik Existing' };
  const existingToken = await account(existing.email, existing.name);
  const other = { email: `other-${n}@example.com`, name: 'Otto Other' };
  const otherToken = await account(other.email, other.name);

  const expired = `late-${n}@example.com`;
  const past = { now: () => new Date(Date.now() - 8 * DAY) };
  const expiredToken = await invite(expired, 'viewer', caller(ownerToken, past));
  const used = `used-${n}@example.com`;
  const usedToken = await invite(used, 'viewer');
  await anon.invitations.accept({ token: usedToken, password });
  const revoked = `withdrawn-${n}@example.com`;
  const revokedToken = await invite(revoked, 'viewer');
  const withdrawn = (await owner.members.list({ workspace })).find((m) => m.email === revoked);
  await owner.members.revokeInvitation({ workspace, invitationId: withdrawn.invitation.id });

  return {
    workspace,
    workspaceName: 'Lantern Studio',
    owner: { email: ownerEmail, name: 'Olga Owner' },
    newcomer: { email: newcomer, token: await invite(newcomer, 'assistant') },
    existing: { ...existing, password, session: existingToken, token: await invite(existing.email, 'viewer') },
    other: { ...other, password, session: otherToken },
    expiredToken,
    usedToken,
    revokedToken,
  };
}

export const invitationFixtures = { invitation };
