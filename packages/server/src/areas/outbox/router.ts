import { outboxMessages } from '../../mail/outbox-messages.js';
import { permittedProcedure, router } from '../../trpc.js';

export const outboxRouter = router({
  /** The newest messages the workspace sent or queued, for the owner and the demo. */
  list: permittedProcedure('outbox.view').query(async ({ ctx }) => {
    const messages = await outboxMessages(ctx, { workspaceId: ctx.workspace.id, limit: 100 });
    return messages.map(({ workspaceId: _workspace, ...message }) => message);
  }),
});
