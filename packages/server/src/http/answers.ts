import type { Response } from 'express';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { errorMessageIn, errorMessages, preferredLanguage, type ErrorCode, type Language } from '@foyer/schema';
import { BlobTooLargeError } from '../blobs/blob-store.js';
import { FoyerError } from '../errors.js';
import { retryAfterSeconds } from './retry-after.js';

/** The language the request asked for (Accept-Language), else English. */
export function requestLanguage(res: Response): Language {
  return preferredLanguage(res.req?.get('accept-language')) ?? 'en';
}

/**
 * An HTTP route's refusal: `{ error: { code, message } }`, the code the elements localize, as
 * the tRPC side says it. `message` is the English sentence; another language the request asks
 * for gets its catalog's sentence for the code.
 */
export function sendError(res: Response, status: number, code: string, message: string) {
  const language = requestLanguage(res);
  const localized = language !== 'en' && Object.hasOwn(errorMessages, code) ? errorMessageIn(language, code as ErrorCode) : message;
  res.status(status).json({ error: { code, message: localized } });
}

/** A refusal thrown by a service, with the HTTP status tRPC gives the same refusal, and its Retry-After. */
export function sendFoyerError(res: Response, error: FoyerError) {
  const wait = retryAfterSeconds([error]);
  if (wait !== null) res.setHeader('Retry-After', String(wait));
  res.status(getHTTPStatusCodeFromError(error)).json({ error: { code: error.appCode, message: error.sentenceIn(requestLanguage(res)) } });
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
