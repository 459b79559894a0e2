import { CreateJobInput, InWorkspace, ListJobsInput, SetJobStatusInput } from '@foyer/schema';
import { badRequest } from '../../errors.js';
import { permittedProcedure, router } from '../../trpc.js';
import * as jobs from './service.js';

export const jobsRouter = router({
  /** Staff create a job for a contact they name. */
  create: permittedProcedure('jobs.manage')
    .input(CreateJobInput)
    .mutation(({ ctx, input }) => {
      if (!input.contactId) throw badRequest('CONTACT_NOT_FOUND');
      return jobs.createJob(ctx, ctx, input.contactId, input.name);
    }),
  /** An Active contact submits a job of their own. */
  submit: permittedProcedure('jobs.submit')
    .input(CreateJobInput)
    .mutation(({ ctx, input }) => jobs.submitJob(ctx, ctx, ctx.identityId, input.name)),
  list: permittedProcedure('jobs.view')
    .input(ListJobsInput)
    .query(({ ctx, input }) => jobs.listJobs(ctx, ctx, input.contactId)),
  /** An Active contact watches their own jobs. */
  mine: permittedProcedure('jobs.submit')
    .input(InWorkspace)
    .query(({ ctx }) => jobs.myJobs(ctx, ctx, ctx.identityId)),
  setStatus: permittedProcedure('jobs.manage')
    .input(SetJobStatusInput)
    .mutation(({ ctx, input }) => jobs.setJobStatus(ctx, ctx, input.jobId, input.status)),
});
