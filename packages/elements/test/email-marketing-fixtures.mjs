// Email-marketing workspaces for the team, role and account-switching elements: their owners,
// agencies and teams, built through the server's own procedures. Each call makes new workspaces
// with unique handles and new people.
import { createContextInner, setWorkspaceFeature } from '@foyer/server';
import { createCaller, signedUp, totpCode, unique } from './fixture-support.mjs';

/**
 * An email-marketing owner with two client accounts that have the agency feature, and two
 * agencies: `agency` has its second factor on (confirmed with the previous step's code, so
 * the current code is still fresh for a test's sign-in) and holds a hand-picked set in North
 * (Manage team and Create emails) and Copywriter in South; `newcomer` has no second factor
 * yet and holds Copywriter in North, a grant it cannot use.
 */
async function agency({ deps }) {
  const n = unique();
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const ownerEmail = `mail-owner-${n}@example.com`;
  const { token } = await signedUp(deps, anon, { email: ownerEmail, password, name: 'Nora Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const workspaces = { north: { workspace: `north-mail-${n}`, name: 'North Mail' }, south: { workspace: `south-mail-${n}`, name: 'South Mail' } };
  for (const w of Object.values(workspaces)) {
    await owner.workspaces.create({ handle: w.workspace, name: w.name, template: 'email-marketing' });
    await setWorkspaceFeature(deps, w.workspace, 'agency', true);
  }
  const agencyEmail = `agency-${n}@example.com`;
  const registered = await signedUp(deps, anon, { agency: true, email: agencyEmail, password, name: 'Bright Agency' });
  const agencyCaller = createCaller(createContextInner(deps, { token: registered.token, source: `fixture-${n}` }));
  const { secret } = await agencyCaller.identity.secondFactor.begin({ password });
  await agencyCaller.identity.secondFactor.confirm({ code: totpCode(secret, -1) });
  const newcomerEmail = `newcomer-${n}@example.com`;
  await signedUp(deps, anon, { agency: true, email: newcomerEmail, password, name: 'New Agency' });
  const grant = (workspace, agencyEmail, role) => owner.agencyGrants.grant({ workspace, agencyEmail, role });
  await grant(workspaces.north.workspace, agencyEmail, { permissions: ['members.manage', 'emails.create'] });
  await grant(workspaces.south.workspace, agencyEmail, { template: 'copywriter' });
  await grant(workspaces.north.workspace, newcomerEmail, { template: 'copywriter' });
  return {
    owner: { email: ownerEmail, password, token },
    workspaces,
    agency: { email: agencyEmail, password, name: 'Bright Agency', secret },
    newcomer: { email: newcomerEmail, password, name: 'New Agency' },
  };
}

/**
 * An email-marketing owner with a team: a role of the workspace's own ("Newsletter team") and
 * one open invitation (a copywriter).
 */
async function mailTeam({ deps }) {
  const n = unique();
  const password = 'correct horse battery';
  const email = `team-owner-${n}@example.com`;
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Nora Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const workspace = `mail-team-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Team Mail', template: 'email-marketing' });
  const role = await owner.roles.create({
    workspace,
    name: 'Newsletter team',
    description: 'Writes and sends the newsletter.',
    permissions: ['emails.send', 'tags.manage'],
  });
  await owner.members.invite({ workspace, email: `copy-${n}@example.com`, role: { template: 'copywriter' } });
  return { workspace, owner: { email, password, token }, customRole: { id: role.id, name: 'Newsletter team' }, invited: `copy-${n}@example.com` };
}

export const emailMarketingFixtures = {
  'mail-team': mailTeam,
  agency,
};
