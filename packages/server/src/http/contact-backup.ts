import { Router, type Request, type Response } from 'express';
import { ContactRef, errorMessages } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { FoyerError } from '../errors.js';
import { writeContactBackup } from '../areas/contacts/backup.js';
import { allows } from '../security/principals.js';
import { findContact } from '../areas/contacts/queries.js';
import { actionPermission, requireAction } from '../areas/contacts/actions.js';
import { memberOf, sendError, sendFoyerError } from './member-request.js';

/** `Content-Disposition` for "<contact name>.zip": an ASCII fallback and the exact name, RFC 6266/5987. */
export function zipDisposition(contactName: string): string {
  const base = contactName.replace(/[\p{Cc}/\\:*?"<>|]/gu, '_').trim().slice(0, 100) || 'contact';
  const ascii = base.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `attachment; filename="${ascii}.zip"; filename*=UTF-8''${encodeURIComponent(`${base}.zip`)}`;
}

/**
 * Back up user data: `GET {api}/contacts/{workspace}/{contactId}/backup` streams the contact's
 * ZIP to the client as it is written (chunked; no length is known in advance).
 */
export function contactBackupRouter(deps: ServerDeps): Router {
  const router = Router();
  router.get('/contacts/:workspace/:contactId/backup', async (req: Request, res: Response) => {
    const ref = ContactRef.safeParse({ workspace: req.params.workspace, contactId: req.params.contactId });
    if (!ref.success) return sendError(res, 400, 'INVALID_INPUT', `${ref.error.issues[0]?.path.join('.') || 'address'} is not valid.`);
    const found = await memberOf(deps, req, res, ref.data.workspace);
    if (!found) return;
    const { ctx, member } = found;
    if (!allows(member, actionPermission.backup)) return sendError(res, 403, 'FORBIDDEN', errorMessages.FORBIDDEN);
    let contact;
    try {
      contact = await findContact(ctx.db, member.workspace.id, ref.data.contactId);
      requireAction(contact, 'backup');
    } catch (error) {
      if (error instanceof FoyerError) return sendFoyerError(res, error);
      throw error;
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', zipDisposition(contact.name));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await writeContactBackup(ctx, member.workspace, contact, res);
    } catch {
      // Half a ZIP is already on its way: cut the connection so the client sees a failed download, not a short file.
      res.destroy();
    }
  });
  return router;
}
