import { Router } from 'express';
import { ContactRef } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { writeContactBackup } from '../areas/contacts/backup.js';
import { findContact } from '../areas/contacts/queries.js';
import { actionPermission, requireAction } from '../areas/contacts/actions.js';
import { attachment, zipFileName } from './attachment.js';
import { memberRoute, type RouteInput } from './member-route.js';

/** `Content-Disposition` for "<contact name>.zip". */
export function zipDisposition(contactName: string): string {
  return attachment(zipFileName(contactName, 'contact'));
}

const backupInput: RouteInput<{ workspace: string; contactId: string }> = (req) => {
  const ref = ContactRef.safeParse({ workspace: req.params.workspace, contactId: req.params.contactId });
  return ref.success ? { ok: true, input: ref.data } : { ok: false, field: ref.error.issues[0]?.path.join('.') || 'address' };
};

/**
 * Back up user data: `GET {api}/contacts/{workspace}/{contactId}/backup` streams the contact's
 * ZIP to the client as it is written (chunked; no length is known in advance).
 */
export function contactBackupRouter(deps: ServerDeps): Router {
  const router = Router();
  const options = { permission: actionPermission.backup, action: 'contacts.backup', input: backupInput };
  router.get(
    '/contacts/:workspace/:contactId/backup',
    memberRoute(deps, options, async (ctx, { input, res }) => {
      const contact = await findContact(ctx.db, ctx.workspace.id, input.contactId);
      requireAction(contact, 'backup');
      res.status(200);
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', zipDisposition(contact.name));
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      try {
        await writeContactBackup(ctx, contact, res);
      } catch {
        // Half a ZIP is already on its way: cut the connection so the client sees a failed download, not a short file.
        res.destroy();
      }
    }),
  );
  return router;
}
