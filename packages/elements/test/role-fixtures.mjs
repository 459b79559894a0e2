// Roles to manage, built as a workspace's owner builds them: through the server's own
// procedures and the mails it sends (the outbox), never by writing to its tables. Each call
// makes a new workspace and new people.
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const unique = () => `${Date.now().toString(36)}r${counter++}`;
const password = 'correct horse battery';

/**
 * An email-marketing workspace ("Role Mail") with roles of its own:
 *   Newsletter team   Send emails, Tags; held by Mia Member
 *   Spare desk        Search contacts; nobody holds it
 *   Settings keeper   Settings; nobody holds it, and the manager does not hold Settings
 * and Tom Manager, who may manage the team, send emails and search contacts, nothing more.
 */
async function roleAdmin({ deps }) {
  const n = unique();
  const source = `fixture-${n}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const anon = caller(null);
  const ownerEmail = `role-owner-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email: ownerEmail, password, name: 'Nora Owner' });
  const ownerToken = (await anon.identity.signIn({ email: ownerEmail, password })).token;
  const owner = caller(ownerToken);
  const workspace = `role-mail-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Role Mail', template: 'email-marketing' });
  const newsletter = await owner.roles.create({ workspace, name: 'Newsletter team', description: 'Writes and sends the newsletter.', permissions: ['emails.send', 'tags.manage'] });
  const spare = await owner.roles.create({ workspace, name: 'Spare desk', permissions: ['subscribers.view'] });
  const settings = await owner.roles.create({ workspace, name: 'Settings keeper', permissions: ['settings.manage'] });

  /** Invited by the owner and joined through the mailed link, as a person joins. */
  const join = async (first, name, role) => {
    const email = `${first}-${n}@example.com`;
    await owner.members.invite({ workspace, email, role });
    const [mail] = await outboxMessages(deps, { to: email, limit: 1 });
    const link = /#invitation=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
    if (!link) throw new Error(`fixture: no invitation mailed to ${email}`);
    const joined = await anon.invitations.accept({ token: link, password, name });
    return { email, name, token: joined.token };
  };
  const mia = await join('mia', 'Mia Member', { customRoleId: newsletter.id });
  const manager = await join('tom', 'Tom Manager', { permissions: ['members.manage', 'emails.send', 'subscribers.view'] });
  return {
    workspace,
    owner: { email: ownerEmail, password, token: ownerToken },
    manager,
    mia: { email: mia.email, name: mia.name, token: mia.token },
    roles: { newsletter: newsletter.id, spare: spare.id, settings: settings.id },
  };
}

export const roleFixtures = {
  'role-admin': roleAdmin,
};
