// Seeded workspaces for element tests, built through the server's own API (never raw SQL;
// only the crowd of contacts for the virtualization test is inserted in bulk).
// Each call makes a new workspace with a unique handle.
import { randomUUID } from 'node:crypto';
import { generateSync } from 'otplib';
import { appRouter, createCallerFactory, createContextInner, createIdentity, outboxMessages, setWorkspaceFeature } from '@foyer/server';
import { accountFixtures } from './account-fixtures.mjs';
import { hostingFixtures } from './hosting-fixtures.mjs';
import { accountLinkFixtures } from './account-link-fixtures.mjs';
import { invitationFixtures } from './invitation-fixtures.mjs';
import { marketplaceFixtures } from './marketplace-fixtures.mjs';
import { masterShellFixtures } from './master-shell-fixtures.mjs';
import { masterFixtures } from './master-fixtures.mjs';
import { reportFixtures } from './report-fixtures.mjs';
import { roleFixtures } from './role-fixtures.mjs';
import { teamFixtures } from './team-fixtures.mjs';
import { termsFixtures } from './terms-fixtures.mjs';
import { ticketFixtures } from './ticket-fixtures.mjs';

/**
 * An account made as the operator's tools make one, then signed in with its password as its
 * person would: the sign-up mail is the server's tests' concern, not the elements'.
 */
async function signedUp(deps, anon, { email, password, name, agency = false }) {
  await createIdentity(deps.db, new Date(), { email, password, name, agency });
  const result = await anon.identity.signIn({ email, password });
  return { token: result.token, identity: result.identity };
}

const createCaller = createCallerFactory(appRouter);
let counter = 0;

function svg(label, colour) {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="100%" height="100%" fill="${colour}"/><text x="20" y="130" font-size="28" fill="#fff">${label}</text></svg>`,
  );
}

/** Uploads through the server's real upload route, as the owner's browser would. */
async function upload(api, token, workspace, galleryId, name, colour) {
  const response = await fetch(`${api}/uploads/${workspace}/${galleryId}?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/svg+xml' },
    body: svg(name, colour),
  });
  if (!response.ok) throw new Error(`fixture upload failed: ${response.status} ${await response.text()}`);
}

/**
 * A photographer with a small tree:
 *   Wedding (navigation on) > Ceremony, Reception (password "reception-pw")
 *   Portfolio (navigation off) > Landscapes
 *   Private (password "private-pw", no parent)
 * and accesses: `wedding` (Wedding added), `landscapes` (only Landscapes; its parent has
 * navigation off), `explicit` (Ceremony only, explicit scope), `disabled`.
 */
async function photographer({ deps, api }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const handle = `studio-${n}`;
  const email = `owner-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Ada Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  await owner.workspaces.create({ handle, name: 'Studio Lindqvist' });
  const create = (title, options = {}) => owner.galleries.create({ workspace: handle, title, ...options }).then((g) => g.id);
  const wedding = await create('Wedding', { allowNavigation: true });
  const ceremony = await create('Ceremony', { parentId: wedding });
  const reception = await create('Reception', { parentId: wedding, password: 'reception-pw' });
  const portfolio = await create('Portfolio', { allowNavigation: false });
  const landscapes = await create('Landscapes', { parentId: portfolio });
  const privateGallery = await create('Private', { password: 'private-pw' });
  const colours = ['#8e44ad', '#2c3e50', '#16a085', '#d35400'];
  for (const [id, title] of [
    [wedding, 'Wedding'],
    [ceremony, 'Ceremony'],
    [reception, 'Reception'],
    [landscapes, 'Landscapes'],
    [privateGallery, 'Private'],
  ]) {
    for (let i = 0; i < 2; i++) await upload(api, token, handle, id, `${title} ${i + 1}.svg`, colours[i % colours.length]);
  }
  const access = (name, galleryIds, extra = {}) => owner.accesses.create({ workspace: handle, name, galleryIds, email: `${name.toLowerCase()}@example.com`, ...extra });
  const weddingAccess = await access('Wedding', [wedding], { code: `wedding-${n}` });
  const landscapesAccess = await access('Landscapes', [landscapes], { code: `landscapes-${n}` });
  const explicitAccess = await access('Explicit', [ceremony], { code: `explicit-${n}`, scope: 'explicit' });
  const disabledAccess = await access('Disabled', [wedding], { code: `disabled-${n}` });
  await owner.accesses.setDisabled({ workspace: handle, accessId: disabledAccess.access.id, disabled: true });
  // Someone with an account of their own and no membership here.
  const stranger = { email: `stranger-${n}@example.com`, password: 'stranger password 1' };
  await createIdentity(deps.db, new Date(), stranger);
  return {
    workspace: handle,
    owner: { email, password, token },
    stranger,
    galleries: { wedding, ceremony, reception, portfolio, landscapes, private: privateGallery },
    passwords: { reception: 'reception-pw', private: 'private-pw' },
    accesses: {
      wedding: { id: weddingAccess.access.id, code: weddingAccess.code },
      landscapes: { id: landscapesAccess.access.id, code: landscapesAccess.code },
      explicit: { id: explicitAccess.access.id, code: explicitAccess.code },
      disabled: { id: disabledAccess.access.id, code: disabledAccess.code },
    },
  };
}

/**
 * One person who owns two studios, each with one client access of its own name, for
 * switching between accounts.
 */
async function twoStudios({ deps }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const email = `two-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Ada Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const studios = [];
  for (const [handle, name, client] of [
    [`north-${n}`, 'North Studio', 'Client of North'],
    [`south-${n}`, 'South Studio', 'Client of South'],
  ]) {
    await owner.workspaces.create({ handle, name });
    await owner.accesses.create({ workspace: handle, name: client, galleryIds: [] });
    studios.push({ workspace: handle, name, client });
  }
  return { owner: { email, password, token }, studios };
}

/**
 * The code an authenticator app shows for a base32 secret, `stepOffset` 30-second steps from
 * now, made by otplib (an implementation independent of the server's).
 */
function totpCode(secret, stepOffset = 0) {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + stepOffset * 30 });
}

/**
 * A person whose account has a second factor: confirmed with the previous step's code, so the
 * current code is still fresh for a test's sign-in.
 */
async function secondFactor({ deps }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const email = `two-step-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Tove Twostep' });
  const person = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const { secret } = await person.identity.secondFactor.begin({ password });
  await person.identity.secondFactor.confirm({ code: totpCode(secret, -1) });
  return { email, password, name: 'Tove Twostep', secret };
}

/**
 * An email-marketing owner with two client accounts that have the agency feature, and two
 * agencies: `agency` has its second factor on (confirmed with the previous step's code, so
 * the current code is still fresh for a test's sign-in) and holds a hand-picked set in North
 * (Manage team and Create emails) and Copywriter in South; `newcomer` has no second factor
 * yet and holds Copywriter in North, a grant it cannot use.
 */
async function agency({ deps }) {
  const n = `${Date.now().toString(36)}${counter++}`;
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
  const n = `${Date.now().toString(36)}${counter++}`;
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

const DAY = 24 * 60 * 60 * 1000;

/** The token in an activation request's prefilled message (`…#token=…`). */
function tokenIn(mailto) {
  const token = /token=([A-Za-z0-9_-]+)/.exec(decodeURIComponent(mailto ?? ''))?.[1];
  if (!token) throw new Error(`fixture: no activation link in ${mailto}`);
  return token;
}

/** A tiny PDF, enough to be a job's input file. */
function pdf(label) {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

/** Uploads a job's file through the server's real upload route, as the shop's staff would. */
async function uploadJobFile(api, token, workspace, jobId, slot, name, body, type) {
  const response = await fetch(`${api}/jobs/${workspace}/${jobId}/${slot}?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body,
  });
  if (!response.ok) throw new Error(`fixture job upload failed: ${response.status} ${await response.text()}`);
}

/** The shop's owner, signed up, with a print-shop workspace whose activation page is `activationUrl`. */
/** A team member with a template role, invited by the owner and joined through the mailed link, as a person joins. */
async function invitedMember(deps, { owner, anon, workspace, email, password, name, role }) {
  await owner.members.invite({ workspace, email, role: { template: role } });
  const [mail] = await outboxMessages(deps, { to: email, limit: 1 });
  const link = /#invitation=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!link) throw new Error(`fixture: no invitation mailed to ${email}`);
  return anon.invitations.accept({ token: link, password, name });
}

async function printShopOwner({ deps }, n, activationUrl) {
  const handle = `shop-${n}`;
  const email = `shop-owner-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Petra Print' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  await owner.workspaces.create({ handle, name: 'Trykkeriet Bergen', template: 'print-shop', activationUrl });
  return { handle, email, password, token, owner, anon };
}

/**
 * A print shop with one contact in each situation the table must show, all made through the
 * server's API as the shop would make them:
 *   Ada Lovelace     active (activated through her link, terms accepted); jobs New and Completed
 *   Brook Taylor     active; a job in Printing, which blocks her deletion
 *   Charles Babbage  not active (he has a login already; sent a link he has not followed)
 *   Dora Keen        unregistered, never invited, no company
 *   Emmy Noether     deactivated
 *   Grace Hopper     unregistered, invited: her link is handed to the activation tests
 * and an operator on the shop's team, who may look contacts up and do nothing to them.
 */
async function printShop({ deps, api }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const shop = await printShopOwner({ deps }, n, 'https://shop.example/activate');
  const { handle: workspace, owner, anon } = shop;
  await owner.terms.upload({ workspace, title: 'Terms of service', text: 'Print files are kept for 30 days.\nPayment within 14 days.' });
  const create = (name, company) => owner.contacts.create({ workspace, name, email: `${name.split(' ')[0].toLowerCase()}-${n}@example.com`, ...(company ? { company } : {}) });
  // Charles already has a login elsewhere, so his contact starts "Not active": the account
  // exists, the activation link was not followed.
  await signedUp(deps, anon, { email: `charles-${n}@example.com`, password: 'charles password 1', name: 'Charles Babbage' });
  const ada = await create('Ada Lovelace', 'Analytical Engines');
  const brook = await create('Brook Taylor', 'Series & Sons');
  const charles = await create('Charles Babbage', 'Difference Ltd');
  const dora = await create('Dora Keen');
  const emmy = await create('Emmy Noether', 'Rings GmbH');
  const grace = await create('Grace Hopper', 'Compilers Inc');

  const invite = async (contact) => {
    const { results } = await owner.contacts.activationRequest({ workspace, contactIds: [contact.id], send: 'mailto' });
    return tokenIn(results[0].mailto);
  };
  const activate = async (contact) => {
    const token = await invite(contact);
    await anon.activation.complete({ workspace, token, password: 'contact password 1', acceptTerms: true });
  };
  await activate(ada);
  await activate(brook);
  await activate(emmy);
  await owner.contacts.deactivate({ workspace, contactIds: [emmy.id] });
  const graceToken = await invite(grace);
  await invite(charles);

  const job = async (contact, name, status) => {
    const created = await owner.jobs.create({ workspace, contactId: contact.id, name });
    await uploadJobFile(api, shop.token, workspace, created.id, 'input', `${name}.pdf`, pdf(name), 'application/pdf');
    if (status !== 'new') await owner.jobs.setStatus({ workspace, jobId: created.id, status });
    return { id: created.id, name, status };
  };
  const adaJobs = [await job(ada, 'Business cards', 'new'), await job(ada, 'Letterheads', 'completed')];
  const brookJobs = [await job(brook, 'Wedding invitations', 'printing')];
  const operator = await invitedMember(deps, { owner, anon, workspace, email: `operator-${n}@example.com`, password: shop.password, name: 'Otto Operator', role: 'operator' });

  const summary = (c) => ({ id: c.id, name: c.name, email: c.email });
  return {
    workspace,
    owner: { email: shop.email, password: shop.password, token: shop.token },
    operator: { token: operator.token },
    contacts: {
      ada: summary(ada),
      brook: summary(brook),
      charles: summary(charles),
      dora: summary(dora),
      emmy: summary(emmy),
      grace: summary(grace),
    },
    jobs: { ada: adaJobs, brook: brookJobs },
    activation: { grace: graceToken },
  };
}

async function workspaceId(deps, handle) {
  const row = await deps.db('workspaces').where({ handle }).first('id');
  return row.id;
}

/**
 * A print shop with many contacts (5,000 by default), inserted in bulk through the server's
 * database: creating them one call at a time would take the test's whole time budget.
 * Names are numbered so the sorted order is known: "Contact 00001" …
 */
async function printShopCrowd({ deps }, count = 5000) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const shop = await printShopOwner({ deps }, n, 'https://shop.example/activate');
  const id = await workspaceId(deps, shop.handle);
  const now = new Date();
  const rows = Array.from({ length: count }, (_, i) => {
    const number = String(i + 1).padStart(5, '0');
    return {
      workspace_id: id,
      id: randomUUID(),
      name: `Contact ${number}`,
      email: `contact-${number}-${n}@example.com`,
      company: i % 3 === 0 ? null : `Company ${number.slice(0, 3)}`,
      kind: 'customer',
      // Unregistered: the other statuses belong with a login identity, which these have not.
      status: 'unregistered',
      invitation_sent: i % 2 === 0,
      created_at: now,
      updated_at: now,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await deps.db('contacts').insert(rows.slice(i, i + 1000));
  return { workspace: shop.handle, owner: { email: shop.email, password: shop.password, token: shop.token }, count };
}

/**
 * Activation links in each state, for the contact-facing page: a valid one, one already
 * used, and one made eight days ago (links last seven).
 */
async function activationLinks({ deps }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const shop = await printShopOwner({ deps }, n, 'https://shop.example/activate');
  const { handle: workspace, owner, anon, token: ownerToken } = shop;
  await owner.terms.upload({ workspace, title: 'Terms of service', text: 'Print files are kept for 30 days.\nPayment within 14 days.' });
  const create = (name) => owner.contacts.create({ workspace, name, email: `${name.split(' ')[0].toLowerCase()}-${n}@example.com` });
  const valid = await create('Grace Hopper');
  const used = await create('Ada Lovelace');
  const expired = await create('Emmy Noether');
  // Alan has a login from another shop already: his link asks him to sign in with it.
  const existing = await create('Alan Turing');
  const existingPassword = 'alan own password 1';
  await signedUp(deps, anon, { email: existing.email, password: existingPassword });
  const invite = async (caller, contact) => {
    const { results } = await caller.contacts.activationRequest({ workspace, contactIds: [contact.id], send: 'mailto' });
    return tokenIn(results[0].mailto);
  };
  const validToken = await invite(owner, valid);
  const usedToken = await invite(owner, used);
  await anon.activation.complete({ workspace, token: usedToken, password: 'contact password 1', acceptTerms: true });
  // A link made eight days ago, through the same API on a clock set back.
  const past = { now: () => new Date(Date.now() - 8 * DAY) };
  const ownerInThePast = createCaller(createContextInner({ ...deps, clock: past }, { token: ownerToken, source: `fixture-${n}` }));
  const expiredToken = await invite(ownerInThePast, expired);
  const existingToken = await invite(owner, existing);
  return {
    workspace,
    owner: { email: shop.email, password: shop.password, token: ownerToken },
    contacts: {
      valid: { id: valid.id, name: valid.name, email: valid.email },
      used: { id: used.id },
      expired: { id: expired.id },
      existing: { id: existing.id, email: existing.email, password: existingPassword },
    },
    tokens: { valid: validToken, used: usedToken, expired: expiredToken, existing: existingToken },
  };
}

/**
 * A photography studio with an owner (Ada Owner) and an assistant (Sam Assistant) who both
 * changed things: the owner created "Wedding" and "Portfolio" and a client access, the
 * assistant (through the invitation flow) created "Ceremony" and "Reception". Every change
 * is made through the server's own procedures, so the activity log holds them as it would.
 */
async function activity({ deps }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const workspace = `activity-${n}`;
  const password = 'correct horse battery';
  const ownerEmail = `owner-${n}@example.com`;
  const assistantEmail = `assistant-${n}@example.com`;
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email: ownerEmail, password, name: 'Ada Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  await owner.workspaces.create({ handle: workspace, name: 'Studio Activity' });
  const accepted = await invitedMember(deps, { owner, anon, workspace, email: assistantEmail, password, name: 'Sam Assistant', role: 'assistant' });
  const assistant = createCaller(createContextInner(deps, { token: accepted.token, source: `fixture-${n}` }));
  const wedding = await owner.galleries.create({ workspace, title: 'Wedding' });
  await owner.galleries.create({ workspace, title: 'Portfolio' });
  await assistant.galleries.create({ workspace, title: 'Ceremony', parentId: wedding.id });
  await assistant.galleries.create({ workspace, title: 'Reception', parentId: wedding.id });
  await owner.accesses.create({ workspace, name: 'Wedding guests', galleryIds: [wedding.id] });
  const identity = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [assistantEmail]).first();
  const ownerIdentity = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [ownerEmail]).first();
  return {
    workspace,
    owner: { email: ownerEmail, password, token, name: 'Ada Owner', identityId: ownerIdentity.id },
    assistant: { email: assistantEmail, password, token: accepted.token, name: 'Sam Assistant', identityId: identity.id },
  };
}

export const fixtures = {
  activity,
  photographer,
  'two-studios': twoStudios,
  'second-factor': secondFactor,
  'mail-team': mailTeam,
  agency,
  'print-shop': printShop,
  'print-shop-crowd': (context) => printShopCrowd(context),
  'print-shop-empty': (context) => printShopCrowd(context, 0),
  // More contacts than a search counts (the schema's contactSearchCountCap, 10,000).
  'print-shop-beyond-search-count': (context) => printShopCrowd(context, 10_020),
  'activation-links': activationLinks,
  ...accountFixtures,
  ...hostingFixtures,
  ...accountLinkFixtures,
  ...invitationFixtures,
  ...marketplaceFixtures,
  ...masterFixtures,
  ...masterShellFixtures,
  ...reportFixtures,
  ...roleFixtures,
  ...teamFixtures,
  ...termsFixtures,
  ...ticketFixtures,
};
