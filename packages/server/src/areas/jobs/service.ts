import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Job, JobFileSlot, JobStatus } from '@foyer/schema';
import type { Context } from '../../context.js';
import { badRequest, conflict, forbidden, notFound } from '../../errors.js';
import type { Membership } from '../../security/principals.js';
import type { MemberContext } from '../../callers/contexts.js';
import { findContact } from '../contacts/queries.js';
import { currentTermsOf } from '../terms/queries.js';
import { findJob, jobBlobKey, jobColumns, toJob, type JobRecord } from './queries.js';

/** The contact the signed-in identity is in this workspace; only an Active one submits jobs or watches them. */
export async function ownContact(ctx: Context, member: Membership, identityId: string) {
  const contact = await ctx.db('contacts').select('id', 'status', 'terms_accepted_at').where({ workspace_id: member.workspace.id, identity_id: identityId }).first();
  if (!contact) throw forbidden('NOT_A_CONTACT');
  if (contact.status !== 'active') throw forbidden('CONTACT_NOT_ACTIVE');
  return contact as { id: string; status: string; terms_accepted_at: Date | null };
}

async function insertJob(ctx: Context, member: Membership, contactId: string, name: string): Promise<Job> {
  const now = ctx.clock.now();
  const id = randomUUID();
  await ctx.db('jobs').insert({ workspace_id: member.workspace.id, id, contact_id: contactId, name, status: 'new', created_at: now, updated_at: now });
  return toJob(await findJob(ctx.db, member.workspace.id, id));
}

/** Staff create a job for any contact of the workspace. */
export async function createJob(ctx: Context, member: Membership, contactId: string, name: string): Promise<Job> {
  await findContact(ctx.db, member.workspace.id, contactId);
  return insertJob(ctx, member, contactId, name);
}

/** An Active contact submits a job of their own, once they accepted the current terms. */
export async function submitJob(ctx: Context, member: Membership, identityId: string, name: string): Promise<Job> {
  const contact = await ownContact(ctx, member, identityId);
  if (!contact.terms_accepted_at && (await currentTermsOf(ctx.db, member.workspace.id))) throw forbidden('TERMS_NOT_ACCEPTED');
  return insertJob(ctx, member, contact.id, name);
}

export async function listJobs(ctx: Context, member: Membership, contactId: string | undefined): Promise<Job[]> {
  const query = ctx.db('jobs').select(...jobColumns).where({ workspace_id: member.workspace.id }).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id' }]).limit(1000);
  if (contactId) query.where({ contact_id: contactId });
  return ((await query) as JobRecord[]).map(toJob);
}

export async function myJobs(ctx: Context, member: Membership, identityId: string): Promise<Job[]> {
  const contact = await ownContact(ctx, member, identityId);
  return listJobs(ctx, member, contact.id);
}

export async function setJobStatus(ctx: Context, member: Membership, jobId: string, status: JobStatus): Promise<Job> {
  await findJob(ctx.db, member.workspace.id, jobId);
  await ctx.db('jobs').where({ workspace_id: member.workspace.id, id: jobId }).update({ status, updated_at: ctx.clock.now() });
  return toJob(await findJob(ctx.db, member.workspace.id, jobId));
}

const slotTypes: Record<JobFileSlot, (mediaType: string) => boolean> = {
  input: (type) => type === 'application/pdf',
  model: (type) => type === 'application/json',
  support: () => true,
};

/**
 * Stores one of a job's files from a stream into the blob store. Staff may replace files at
 * any time; a contact only their own job's, and only while it is New.
 */
export async function storeJobFile(ctx: MemberContext, file: { jobId: string; slot: JobFileSlot; name: string; mediaType: string; body: Readable }): Promise<Job> {
  const member = ctx;
  const job = await findJob(ctx.db, ctx.workspace.id, file.jobId);
  if (!member.permissions.has('jobs.manage')) {
    if (!member.permissions.has('jobs.submit')) throw forbidden('FORBIDDEN');
    const contact = await ownContact(ctx, member, ctx.identityId);
    if (job.contact_id !== contact.id) throw notFound('JOB_NOT_FOUND');
    if (job.status !== 'new') throw conflict('JOB_LOCKED');
  }
  if (!slotTypes[file.slot](file.mediaType)) throw badRequest('JOB_FILE_TYPE');
  const key = jobBlobKey(member.workspace.id, job.id, file.slot);
  await ctx.blobs.put(key, file.body, ctx.config.maxUploadBytes);
  const columns =
    file.slot === 'support'
      ? { support_key: key, support_name: file.name, support_type: file.mediaType }
      : { [`${file.slot}_key`]: key, [`${file.slot}_name`]: file.name };
  await ctx.db('jobs').where({ workspace_id: member.workspace.id, id: job.id }).update({ ...columns, updated_at: ctx.clock.now() });
  return toJob(await findJob(ctx.db, member.workspace.id, job.id));
}
