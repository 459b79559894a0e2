import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Readable } from 'node:stream';
import type { Permission } from '@foyer/schema';
import { ChangeNotes, whereChangeBelongs } from '../audit/change-notes.js';
import type { MemberContext } from '../callers/contexts.js';
import { memberCall } from '../callers/member-call.js';
import { bearerToken, createContextInner, type ServerDeps } from '../context.js';
import { forbidden } from '../errors.js';
import { allows } from '../security/principals.js';
import { answerRefusal, sendError } from './answers.js';
import { answerEndedUpload, uploadBody } from './upload-body.js';

/** What a route reads from a request before anyone is looked up: the workspace it names, and the rest of its input. */
export type RouteInput<I extends { workspace: string }> = (req: Request) => { ok: true; input: I } | { ok: false; field: string };

export interface MemberRouteOptions<I extends { workspace: string }> {
  /** The permission the route needs, or several of which any one will do (the service decides the rest). */
  permission: Permission | readonly Permission[];
  /** The activity log's name for what a successful change did, as a procedure's path names it. */
  action: string;
  input: RouteInput<I>;
  /** The request's body is a file to stream into the blob store (uploadBody). */
  upload?: boolean;
}

export interface RouteRequest<I> {
  input: I;
  req: Request;
  res: Response;
  /** The file being uploaded; only on routes with `upload`. */
  body: Readable;
}

/** What a route answers once its work is done; a route that streams its answer (a download) answers itself and returns nothing. */
export interface RouteAnswer {
  status: number;
  json: unknown;
}

/**
 * The door HTTP routes share with procedures: the caller is decided by the same resolver
 * (memberCall: a signed-in member, or an API key within its permissions), the route's
 * permission is checked the same way, refusals answer as tRPC says them, and a change that
 * succeeds is written to the activity log before it is answered. Reads (GET) are not
 * recorded, as queries are not.
 */
export function memberRoute<I extends { workspace: string }>(
  deps: ServerDeps,
  options: MemberRouteOptions<I>,
  handler: (ctx: MemberContext, request: RouteRequest<I>) => Promise<RouteAnswer | void>,
): RequestHandler {
  const needs: readonly Permission[] = typeof options.permission === 'string' ? [options.permission] : options.permission;
  const reads = (req: Request) => req.method === 'GET' || req.method === 'HEAD';
  return async (req: Request, res: Response, next: NextFunction) => {
    const parsed = options.input(req);
    if (!parsed.ok) return sendError(res, 400, 'INVALID_INPUT', `${parsed.field} is not valid.`);
    const input = parsed.input;
    // Started before the caller is looked up, so a client that leaves or stalls meanwhile is noticed.
    const body = options.upload ? uploadBody(req, res, deps.config) : (req as Readable);
    const request = createContextInner(deps, { token: bearerToken(req.headers.authorization), source: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? null });
    try {
      const call = await memberCall(request, input.workspace, reads(req) ? 'query' : 'mutation');
      if (!needs.some((permission) => allows(call, permission))) throw forbidden('FORBIDDEN');
      const audit = new ChangeNotes();
      const ctx: MemberContext = { ...request, ...call, audit };
      const answer = await handler(ctx, { input, req, res, body });
      if (!answer) return;
      // Recorded before the answer goes out: whoever reads the log after it finds the change there.
      if (!reads(req)) await audit.write(ctx, options.action, input, whereChangeBelongs(call));
      res.status(answer.status).json(answer.json);
    } catch (error) {
      if (answerEndedUpload(res, error) || answerRefusal(res, error)) return;
      next(error);
    }
  };
}
