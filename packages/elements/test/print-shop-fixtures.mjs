// Print shops for the contacts table and the contact's activation page, built through the
// server's own procedures and upload route, as the shop would build them; only the crowd of
// contacts for the virtualization test is inserted in bulk. Each call makes a new workspace
// with a unique handle.
import { randomUUID } from 'node:crypto';
import { createContextInner } from '@foyer/server';
import { createCaller, invitedMember, signedUp, unique } from './fixture-support.mjs';

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
  const n = unique();
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
  const n = unique();
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
  const n = unique();
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

export const printShopFixtures = {
  'print-shop': printShop,
  'print-shop-crowd': (context) => printShopCrowd(context),
  'print-shop-empty': (context) => printShopCrowd(context, 0),
  // More contacts than a search counts (the schema's contactSearchCountCap, 10,000).
  'print-shop-beyond-search-count': (context) => printShopCrowd(context, 10_020),
  'activation-links': activationLinks,
};
