import { Readable } from 'node:stream';
import type { ContactStatus } from '@foyer/schema';
import { storeJobFile } from '../../areas/jobs/service.js';
import { createContextInner, type ServerDeps } from '../../context.js';
import { appRouter } from '../../router.js';
import { operatorActingAs } from '../../callers/operator-call.js';
import { createCallerFactory } from '../../trpc.js';
import { generatedContactPassword, insertGeneratedContacts } from './bulk-contacts.js';
import { contactPlan, generatedContactCount, printShopAdmin, printShopTerms, printShopWorkspace } from './print-shop-plan.js';
import { seedAccount } from './seed-accounts.js';

export interface PrintShopSeedOptions {
  /** The demo's page where a contact follows an activation link. */
  activationUrl: string;
  /** Generated customers beside the planned ones; defaults to a few hundred. */
  generatedContacts?: number;
}

export interface PrintShopContactFacts {
  name: string;
  email: string;
  company: string | null;
  status: ContactStatus;
  /** The password a contact with a login signs in with; null for those without one. */
  password: string | null;
  jobs: Array<{ name: string; status: string }>;
  expect: string;
}

/** Everything the demo pages and the tests need to know about the seeded print shop. */
export interface PrintShopSeed {
  workspace: { handle: string; name: string };
  admin: { email: string; password: string; name: string };
  contacts: PrintShopContactFacts[];
  generated: { count: number; password: string; emailPattern: string };
  total: number;
}

const createCaller = createCallerFactory(appRouter);
const callerFor = (deps: ServerDeps, token: string | null = null) => createCaller(createContextInner(deps, { token, source: 'demo-seed' }));

/** A small, valid one-page PDF naming the job, so the backup holds a file a reader opens. */
function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function adminSession(deps: ServerDeps): Promise<{ token: string; identityId: string }> {
  await seedAccount(deps, printShopAdmin);
  const result = await callerFor(deps).identity.signIn({ email: printShopAdmin.email, password: printShopAdmin.password });
  if (result.secondFactorRequired) throw new Error(`the demo account ${printShopAdmin.email} unexpectedly has a second factor`);
  return { token: result.token, identityId: result.identity.id };
}

const tokenOf = (mailto: string) => /%23token%3D([A-Za-z0-9_-]+)/.exec(mailto)![1]!;

async function createPrintShop(deps: ServerDeps, options: PrintShopSeedOptions): Promise<void> {
  const { token, identityId } = await adminSession(deps);
  const admin = callerFor(deps, token);
  const workspace = printShopWorkspace.handle;
  await admin.workspaces.create({ handle: workspace, name: printShopWorkspace.name, template: 'print-shop', activationUrl: options.activationUrl });
  await admin.terms.upload({ workspace, ...printShopTerms });
  // Job files stream over plain HTTP in the product; the seed hands them to the service directly.
  const member = await operatorActingAs(deps, identityId, workspace);

  for (const plan of contactPlan) {
    // Someone who already has a login is Not active once added, until the link is followed.
    if (plan.status === 'not-active') await seedAccount(deps, { email: plan.email, password: plan.password!, name: plan.name });
    const row = await admin.contacts.create({ workspace, name: plan.name, email: plan.email, company: plan.company });
    if (plan.status === 'active' || plan.status === 'deactivated') {
      const request = await admin.contacts.activationRequest({ workspace, contactIds: [row.id], send: 'mailto' });
      await callerFor(deps).activation.complete({ workspace, token: tokenOf(request.results[0]!.mailto!), password: plan.password!, acceptTerms: true });
    }
    if (plan.status === 'unregistered' && plan.invited) {
      await admin.contacts.activationRequest({ workspace, contactIds: [row.id], send: 'server' });
    }
    for (const job of plan.jobs ?? []) {
      const created = await admin.jobs.create({ workspace, contactId: row.id, name: job.name });
      const file = (slot: 'input' | 'model' | 'support', name: string, mediaType: string, bytes: Buffer) =>
        storeJobFile(member, { jobId: created.id, slot, name, mediaType, body: Readable.from([bytes]) });
      await file('input', `${job.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`, 'application/pdf', demoPdf(job.name));
      if (job.model) await file('model', 'model.json', 'application/json', Buffer.from(JSON.stringify({ job: job.name, pages: [{ size: 'A4', edits: 2 }] }, null, 2)));
      if (job.support) await file('support', job.support, 'application/octet-stream', Buffer.from(`Support file for ${job.name}\n`));
      if (job.status !== 'new') await admin.jobs.setStatus({ workspace, jobId: created.id, status: job.status });
    }
    if (plan.status === 'deactivated') await admin.contacts.deactivate({ workspace, contactIds: [row.id] });
  }
  await insertGeneratedContacts(deps.db, member.workspace, options.generatedContacts ?? generatedContactCount, deps.clock.now());
  await admin.identity.signOut();
}

async function describePrintShop(deps: ServerDeps): Promise<PrintShopSeed> {
  const workspace = await deps.db('workspaces').select('id').where({ handle: printShopWorkspace.handle }).first();
  const contacts: PrintShopContactFacts[] = [];
  for (const plan of contactPlan) {
    const row = await deps.db('contacts').select('id', 'name', 'email', 'company', 'status').where({ workspace_id: workspace.id, email: plan.email }).first();
    if (!row) continue;
    const jobs = await deps.db('jobs').select('name', 'status').where({ workspace_id: workspace.id, contact_id: row.id }).orderBy('name');
    contacts.push({ name: row.name, email: row.email, company: row.company, status: row.status, password: plan.password ?? null, jobs, expect: plan.expect });
  }
  const total = Number((await deps.db('contacts').where({ workspace_id: workspace.id }).count({ n: '*' }).first())!.n);
  return {
    workspace: { ...printShopWorkspace },
    admin: { ...printShopAdmin },
    contacts,
    generated: { count: total - contacts.length, password: generatedContactPassword, emailPattern: `${printShopWorkspace.handle}-000004@customers.example` },
    total,
  };
}

/**
 * Seeds the demo print shop, Nordlys Trykk, through the server's own procedures: its admin,
 * its terms, contacts in every status with jobs in every status, and a few hundred generated
 * customers. Idempotent: when the workspace exists, only its activation page follows the
 * demo's current address, and the same facts come back.
 */
export async function seedPrintShop(deps: ServerDeps, options: PrintShopSeedOptions): Promise<PrintShopSeed> {
  const exists = await deps.db('workspaces').where({ handle: printShopWorkspace.handle }).first('id');
  if (!exists) {
    await createPrintShop(deps, options);
  } else {
    const { token } = await adminSession(deps);
    const admin = callerFor(deps, token);
    await admin.workspaces.update({ workspace: printShopWorkspace.handle, activationUrl: options.activationUrl });
    await admin.identity.signOut();
  }
  return describePrintShop(deps);
}
