import { DashboardInput } from '@foyer/schema';
import { ownerProcedure, router } from '../../trpc.js';
import { dashboardAnswer } from './dashboard-answer.js';

export const dashboardRouter = router({
  /** A master account's sales per linked account and day, with totals: its owner only, whatever permissions a user holds. */
  sales: ownerProcedure.input(DashboardInput).query(async ({ ctx, input }) => (await dashboardAnswer(ctx, input)).dashboard()),
});
