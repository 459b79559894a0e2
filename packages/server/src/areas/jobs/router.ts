import { CreateJobInput, InWorkspace, ListJobsInput, SetJobStatusInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as jobs from './service.js';

export const jobsRouter = router({
  /** Staff create a job for a contact they name. */
  create: permittedProcedure('jobs.manage')
    .input(CreateJobInput)
    .mutation(({ ctx, input }) => jobs.createJob(ctx, input)),
  /** An Active contact submits a job of their own. */
  submit: permittedProcedure('jobs.submit')
    .input(CreateJobInput)
    .mutation(({ ctx, input }) => jobs.submitJob(ctx, input)),
  list: permittedProcedure('jobs.view')
    .input(ListJobsInput)
    .query(({ ctx, input }) => jobs.listJobs(ctx, input)),
  /** An Active contact watches their own jobs. */
  mine: permittedProcedure('jobs.submit')
    .input(InWorkspace)
    .query(({ ctx }) => jobs.myJobs(ctx)),
  setStatus: permittedProcedure('jobs.manage')
    .input(SetJobStatusInput)
    .mutation(({ ctx, input }) => jobs.setJobStatus(ctx, input)),
});
