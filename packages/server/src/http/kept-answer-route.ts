import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { WireForm } from '../cache/wire-body.js';
import { matchesEtag } from '../cache/entity-tags.js';
import { acceptsGzip, gzippedOnce } from '../cache/compressed.js';

/**
 * A query's input and how it came, from either form a client sends a GET in (on its own, and as
 * the batch of one the elements send); null for anything else — a batch of several calls,
 * input that does not parse or does not fit — which then goes on to tRPC unchanged.
 */
export function queryCall<S extends z.ZodType>(req: Request, schema: S): { input: z.output<S>; form: WireForm } | null {
  const { batch, input } = req.query;
  if (req.method !== 'GET' || typeof input !== 'string' || (batch !== undefined && batch !== '1')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return null;
  }
  const form: WireForm = batch === '1' ? 'batch' : 'single';
  let call = parsed;
  if (form === 'batch') {
    // A batch of one holds its input under "0", as httpBatchLink writes it.
    if (!parsed || typeof parsed !== 'object' || Object.keys(parsed).join() !== '0') return null;
    call = (parsed as Record<string, unknown>)['0'];
  }
  // A schema whose own checks throw on input of the wrong shape is tRPC's to answer, as a bad request.
  try {
    const checked = schema.safeParse(call);
    return checked.success ? { input: checked.data, form } : null;
  } catch {
    return null;
  }
}

/** A kept answer, as its procedure would have answered: what it is, and its bytes when the client's copy is not current. */
export interface KeptAnswer {
  etag: string;
  body(form: WireForm): Promise<Buffer>;
}

/** What a kept answer's route sends: its tag, and its bytes unless the client's copy is current (null: 304), gzipped where the client takes it. */
export interface KeptReply {
  etag: string;
  body: Buffer | null;
  gzipped: boolean;
}

/** The reply to a request for a kept answer: built (or found kept) before anything is sent, so a failure can still go on to tRPC. */
export async function keptReply(req: Request, answer: KeptAnswer, form: WireForm): Promise<KeptReply> {
  if (matchesEtag(req.headers['if-none-match'], answer.etag)) return { etag: answer.etag, body: null, gzipped: false };
  const plain = await answer.body(form);
  const packed = acceptsGzip(req.headers['accept-encoding']) ? gzippedOnce(plain) : null;
  return { etag: answer.etag, body: packed ?? plain, gzipped: packed !== null };
}

/**
 * Sends a kept answer with its entity tag: 304 Not Modified when the client holds the current
 * copy, otherwise the bytes with the headers tRPC sends with a query's answer (and the length it
 * leaves out), compressed where the client takes gzip.
 */
export function sendKeptReply(res: Response, { etag, body, gzipped }: KeptReply): void {
  res.setHeader('ETag', etag);
  res.vary('accept-encoding');
  if (!body) return void res.status(304).end();
  res.status(200).setHeader('Content-Type', 'application/json');
  res.vary('trpc-accept').vary('accept');
  if (gzipped) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', String(body.length));
  res.end(body);
}
