import { permittedProcedure, router } from '../../trpc.js';
import { listOutbox } from './service.js';

export const outboxRouter = router({
  /** The newest messages the workspace sent or queued, for the owner and the demo. */
  list: permittedProcedure('outbox.view').query(({ ctx }) => listOutbox(ctx)),
});
