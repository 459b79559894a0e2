import { DashboardInput } from '@foyer/schema';
import { ownerProcedure, router } from '../../trpc.js';
import * as dashboard from './service.js';

export const dashboardRouter = router({
  /** A master account's sales per linked account and day, with totals: its owner only, whatever permissions a user holds. */
  sales: ownerProcedure.input(DashboardInput).query(({ ctx, input }) => dashboard.salesDashboard(ctx, input)),
});
