import type { NotificationCategory, NotifyInput, NotifyResult } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { subscribedContacts } from './queries.js';

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
 * attachment. Deactivated contacts receive nothing.
 */
export async function notifyContacts(ctx: MemberContext, input: z.output<typeof NotifyInput>): Promise<NotifyResult> {
  const { workspace } = ctx;
  const recipients = await subscribedContacts(ctx.db, workspace.id, input.category);
  for (const recipient of recipients) {
    await ctx.mailer.send({
      workspaceId: workspace.id,
      to: recipient.email,
      subject: input.subject,
      body: [`Hello ${recipient.name},`, '', input.text, '', `You receive this because you chose ${categoryNames[input.category]} notifications from ${workspace.name}.`].join('\n'),
    });
  }
  return { sentTo: recipients.length };
}
