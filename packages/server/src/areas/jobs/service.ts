import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { CreateJobInput, Job, JobFileSlot, ListJobsInput, SetJobStatusInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { findContact } from '../contacts/queries.js';
import { currentTermsOf } from '../terms/queries.js';
import { contactOfIdentity, findJob, insertJob, jobBlobKey, jobsOfWorkspace, toJob, updateJob } from './queries.js';

/** The contact the signed-in identity is in this workspace; only an Active one submits jobs or watches them. */
export async function ownContact(ctx: MemberContext) {
  const contact = await contactOfIdentity(ctx.db, ctx.workspace.id, ctx.identityId);
  if (!contact) throw forbidden('NOT_A_CONTACT');
  if (contact.status !== 'active') throw forbidden('CONTACT_NOT_ACTIVE');
  return contact;
}

async function newJob(ctx: MemberContext, contactId: string, name: string): Promise<Job> {
  const now = ctx.clock.now();
  const id = randomUUID();
  await insertJob(ctx.db, { workspace_id: ctx.workspace.id, id, contact_id: contactId, name, status: 'new', created_at: now, updated_at: now });
  return toJob(await findJob(ctx.db, ctx.workspace.id, id));
}

/** Staff create a job for a contact of the workspace they name. */
export async function createJob(ctx: MemberContext, input: z.output<typeof CreateJobInput>): Promise<Job> {
  if (!input.contactId) throw badRequest('CONTACT_NOT_FOUND');
  await findContact(ctx.db, ctx.workspace.id, input.contactId);
  return newJob(ctx, input.contactId, input.name);
}

/** An Active contact submits a job of their own, once they accepted the current terms. */
export async function submitJob(ctx: MemberContext, input: z.output<typeof CreateJobInput>): Promise<Job> {
  const contact = await ownContact(ctx);
  if (!contact.terms_accepted_at && (await currentTermsOf(ctx.db, ctx.workspace.id))) throw forbidden('TERMS_NOT_ACCEPTED');
  return newJob(ctx, contact.id, input.name);
}

export async function listJobs(ctx: MemberContext, input: z.output<typeof ListJobsInput>): Promise<Job[]> {
  return (await jobsOfWorkspace(ctx.db, ctx.workspace.id, input.contactId)).map(toJob);
}

/** An Active contact watches their own jobs. */
export async function myJobs(ctx: MemberContext): Promise<Job[]> {
  const contact = await ownContact(ctx);
  return (await jobsOfWorkspace(ctx.db, ctx.workspace.id, contact.id)).map(toJob);
}

export async function setJobStatus(ctx: MemberContext, input: z.output<typeof SetJobStatusInput>): Promise<Job> {
  await findJob(ctx.db, ctx.workspace.id, input.jobId);
  await updateJob(ctx.db, ctx.workspace.id, input.jobId, { status: input.status, updated_at: ctx.clock.now() });
  return toJob(await findJob(ctx.db, ctx.workspace.id, input.jobId));
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
  const job = await findJob(ctx.db, ctx.workspace.id, file.jobId);
  if (!ctx.permissions.has('jobs.manage')) {
    if (!ctx.permissions.has('jobs.submit')) throw forbidden('FORBIDDEN');
    const contact = await ownContact(ctx);
    if (job.contact_id !== contact.id) throw notFound('JOB_NOT_FOUND');
    if (job.status !== 'new') throw conflict('JOB_LOCKED');
  }
  if (!slotTypes[file.slot](file.mediaType)) throw badRequest('JOB_FILE_TYPE');
  const key = jobBlobKey(ctx.workspace.id, job.id, file.slot);
  await ctx.blobs.put(key, file.body, ctx.config.maxUploadBytes);
  const columns = file.slot === 'support' ? { support_key: key, support_name: file.name, support_type: file.mediaType } : { [`${file.slot}_key`]: key, [`${file.slot}_name`]: file.name };
  await updateJob(ctx.db, ctx.workspace.id, job.id, { ...columns, updated_at: ctx.clock.now() });
  return toJob(await findJob(ctx.db, ctx.workspace.id, job.id));
}
