import type { MemberContext } from '../../callers/contexts.js';
import { outboxMessages } from '../../mail/outbox-messages.js';

/** The newest messages the workspace sent or queued, without the workspace each names. */
export async function listOutbox(ctx: MemberContext) {
  const messages = await outboxMessages(ctx, { workspaceId: ctx.workspace.id, limit: 100 });
  return messages.map(({ workspaceId: _workspace, ...message }) => message);
}
