import { ListActivityInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as activity from './service.js';

export const activityRouter = router({
  /** Who changed what, when, and through which agency or API key: owners and holders of audit.view. */
  list: permittedProcedure('audit.view')
    .input(ListActivityInput)
    .query(({ ctx, input }) => activity.listActivity(ctx, input)),
});
