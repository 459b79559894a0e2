import { permittedProcedure, router } from '../../trpc.js';

export const outboxRouter = router({
  /** The newest messages the workspace sent or queued, for the owner and the demo. */
  list: permittedProcedure('outbox.view').query(async ({ ctx }) => {
    const rows = await ctx
      .db('outbox')
      .select('id', 'to_address', 'subject', 'body', 'transport', 'created_at', 'sent_at')
      .where({ workspace_id: ctx.workspace.id })
      .orderBy('created_at', 'desc')
      .limit(100);
    return rows.map((r: any) => ({
      id: r.id as string,
      to: r.to_address as string,
      subject: r.subject as string,
      body: r.body as string,
      transport: r.transport as 'smtp' | 'outbox',
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    }));
  }),
});
