import { z } from 'zod';
import { DisplayText, Id, InWorkspace } from './common.js';
import { JobStatus } from './contacts.js';

/** A contact's print job: its input PDF, and the model and support file where there are any. */
export const Job = z.object({
  id: z.string(),
  contactId: z.string(),
  name: z.string(),
  status: JobStatus,
  /** The uploaded files' names; null where none was uploaded yet. */
  inputName: z.string().nullable(),
  modelName: z.string().nullable(),
  supportName: z.string().nullable(),
  createdAt: z.string(),
});
export type Job = z.infer<typeof Job>;

export const JobRef = InWorkspace.extend({ jobId: Id });
export type JobRef = z.infer<typeof JobRef>;

export const CreateJobInput = InWorkspace.extend({
  /** Staff name the contact; a contact submitting their own job leaves it out. */
  contactId: Id.optional(),
  name: DisplayText(200),
});
export type CreateJobInput = z.input<typeof CreateJobInput>;

export const ListJobsInput = InWorkspace.extend({ contactId: Id.optional() });
export type ListJobsInput = z.input<typeof ListJobsInput>;

export const SetJobStatusInput = JobRef.extend({ status: JobStatus });
export type SetJobStatusInput = z.infer<typeof SetJobStatusInput>;

/** The files of a job, each uploaded with `PUT {api}/jobs/{workspace}/{jobId}/{slot}?name=…`. */
export const JobFileSlot = z.enum(['input', 'model', 'support']);
export type JobFileSlot = z.infer<typeof JobFileSlot>;

export const JobFileName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' })
  .regex(/^[^\p{Cc}/\\]*$/u, { error: 'must not contain control characters or slashes' })
  .refine((name) => name !== '.' && name !== '..', { error: 'is not a file name' });
