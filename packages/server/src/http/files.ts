import { Router, type Request, type Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { GalleryRef, Id, ItemMediaType, ItemName } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { createContextInner } from '../context.js';
import { verifyItemLink } from '../security/signed-links.js';
import { addItem, deleteItem, storedItem } from '../areas/galleries/service.js';
import { hasSizes, isPictureSize, pictureInSize, sizedMediaType } from '../areas/galleries/picture-sizes.js';
import { sendError } from './answers.js';
import { memberRoute, type RouteInput } from './member-route.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An upload's address, name and type: `PUT {api}/uploads/{workspace}/{galleryId}?name=…` with the
 * file's media type as Content-Type. `&expect=picture` (the studio's uploads) refuses any file
 * that is not a picture; without it, files delivered beside the pictures (a PDF) are kept too.
 * `&key={uuid}`, chosen by the sender, lets it cancel the upload with `galleries.cancelUpload`.
 */
const uploadInput: RouteInput<{ workspace: string; galleryId: string; name: string; mediaType: string; pictureOnly: boolean; uploadKey?: string }> = (req) => {
  const ref = GalleryRef.safeParse({ workspace: req.params.workspace, galleryId: req.params.galleryId });
  const name = ItemName.safeParse(req.query.name);
  const mediaType = ItemMediaType.safeParse((req.headers['content-type'] ?? '').split(';')[0]?.trim());
  if (!ref.success) return { ok: false, field: 'gallery' };
  if (!name.success) return { ok: false, field: 'name' };
  if (!mediaType.success) return { ok: false, field: 'content-type' };
  const key = req.query.key === undefined ? undefined : Id.safeParse(req.query.key);
  if (key && !key.success) return { ok: false, field: 'key' };
  return { ok: true, input: { ...ref.data, name: name.data, mediaType: mediaType.data, pictureOnly: req.query.expect === 'picture', uploadKey: key?.data } };
};

/**
 * File bytes do not travel through tRPC: uploads stream into the blob store through the
 * member door (memberRoute), and photos are served from signed, expiring addresses an <img>
 * can use — an <img> sends no bearer token, so the signature, made for a caller who could see
 * the item, is the credential.
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
    const file = await storedItem(createContextInner(deps), workspaceId, itemId);
    if (!file) return sendError(res, 404, 'ITEM_NOT_FOUND', 'This item does not exist.');
    const size = isPictureSize(req.query.size) && hasSizes(file.mediaType) ? req.query.size : undefined;
    const sized = size ? await pictureInSize(deps.blobs, file.blobKey, size).catch(() => null) : null;
    // A picture the image library cannot read is served as it is rather than not at all.
    const stream = sized ?? (await deps.blobs.get(file.blobKey));
    res.setHeader('Content-Type', sized ? sizedMediaType : file.mediaType);
    if (!sized) res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Files are uploaded by members, and the API may share the host site's origin: a file opened
    // on its own must never run script there. Pictures show inline; anything else downloads.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
    const disposition = /^image\/(jpeg|png|gif|webp|avif|svg\+xml)$/.test(file.mediaType) ? 'inline' : 'attachment';
    res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    try {
      await pipeline(stream, res);
    } catch {
      // The item's file is missing from the store, or the client left half-way.
      if (res.headersSent) return void res.destroy();
      for (const header of ['Content-Length', 'Content-Disposition', 'Cache-Control']) res.removeHeader(header);
      sendError(res, 404, 'ITEM_NOT_FOUND', 'The file of this item is missing.');
    }
  });

  router.put(
    '/uploads/:workspace/:galleryId',
    memberRoute(deps, { permission: 'galleries.manage', action: 'galleries.upload', input: uploadInput, upload: true }, async (ctx, { input, req, body }) => {
      const { galleryId, name, mediaType, pictureOnly, uploadKey } = input;
      const item = await addItem(ctx, { galleryId, name, mediaType, pictureOnly, uploadKey, body });
      // The sender left after its last byte and before the answer (a file cancelled just then):
      // nobody learns of the picture, so none is kept.
      if (req.socket.destroyed) return void (await deleteItem(ctx, { workspace: input.workspace, itemId: item.id }));
      return { status: 201, json: item };
    }),
  );

  return router;
}
