import { Router, type Request, type Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { ServerDeps } from '../context.js';
import { createContextInner } from '../context.js';
import { FoyerError } from '../errors.js';
import { verifyDownloadLink, type DownloadTarget } from '../security/signed-links.js';
import { galleryZip, itemDownload } from '../areas/client/downloads.js';
import { sendError, sendFoyerError } from './answers.js';
import { attachment, zipFileName } from './attachment.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The address's workspace, access and signature, once they have the form and the signature holds. */
function signedDownload(deps: ServerDeps, req: Request, res: Response, target: DownloadTarget): { workspaceId: string; accessId: string } | null {
  const workspaceId = String(req.params.workspaceId);
  const accessId = String(req.params.accessId);
  const targetId = target.kind === 'item' ? target.itemId : target.galleryId;
  const { exp, sig } = req.query;
  if (!uuid.test(workspaceId) || !uuid.test(accessId) || !uuid.test(targetId) || typeof exp !== 'string' || typeof sig !== 'string') {
    sendError(res, 400, 'INVALID_INPUT', 'The download address is not valid.');
    return null;
  }
  if (!verifyDownloadLink(deps.secret, workspaceId, accessId, target, exp, sig, deps.clock.now().getTime())) {
    sendError(res, 403, 'LINK_EXPIRED', 'This download address has expired. Reload the gallery.');
    return null;
  }
  return { workspaceId, accessId };
}

/** Answers a refusal; anything else (the database out of reach, a bug) goes on to the app's error handler. */
function refuse(res: Response, error: unknown): void {
  if (error instanceof FoyerError) sendFoyerError(res, error);
  else throw error;
}

/**
 * A client's downloads: `GET {api}/downloads/{workspace}/{access}/items/{item}` sends one
 * picture's original file as an attachment, `…/galleries/{gallery}.zip` the gallery's pictures
 * as one ZIP streamed as it is written (chunked; no length is known in advance). A link has no
 * bearer token, so the signed address, made for a client whose access allowed downloads, is the
 * credential; the access is checked again on every download.
 */
export function galleryDownloadsRouter(deps: ServerDeps): Router {
  const router = Router();

  router.get('/downloads/:workspaceId/:accessId/items/:itemId', async (req: Request, res: Response) => {
    const target: DownloadTarget = { kind: 'item', itemId: String(req.params.itemId) };
    const signed = signedDownload(deps, req, res, target);
    if (!signed) return;
    let file: Awaited<ReturnType<typeof itemDownload>>;
    try {
      file = await itemDownload(createContextInner(deps), signed.workspaceId, signed.accessId, target.itemId);
    } catch (error) {
      return refuse(res, error);
    }
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', attachment(file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    try {
      await pipeline(await file.open(), res);
    } catch {
      // The file is missing from the store, or the client left half-way.
      if (res.headersSent) return void res.destroy();
      for (const header of ['Content-Length', 'Content-Disposition', 'Content-Security-Policy']) res.removeHeader(header);
      sendError(res, 404, 'ITEM_NOT_FOUND', 'The file of this item is missing.');
    }
  });

  router.get('/downloads/:workspaceId/:accessId/galleries/:zipName', async (req: Request, res: Response) => {
    const zipName = String(req.params.zipName);
    const target: DownloadTarget = { kind: 'gallery', galleryId: zipName.endsWith('.zip') ? zipName.slice(0, -4) : '' };
    const signed = signedDownload(deps, req, res, target);
    if (!signed) return;
    let zip: Awaited<ReturnType<typeof galleryZip>>;
    try {
      zip = await galleryZip(createContextInner(deps), signed.workspaceId, signed.accessId, target.galleryId);
    } catch (error) {
      return refuse(res, error);
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', attachment(zipFileName(zip.title, 'gallery')));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await zip.write(res);
    } catch {
      // Half a ZIP is already on its way: cut the connection so the client sees a failed download, not a short file.
      res.destroy();
    }
  });

  return router;
}
