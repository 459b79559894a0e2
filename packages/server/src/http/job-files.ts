import { Router, type Request, type Response } from 'express';
import { errorMessages, JobFileName, JobFileSlot, JobRef } from '@foyer/schema';
import { BlobTooLargeError } from '../blobs/blob-store.js';
import type { ServerDeps } from '../context.js';
import { FoyerError } from '../errors.js';
import { storeJobFile } from '../areas/jobs/service.js';
import { memberOf, sendError, sendFoyerError } from './member-request.js';
import { answerEndedUpload, uploadBody } from './upload-body.js';

/**
 * A job's files stream into the blob store: `PUT {api}/jobs/{workspace}/{jobId}/{input|model|support}?name=…`
 * with the file as the body and its media type as Content-Type (a PDF for the input, JSON for the model).
 */
export function jobFilesRouter(deps: ServerDeps): Router {
  const router = Router();
  router.put('/jobs/:workspace/:jobId/:slot', async (req: Request, res: Response) => {
    const ref = JobRef.safeParse({ workspace: req.params.workspace, jobId: req.params.jobId });
    const slot = JobFileSlot.safeParse(req.params.slot);
    const name = JobFileName.safeParse(req.query.name);
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ref.success || !slot.success || !name.success || !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mediaType)) {
      const field = !ref.success ? 'job' : !slot.success ? 'slot' : !name.success ? 'name' : 'content-type';
      return sendError(res, 400, 'INVALID_INPUT', `${field} is not valid.`);
    }
    const body = uploadBody(req, res, deps.config);
    const found = await memberOf(deps, req, res, ref.data.workspace);
    if (!found) return;
    try {
      const job = await storeJobFile(found.ctx, found.member, found.identityId, {
        jobId: ref.data.jobId,
        slot: slot.data,
        name: name.data,
        mediaType,
        body,
      });
      res.status(200).json(job);
    } catch (error) {
      if (answerEndedUpload(res, error)) return;
      if (error instanceof FoyerError) return sendFoyerError(res, error);
      if (error instanceof BlobTooLargeError) return sendError(res, 413, 'UPLOAD_TOO_LARGE', errorMessages.UPLOAD_TOO_LARGE);
      throw error;
    }
  });
  return router;
}
