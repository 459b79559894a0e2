import { Router } from 'express';
import { JobFileName, JobFileSlot, JobRef } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { storeJobFile } from '../areas/jobs/service.js';
import { memberRoute, type RouteInput } from './member-route.js';

/** A job file's address, name and type; the model is JSON, the input a PDF, the service checks which. */
const jobFileInput: RouteInput<{ workspace: string; jobId: string; slot: JobFileSlot; name: string; mediaType: string }> = (req) => {
  const ref = JobRef.safeParse({ workspace: req.params.workspace, jobId: req.params.jobId });
  const slot = JobFileSlot.safeParse(req.params.slot);
  const name = JobFileName.safeParse(req.query.name);
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ref.success) return { ok: false, field: 'job' };
  if (!slot.success) return { ok: false, field: 'slot' };
  if (!name.success) return { ok: false, field: 'name' };
  if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mediaType)) return { ok: false, field: 'content-type' };
  return { ok: true, input: { ...ref.data, slot: slot.data, name: name.data, mediaType } };
};

/**
 * A job's files stream into the blob store: `PUT {api}/jobs/{workspace}/{jobId}/{input|model|support}?name=…`
 * with the file as the body and its media type as Content-Type. Staff (jobs.manage) for any job,
 * a contact (jobs.submit) for their own; the service decides which job is whose.
 */
export function jobFilesRouter(deps: ServerDeps): Router {
  const router = Router();
  const options = { permission: ['jobs.manage', 'jobs.submit'] as const, action: 'jobs.storeFile', input: jobFileInput, upload: true };
  router.put(
    '/jobs/:workspace/:jobId/:slot',
    memberRoute(deps, options, async (ctx, { input, body }) => {
      return { status: 200, json: await storeJobFile(ctx, { jobId: input.jobId, slot: input.slot, name: input.name, mediaType: input.mediaType, body }) };
    }),
  );
  return router;
}
