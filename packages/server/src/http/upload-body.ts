import { Transform, type Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { errorMessages } from '@foyer/schema';
import { sendError } from './answers.js';

/** The client sent too little in one window: the upload is ended and answered with 408. */
export class UploadTooSlowError extends Error {
  constructor() {
    super('the upload was slower than the minimum rate');
  }
}

/** The client went away before the body was complete: there is no one left to answer. */
export class UploadAbortedError extends Error {
  constructor() {
    super('the client ended the upload before it was complete');
  }
}

export interface UploadPace {
  minUploadBytesPerSecond: number;
  uploadPaceWindowMs: number;
}

/**
 * An upload's body as the blob store should read it. It fails with UploadTooSlowError when a
 * window of `uploadPaceWindowMs` (the first one starting now) brings fewer bytes than the
 * minimum rate asks for, and with UploadAbortedError when the client goes away; either way the
 * store removes what it had written. The pace is real time on purpose: it measures a network,
 * not a rule about dates, so the injected clock has no say in it.
 */
export function uploadBody(req: Request, res: Response, pace: UploadPace): Readable {
  let received = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(null, chunk);
    },
  });
  const minimum = (pace.minUploadBytesPerSecond * pace.uploadPaceWindowMs) / 1000;
  const timer = setInterval(() => {
    if (received < minimum) {
      // Unpiped, not destroyed: the request's socket must stay open for the 408.
      req.unpipe(body);
      body.destroy(new UploadTooSlowError());
    }
    received = 0;
  }, pace.uploadPaceWindowMs);
  const stop = () => clearInterval(timer);
  body.on('close', stop);
  res.on('close', stop);
  // A route that answers before reading (a refused sign-in) never reads the body, nor its error.
  body.on('error', () => {});
  req.on('close', () => {
    if (!req.complete) body.destroy(new UploadAbortedError());
  });
  req.pipe(body);
  return body;
}

/**
 * Answers an upload the body ended: 408 for a client too slow, nothing for one that went away.
 * False for any other error, which the route's own handling answers.
 */
export function answerEndedUpload(res: Response, error: unknown): boolean {
  if (error instanceof UploadAbortedError) {
    res.destroy();
    return true;
  }
  if (error instanceof UploadTooSlowError) {
    // The rest of the body is not read: the connection ends with the answer.
    res.setHeader('Connection', 'close');
    sendError(res, 408, 'UPLOAD_TOO_SLOW', errorMessages.UPLOAD_TOO_SLOW);
    return true;
  }
  return false;
}
