import type { WorkspaceFeatures } from '@foyer/schema';
import type { Context } from '../../context.js';
import { disableFeature, enableFeature, featureNames, workspaceIdByHandle } from './queries.js';

export type WorkspaceFeature = keyof WorkspaceFeatures;
export const workspaceFeatures: WorkspaceFeature[] = ['agency'];

export async function featuresOf(ctx: Pick<Context, 'db'>, workspaceId: string): Promise<WorkspaceFeatures> {
  const on = new Set(await featureNames(ctx.db, workspaceId));
  return { agency: on.has('agency') };
}

/**
 * Switches a plan feature on or off. The operator does this (the CLI, the demo seed), never
 * the owner: agency access comes with the plan, not with a setting. Turning agency
 * access off keeps the grants, unusable until it is on again.
 */
export async function setFeature(ctx: Pick<Context, 'db' | 'clock'>, handle: string, feature: WorkspaceFeature, on: boolean): Promise<boolean> {
  const workspaceId = await workspaceIdByHandle(ctx.db, handle);
  if (!workspaceId) return false;
  if (on) await enableFeature(ctx.db, workspaceId, feature, ctx.clock.now());
  else await disableFeature(ctx.db, workspaceId, feature);
  return true;
}
