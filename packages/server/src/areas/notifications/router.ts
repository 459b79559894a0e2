import { NotifyInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import { notifyContacts } from './service.js';

export const notificationsRouter = router({
  /** For the host's back-end: tell the contacts subscribed to a category that something happened. */
  notify: permittedProcedure('notifications.send')
    .input(NotifyInput)
    .mutation(({ ctx, input }) => notifyContacts(ctx, input)),
});
