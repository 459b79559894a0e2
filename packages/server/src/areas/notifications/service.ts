import { languageOf, type NotifyInput, type NotifyResult } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { mailLanguage } from '../../localization/mail-language.js';
import { notification } from '../../mail/messages/clients.js';
import { subscribedContacts } from './queries.js';

/**
 * Mails the host's notification to exactly the contacts subscribed to its category. It is a
 * notice, never a document: an invoice notification says an invoice was issued, with no
 * attachment. Deactivated contacts receive nothing.
 */
export async function notifyContacts(ctx: MemberContext, input: z.output<typeof NotifyInput>): Promise<NotifyResult> {
  const { workspace } = ctx;
  const recipients = await subscribedContacts(ctx.db, workspace.id, input.category);
  // The host writes its subject and text in its own language; Foyer's frame around them is in each contact's.
  const fallback = await mailLanguage(ctx, { workspaceId: workspace.id });
  for (const recipient of recipients) {
    const language = languageOf(recipient.language) ?? fallback;
    const text = notification[language]({ name: recipient.name, subject: input.subject, text: input.text, category: input.category, workspaceName: workspace.name });
    await ctx.mailer.send({ workspaceId: workspace.id, to: recipient.email, ...text });
  }
  return { sentTo: recipients.length };
}
