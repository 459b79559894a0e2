import { randomUUID } from 'node:crypto';
import type { CreateWorkspaceInput, UpdateWorkspaceInput, WorkspacePublic, WorkspaceSettings } from '@foyer/schema';
import type { SignedInContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { conflict, forbidden, isUniqueViolation } from '../../errors.js';
import type { WorkspaceRef } from '../../security/principals.js';
import type { MembershipKind } from '../../security/principals.js';
import { isAgencyAccount } from '../agencies/queries.js';

/** A new workspace, with the identity that creates it as its owner. */
export async function createWorkspace(ctx: SignedInContext, ownerId: string, input: CreateWorkspaceInput): Promise<WorkspacePublic> {
  // An agency account exists only to reach its clients' workspaces (seeds/001).
  if (await isAgencyAccount(ctx.db, ownerId)) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
  const id = randomUUID();
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (trx) => {
      await trx('workspaces').insert({
        id,
        handle: input.handle,
        name: input.name,
        catalog_template: input.template,
        entry_url: input.entryUrl ?? null,
        gallery_url: input.galleryUrl ?? null,
        activation_url: input.activationUrl ?? null,
        created_at: now,
      });
      await trx('memberships').insert({ workspace_id: id, identity_id: ownerId, kind: 'owner', created_at: now });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('HANDLE_TAKEN');
    throw error;
  }
  ctx.audit.changeIn(id, { identityId: ownerId, kind: 'owner' });
  ctx.audit.note({ template: input.template });
  return { handle: input.handle, name: input.name };
}

async function settingsOf(ctx: Context, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await ctx
    .db('workspaces')
    .select('handle', 'name', 'catalog_template', 'entry_url', 'gallery_url', 'activation_url', 'require_second_factor')
    .where({ id: workspaceId })
    .first();
  return {
    handle: row.handle,
    name: row.name,
    template: row.catalog_template,
    entryUrl: row.entry_url,
    galleryUrl: row.gallery_url,
    activationUrl: row.activation_url,
    requireSecondFactor: row.require_second_factor,
  };
}

export function workspaceSettings(ctx: Context, workspace: WorkspaceRef): Promise<WorkspaceSettings> {
  return settingsOf(ctx, workspace.id);
}

/** Who changes the settings: the second-factor policy is the owner's alone. */
export interface SettingsActor {
  kind: MembershipKind;
  /** The session passed a second factor when it signed in. */
  secondFactorPassed: boolean;
}

export async function updateWorkspace(ctx: Context, workspace: WorkspaceRef, input: UpdateWorkspaceInput, actor: SettingsActor): Promise<WorkspaceSettings> {
  const changes: Record<string, unknown> = {};
  if (input.requireSecondFactor !== undefined) {
    if (actor.kind !== 'owner') throw forbidden('OWNER_ONLY');
    // The policy binds the owner too: turning it on without having passed it would lock them out.
    if (input.requireSecondFactor && !actor.secondFactorPassed) throw forbidden('SECOND_FACTOR_NEEDED_FIRST');
    changes.require_second_factor = input.requireSecondFactor;
  }
  if (input.name !== undefined) changes.name = input.name;
  if (input.entryUrl !== undefined) changes.entry_url = input.entryUrl;
  if (input.galleryUrl !== undefined) changes.gallery_url = input.galleryUrl;
  if (input.activationUrl !== undefined) changes.activation_url = input.activationUrl;
  if (Object.keys(changes).length > 0) await ctx.db('workspaces').where({ id: workspace.id }).update(changes);
  return settingsOf(ctx, workspace.id);
}

export function publicInfo(workspace: WorkspaceRef): WorkspacePublic {
  return { handle: workspace.handle, name: workspace.name };
}
