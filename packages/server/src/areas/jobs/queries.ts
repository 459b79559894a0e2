import type { Job, JobFileSlot, JobStatus } from '@foyer/schema';
import type { Knex } from 'knex';
import { notFound } from '../../errors.js';

/** The statuses between Incoming and Completed: a contact with a job in one of them cannot be deleted. */
export const processingStatuses: ReadonlySet<JobStatus> = new Set(['preflight', 'printing', 'finishing']);

export const jobColumns = ['id', 'contact_id', 'name', 'status', 'input_name', 'model_name', 'support_name', 'created_at'] as const;

export interface JobRecord {
  id: string;
  contact_id: string;
  name: string;
  status: JobStatus;
  input_name: string | null;
  model_name: string | null;
  support_name: string | null;
  created_at: Date | string;
}

export function toJob(record: JobRecord): Job {
  return {
    id: record.id,
    contactId: record.contact_id,
    name: record.name,
    status: record.status,
    inputName: record.input_name,
    modelName: record.model_name,
    supportName: record.support_name,
    createdAt: new Date(record.created_at).toISOString(),
  };
}

export async function findJob(db: Knex | Knex.Transaction, workspaceId: string, jobId: string): Promise<JobRecord> {
  const record = await db('jobs')
    .select(...jobColumns)
    .where({ workspace_id: workspaceId, id: jobId })
    .first();
  if (!record) throw notFound('JOB_NOT_FOUND');
  return record as JobRecord;
}

/** The blob key a job's file is stored under. */
export function jobBlobKey(workspaceId: string, jobId: string, slot: JobFileSlot): string {
  return `jobs/${workspaceId}/${jobId}/${slot}`;
}

/** Every stored file of a contact's jobs. */
export async function jobBlobKeys(db: Knex | Knex.Transaction, workspaceId: string, contactId: string): Promise<string[]> {
  const rows = await db('jobs').select('input_key', 'model_key', 'support_key').where({ workspace_id: workspaceId, contact_id: contactId });
  return rows.flatMap((row: Record<string, string | null>) => [row.input_key, row.model_key, row.support_key].filter((key): key is string => !!key));
}

/** The contact the identity is in the workspace, with what decides whether it may submit jobs. */
export async function contactOfIdentity(db: Knex, workspaceId: string, identityId: string): Promise<{ id: string; status: string; terms_accepted_at: Date | null } | undefined> {
  return db('contacts').select('id', 'status', 'terms_accepted_at').where({ workspace_id: workspaceId, identity_id: identityId }).first();
}

export async function insertJob(db: Knex, row: { workspace_id: string; id: string; contact_id: string; name: string; status: JobStatus; created_at: Date; updated_at: Date }): Promise<void> {
  await db('jobs').insert(row);
}

/** The workspace's jobs, newest first, of one contact when one is named; at most a thousand. */
export async function jobsOfWorkspace(db: Knex, workspaceId: string, contactId: string | undefined): Promise<JobRecord[]> {
  const query = db('jobs')
    .select(...jobColumns)
    .where({ workspace_id: workspaceId })
    .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id' }])
    .limit(1000);
  if (contactId) query.where({ contact_id: contactId });
  return query;
}

export async function updateJob(db: Knex, workspaceId: string, jobId: string, changes: Record<string, unknown>): Promise<void> {
  await db('jobs').where({ workspace_id: workspaceId, id: jobId }).update(changes);
}
