import type { Dashboard, DashboardInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { entityTag } from '../../cache/entity-tags.js';
import { wireBody } from '../../cache/wire-body.js';
import type { KeptAnswer } from '../../http/kept-answer-route.js';
import { badRequest } from '../../errors.js';
import { accountsWithSalesVersions, salesSums } from './queries.js';
import { dashboardOf, inColourOrder } from './service.js';

export interface DashboardAnswer extends KeptAnswer {
  dashboard(): Promise<Dashboard>;
}

/**
 * A master account's dashboard as every door answers it (the procedure, and the HTTP route that
 * serves the elements' request from kept bytes). One query reads the linked accounts with the
 * versions of their daily sales; the dashboard is kept under those versions, the accounts'
 * names and the period, so it is summed and serialized again only once something it shows has
 * changed — a sale recorded, an account renamed, linked or unlinked. Only the master account's
 * owner asks (ownerProcedure); other workspaces have no linked accounts to add up.
 */
export async function dashboardAnswer(ctx: MemberContext, input: z.output<typeof DashboardInput>): Promise<DashboardAnswer> {
  if (ctx.workspaceKind !== 'master') throw badRequest('NOT_A_MASTER_ACCOUNT');
  const accounts = (await accountsWithSalesVersions(ctx.db, ctx.workspace.id)).sort(inColourOrder);
  const key = JSON.stringify([ctx.workspace.id, input.from, input.to, accounts.map((a) => [a.id, a.sales_version, a.handle, a.name])]);
  const kept = ctx.kept.dashboards;
  let built: Promise<Dashboard> | undefined;
  const dashboard = () =>
    (built ??= (async () => {
      const found = kept.get(key);
      if (found) return found;
      const made = dashboardOf(
        accounts,
        await salesSums(
          ctx.db,
          accounts.map((a) => a.id),
          input,
        ),
        input,
      );
      kept.set(key, made);
      return made;
    })());
  return { etag: kept.tagFor(key, entityTag), dashboard, body: async (form) => wireBody(await dashboard(), form) };
}
