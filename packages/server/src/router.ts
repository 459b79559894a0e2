import { router } from './trpc.js';
import { accessesRouter } from './areas/accesses/router.js';
import { agenciesRouter, agencyGrantsRouter } from './areas/agencies/router.js';
import { activityRouter } from './areas/activity/router.js';
import { apiUsersRouter } from './areas/api-users/router.js';
import { dashboardRouter } from './areas/dashboard/router.js';
import { clientRouter } from './areas/client/router.js';
import { activationRouter, contactsRouter } from './areas/contacts/router.js';
import { galleriesRouter } from './areas/galleries/router.js';
import { healthRouter } from './areas/health/router.js';
import { identityRouter } from './areas/identity/router.js';
import { jobsRouter } from './areas/jobs/router.js';
import { notificationsRouter } from './areas/notifications/router.js';
import { invitationsRouter, membersRouter } from './areas/members/router.js';
import { outboxRouter } from './areas/outbox/router.js';
import { permissionsRouter } from './areas/permissions/router.js';
import { publicGalleryRouter } from './areas/public-gallery/router.js';
import { termsRouter } from './areas/terms/router.js';
import { rolesRouter } from './areas/roles/router.js';
import { salesRouter } from './areas/sales/router.js';
import { masterRouter } from './areas/master-accounts/router.js';
import { masterUsersRouter } from './areas/master-users/router.js';
import { ticketsRouter } from './areas/tickets/router.js';
import { transactionsRouter } from './areas/transactions/router.js';
import { receiptsRouter } from './areas/receipts/router.js';
import { reportsRouter } from './areas/reports/router.js';
import { workspacesRouter } from './areas/workspaces/router.js';

export const appRouter = router({
  health: healthRouter,
  identity: identityRouter,
  workspaces: workspacesRouter,
  galleries: galleriesRouter,
  accesses: accessesRouter,
  client: clientRouter,
  publicGallery: publicGalleryRouter,
  outbox: outboxRouter,
  contacts: contactsRouter,
  activation: activationRouter,
  terms: termsRouter,
  jobs: jobsRouter,
  notifications: notificationsRouter,
  agencies: agenciesRouter,
  agencyGrants: agencyGrantsRouter,
  roles: rolesRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  apiUsers: apiUsersRouter,
  permissions: permissionsRouter,
  activity: activityRouter,
  dashboard: dashboardRouter,
  sales: salesRouter,
  master: masterRouter,
  masterUsers: masterUsersRouter,
  tickets: ticketsRouter,
  transactions: transactionsRouter,
  receipts: receiptsRouter,
  reports: reportsRouter,
});

export type AppRouter = typeof appRouter;
