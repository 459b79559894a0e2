import type { SendResult } from '@foyer/schema';
import type { Knex } from 'knex';
import type { MemberContext } from '../../callers/contexts.js';
import type { ServerDeps } from '../../context.js';
import { mailLanguage, workspaceLanguage } from '../../localization/mail-language.js';
import { expiryReminder, galleryAdded } from '../../mail/messages/clients.js';
import { galleryTitles } from '../galleries/queries.js';
import { entryUrlOf, statusOf, type AccessStanding } from './queries.js';

/**
 * Tells the client by mail which galleries were just added to their access, as its setting
 * says: `always`, or `ask` when the owner ticked "tell them" (`notify`). An access without an
 * email, disabled or expired, or with nothing new added, gets nothing.
 */
export async function tellOfNewGalleries(ctx: MemberContext, access: AccessStanding, newGalleryIds: readonly string[], notify: boolean | undefined): Promise<SendResult | null> {
  const wanted = access.gallery_mail === 'always' || (access.gallery_mail === 'ask' && notify === true);
  if (!wanted || statusOf(access, ctx.clock.now()) !== 'active' || !access.email || newGalleryIds.length === 0) return null;
  const titles = await galleryTitles(ctx.db, ctx.workspace.id, newGalleryIds);
  const language = await mailLanguage(ctx, { workspaceId: ctx.workspace.id });
  const link = await entryUrlOf(ctx.db, ctx.workspace.id);
  const { subject, body } = galleryAdded[language]({ workspaceName: ctx.workspace.name, accessName: access.name, titles, link });
  await ctx.mailer.send({ workspaceId: ctx.workspace.id, to: access.email, subject, body });
  return { sentTo: access.email, transport: ctx.mailer.transport };
}

interface DueReminder {
  id: string;
  workspace_id: string;
  workspace_name: string;
  name: string;
  email: string;
  expires_at: Date;
}

/** Accesses whose reminder is due now and not yet sent, claimed so that no other sweep sends it too. */
async function claimDueReminders(db: Knex, now: Date): Promise<DueReminder[]> {
  return db.transaction(async (trx) => {
    const due = await trx('client_accesses as a')
      .join('workspaces as w', 'w.id', 'a.workspace_id')
      .select('a.id', 'a.workspace_id', 'w.name as workspace_name', 'a.name', 'a.email', 'a.expires_at')
      .whereNotNull('a.expiry_reminder_days')
      .whereNull('a.expiry_reminded_at')
      .whereNotNull('a.email')
      .whereNull('a.disabled_at')
      .where('a.expires_at', '>', now)
      .whereRaw("a.expires_at - a.expiry_reminder_days * interval '1 day' <= ?", [now])
      .forUpdate('a')
      .skipLocked();
    if (due.length > 0)
      await trx('client_accesses')
        .whereIn(
          'id',
          due.map((d) => d.id),
        )
        .update({ expiry_reminded_at: now });
    return due;
  });
}

/**
 * Sends each client whose access asks for it the reminder that it expires soon, once: run by
 * the server's hourly housekeeping. The claim is made before the mail goes, so a mail server
 * that fails loses one reminder rather than sending it twice.
 */
export async function sendExpiryReminders(deps: Pick<ServerDeps, 'db' | 'mailer' | 'clock'>, now: Date = deps.clock.now()): Promise<number> {
  const due = await claimDueReminders(deps.db, now);
  for (const access of due) {
    const language = (await workspaceLanguage(deps.db, access.workspace_id)) ?? 'en';
    const link = await entryUrlOf(deps.db, access.workspace_id);
    const { subject, body } = expiryReminder[language]({ workspaceName: access.workspace_name, accessName: access.name, expiresAt: new Date(access.expires_at), link });
    await deps.mailer.send({ workspaceId: access.workspace_id, to: access.email, subject, body });
  }
  return due.length;
}
