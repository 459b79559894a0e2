import { Router, type Request, type Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { GalleryRef, ItemMediaType, ItemName } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { createContextInner, bearerToken } from '../context.js';
import { FoyerError } from '../errors.js';
import { findSession } from '../security/sessions.js';
import { verifyItemLink } from '../security/signed-links.js';
import { resolveMembership } from '../security/principals.js';
import { addItem, itemFile } from '../areas/galleries/service.js';
import { answerEndedUpload, uploadBody } from './upload-body.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * File bytes do not travel through tRPC: uploads stream into the blob store, and photos are
 * served from signed, expiring addresses an <img> can use.
 */
export function filesRouter(deps: ServerDeps): Router {
  const router = Router();

  router.get('/files/:workspaceId/:itemId', async (req: Request, res: Response) => {
    const workspaceId = String(req.params.workspaceId);
    const itemId = String(req.params.itemId);
    const { exp, sig } = req.query;
    if (!uuid.test(workspaceId) || !uuid.test(itemId) || typeof exp !== 'string' || typeof sig !== 'string') {
      return sendError(res, 400, 'INVALID_INPUT', 'The file address is not valid.');
    }
    if (!verifyItemLink(deps.secret, workspaceId, itemId, exp, sig, deps.clock.now().getTime())) {
      return sendError(res, 403, 'LINK_EXPIRED', 'This file address has expired. Reload the gallery.');
    }
    const file = await itemFile(createContextInner(deps), workspaceId, itemId);
    if (!file) return sendError(res, 404, 'ITEM_NOT_FOUND', 'This item does not exist.');
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Files are uploaded by members, and the API may share the host site's origin: a file opened
    // on its own must never run script there. Pictures show inline; anything else downloads.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
    const disposition = /^image\/(jpeg|png|gif|webp|avif|svg\+xml)$/.test(file.mediaType) ? 'inline' : 'attachment';
    res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    try {
      await pipeline(file.stream, res);
    } catch {
      // The item's file is missing from the store, or the client left half-way.
      if (res.headersSent) return void res.destroy();
      for (const header of ['Content-Length', 'Content-Disposition', 'Cache-Control']) res.removeHeader(header);
      sendError(res, 404, 'ITEM_NOT_FOUND', 'The file of this item is missing.');
    }
  });

  router.put('/uploads/:workspace/:galleryId', async (req: Request, res: Response) => {
    const ref = GalleryRef.safeParse({ workspace: req.params.workspace, galleryId: req.params.galleryId });
    const name = ItemName.safeParse(req.query.name);
    const mediaType = ItemMediaType.safeParse((req.headers['content-type'] ?? '').split(';')[0]?.trim());
    if (!ref.success || !name.success || !mediaType.success) {
      const field = !ref.success ? 'gallery' : !name.success ? 'name' : 'content-type';
      return sendError(res, 400, 'INVALID_INPUT', `${field} is not valid.`);
    }
    const ctx = createContextInner(deps, { token: bearerToken(req.headers.authorization), source: req.ip ?? 'unknown' });
    const body = uploadBody(req, res, deps.config);
    try {
      const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
      if (!session || session.kind !== 'identity' || !session.identityId) {
        return sendError(res, 401, 'NOT_SIGNED_IN', 'Sign in to continue.');
      }
      const member = await resolveMembership(ctx.db, session.identityId, ref.data.workspace, session.secondFactorAt ? 'passed' : 'not-passed');
      if (!member.permissions.has('galleries.manage')) {
        return sendError(res, 403, 'FORBIDDEN', 'Your role in this workspace does not allow this.');
      }
      const item = await addItem(ctx, member.workspace, ref.data.galleryId, {
        name: name.data,
        mediaType: mediaType.data,
        body,
      });
      res.status(201).json(item);
    } catch (error) {
      if (answerEndedUpload(res, error)) return;
      if (error instanceof FoyerError) {
        const status = { NOT_FOUND: 404, FORBIDDEN: 403, BAD_REQUEST: 400, UNAUTHORIZED: 401 }[error.code as string] ?? 400;
        return sendError(res, status, error.appCode, error.message);
      }
      throw error;
    }
  });

  return router;
}
