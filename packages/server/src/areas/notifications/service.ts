import type { NotificationCategory, NotifyResult } from '@foyer/schema';
import type { Context } from '../../context.js';
import type { WorkspaceRef } from '../../security/principals.js';

const categoryNames: Record<NotificationCategory, string> = {
  general: 'general',
  product: 'product',
  domain: 'domain',
  invoice: 'billing',
  support: 'support',
  affiliate: 'affiliate',
};

/**
 * Mails the host's notification to exactly the contacts subscribed to its category. It is a
 * notice, never a document: an invoice notification says an invoice was issued, with no
 * attachment (seeds/002). Deactivated contacts receive nothing.
 */
export async function notifyContacts(
  ctx: Context,
  workspace: WorkspaceRef,
  input: { category: NotificationCategory; subject: string; text: string },
): Promise<NotifyResult> {
  const recipients: Array<{ email: string; name: string }> = await ctx
    .db('contacts')
    .select('email', 'name')
    .where({ workspace_id: workspace.id })
    .whereNot({ status: 'deactivated' })
    .whereRaw('notifications @> ?::jsonb', [JSON.stringify([input.category])])
    .orderBy('email');
  for (const recipient of recipients) {
    await ctx.mailer.send({
      workspaceId: workspace.id,
      to: recipient.email,
      subject: input.subject,
      body: [
        `Hello ${recipient.name},`,
        '',
        input.text,
        '',
        `You receive this because you chose ${categoryNames[input.category]} notifications from ${workspace.name}.`,
      ].join('\n'),
    });
  }
  return { sentTo: recipients.length };
}
