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
  const record = await db('jobs').select(...jobColumns).where({ workspace_id: workspaceId, id: jobId }).first();
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
