import type { WorkspaceFeatures } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Clock } from '../../security/clock.js';
import { disableFeature, enableFeature, featureNames, workspaceIdByHandle } from './queries.js';

export type WorkspaceFeature = keyof WorkspaceFeatures;
export const workspaceFeatures: WorkspaceFeature[] = ['agency'];

export async function featuresOf(db: Knex, workspaceId: string): Promise<WorkspaceFeatures> {
  const on = new Set(await featureNames(db, workspaceId));
  return { agency: on.has('agency') };
}

/**
 * Switches a plan feature on or off. The operator does this (the CLI, the demo seed), never
 * the owner: agency access comes with the plan, not with a setting. Turning agency
 * access off keeps the grants, unusable until it is on again.
 */
export async function setFeature(db: Knex, clock: Clock, handle: string, feature: WorkspaceFeature, on: boolean): Promise<boolean> {
  const workspaceId = await workspaceIdByHandle(db, handle);
  if (!workspaceId) return false;
  if (on) await enableFeature(db, workspaceId, feature, clock.now());
  else await disableFeature(db, workspaceId, feature);
  return true;
}
