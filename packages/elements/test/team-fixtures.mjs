// A team to manage, built as a workspace's owner builds one: through the server's own
// procedures and the mails it sends (the outbox), never by writing to its tables. Each call
// makes a new workspace and new people.
import { generateSync } from 'otplib';
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages, setWorkspaceFeature } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}${counter++}`;
const password = 'correct horse battery';

/** The previous step's code of an authenticator: the current one stays fresh. */
const previousCode = (secret) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });

/**
 * An email-marketing workspace ("Harbour Mail", with agency access on its plan) and its team:
 *   Nora Owner        the owner
 *   Mia Manager       a member with Manage team, Send emails and Edit contacts
 *   Anna Writer       a copywriter: the manager may change her; her login is this workspace's alone
 *   Alex Admin        an administrator: holds more than the manager, who may not change him
 *   Robot Sync        an API user (the API user role) with a key
 *   an open invitation (copywriter)
 * and agencies: Bright Agency (second factor on) holds Copywriter; New Agency (no second
 * factor yet) holds Website builder, which it cannot use yet; Spare Agency holds nothing here.
 */
async function teamAdmin({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const anon = caller(null);
  const account = async (email, name, agency = false) => {
    await createIdentity(deps.db, new Date(), { email, password, name, agency });
    return (await anon.identity.signIn({ email, password })).token;
  };
  const ownerEmail = `harbour-owner-${n}@example.com`;
  const ownerToken = await account(ownerEmail, 'Nora Owner');
  const owner = caller(ownerToken);
  const workspace = `harbour-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Harbour Mail', template: 'email-marketing' });
  await setWorkspaceFeature(deps, workspace, 'agency', true);

  /** Invited by the owner and joined through the mailed link, as a person joins. */
  const join = async (first, name, role) => {
    const email = `${first}-${n}@example.com`;
    await owner.members.invite({ workspace, email, role });
    const [mail] = await outboxMessages(deps, { to: email, limit: 1 });
    const link = /#invitation=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
    if (!link) throw new Error(`fixture: no invitation mailed to ${email}`);
    const joined = await anon.invitations.accept({ token: link, password, name });
    return { email, name, token: joined.token, identityId: joined.identity.id };
  };
  const manager = await join('mia', 'Mia Manager', { permissions: ['members.manage', 'emails.send', 'subscribers.manage'] });
  const anna = await join('anna', 'Anna Writer', { template: 'copywriter' });
  const alex = await join('alex', 'Alex Admin', { template: 'administrator' });
  const robot = await owner.apiUsers.create({ workspace, email: `robot-${n}@example.com`, firstName: 'Robot', lastName: 'Sync', role: { template: 'api-user' } });
  const invited = `invited-${n}@example.com`;
  await owner.members.invite({ workspace, email: invited, role: { template: 'copywriter' } });

  const brightEmail = `bright-${n}@example.com`;
  const brightToken = await account(brightEmail, 'Bright Agency', true);
  const bright = caller(brightToken);
  const { secret } = await bright.identity.secondFactor.begin({ password });
  await bright.identity.secondFactor.confirm({ code: previousCode(secret) });
  const newcomerEmail = `newcomer-${n}@example.com`;
  await account(newcomerEmail, 'New Agency', true);
  const spareEmail = `spare-${n}@example.com`;
  await account(spareEmail, 'Spare Agency', true);
  await owner.agencyGrants.grant({ workspace, agencyEmail: brightEmail, role: { template: 'copywriter' } });
  await owner.agencyGrants.grant({ workspace, agencyEmail: newcomerEmail, role: { template: 'website-builder' } });

  const person = ({ email, name, token, identityId }) => ({ email, name, token, identityId });
  return {
    workspace,
    workspaceName: 'Harbour Mail',
    owner: { email: ownerEmail, password, token: ownerToken, name: 'Nora Owner' },
    manager: person(manager),
    anna: person(anna),
    alex: person(alex),
    apiUser: { email: robot.user.email, name: 'Robot Sync', identityId: robot.user.identityId, key: robot.apiKey },
    invited,
    agencies: {
      bright: { email: brightEmail, name: 'Bright Agency' },
      newcomer: { email: newcomerEmail, name: 'New Agency' },
      spare: { email: spareEmail, name: 'Spare Agency' },
    },
  };
}

/** What was mailed to an address, as its person reads their mail: `/fixture/team-mail?to=<address>`. */
async function teamMail({ deps, query }) {
  const to = String(query?.to ?? '');
  if (!to) throw new Error('team-mail needs ?to=<address>');
  const messages = await outboxMessages(deps, { to });
  const links = (fragment) => messages.filter((m) => new RegExp(`#${fragment}=[A-Za-z0-9_-]{43}`).test(m.body ?? '')).length;
  return { subjects: messages.map((m) => m.subject), invitationLinks: links('invitation'), passwordResetLinks: links('password-reset') };
}

export const teamFixtures = {
  'team-admin': teamAdmin,
  'team-mail': teamMail,
};
