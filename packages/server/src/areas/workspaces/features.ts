import type { WorkspaceFeatures } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Clock } from '../../security/clock.js';

export type WorkspaceFeature = keyof WorkspaceFeatures;
export const workspaceFeatures: WorkspaceFeature[] = ['agency'];

export async function featuresOf(db: Knex, workspaceId: string): Promise<WorkspaceFeatures> {
  const rows: Array<{ feature: string }> = await db('workspace_features').select('feature').where({ workspace_id: workspaceId });
  const on = new Set(rows.map((r) => r.feature));
  return { agency: on.has('agency') };
}

/**
 * Switches a plan feature on or off. The operator does this (the CLI, the demo seed), never
 * the owner: agency access comes with the plan (seeds/001: Enterprise only). Turning agency
 * access off keeps the grants, unusable until it is on again.
 */
export async function setFeature(db: Knex, clock: Clock, handle: string, feature: WorkspaceFeature, on: boolean): Promise<boolean> {
  const workspace = await db('workspaces').select('id').where({ handle }).first();
  if (!workspace) return false;
  if (on) {
    await db('workspace_features').insert({ workspace_id: workspace.id, feature, enabled_at: clock.now() }).onConflict(['workspace_id', 'feature']).ignore();
  } else {
    await db('workspace_features').where({ workspace_id: workspace.id, feature }).delete();
  }
  return true;
}
