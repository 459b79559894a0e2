import type { Response } from 'express';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { errorMessages } from '@foyer/schema';
import { BlobTooLargeError } from '../blobs/blob-store.js';
import { FoyerError } from '../errors.js';
import { retryAfterSeconds } from './retry-after.js';

/** An HTTP route's refusal: `{ error: { code, message } }`, the code the elements localize, as the tRPC side says it. */
export function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/** A refusal thrown by a service, with the HTTP status tRPC gives the same refusal, and its Retry-After. */
export function sendFoyerError(res: Response, error: FoyerError) {
  const wait = retryAfterSeconds([error]);
  if (wait !== null) res.setHeader('Retry-After', String(wait));
  sendError(res, getHTTPStatusCodeFromError(error), error.appCode, error.message);
}

/**
 * Answers what a route's work threw when it is a refusal, and says whether it did; anything
 * else (the database out of reach, a bug) is the app's error handler's.
 */
export function answerRefusal(res: Response, error: unknown): boolean {
  if (res.headersSent) return false;
  if (error instanceof FoyerError) {
    sendFoyerError(res, error);
    return true;
  }
  if (error instanceof BlobTooLargeError) {
    sendError(res, 413, 'UPLOAD_TOO_LARGE', errorMessages.UPLOAD_TOO_LARGE);
    return true;
  }
  return false;
}
