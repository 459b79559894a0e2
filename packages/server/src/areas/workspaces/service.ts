import { randomUUID } from 'node:crypto';
import type { CreateWorkspaceInput, UpdateWorkspaceInput, WorkspaceFeatures, WorkspacePublic, WorkspaceSettings } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext, PublicWorkspaceContext, SignedInContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { conflict, forbidden, isUniqueViolation } from '../../errors.js';
import { isAgencyAccount } from '../agencies/queries.js';
import { featuresOf } from './features.js';
import { insertOwner, insertWorkspace, settingsRecord, updateWorkspaceRow } from './queries.js';

/** A new workspace, with the identity that creates it as its owner. */
export async function createWorkspace(ctx: SignedInContext, input: z.output<typeof CreateWorkspaceInput>): Promise<WorkspacePublic> {
  const ownerId = ctx.identityId;
  // An agency account exists only to reach its clients' workspaces, never to own one.
  if (await isAgencyAccount(ctx.db, ownerId)) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
  const id = randomUUID();
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (trx) => {
      await insertWorkspace(trx, {
        id,
        handle: input.handle,
        name: input.name,
        catalog_template: input.template,
        entry_url: input.entryUrl ?? null,
        gallery_url: input.galleryUrl ?? null,
        activation_url: input.activationUrl ?? null,
        created_at: now,
      });
      await insertOwner(trx, id, ownerId, now);
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
  const row = await settingsRecord(ctx.db, workspaceId);
  return {
    handle: row.handle,
    name: row.name,
    template: row.catalog_template,
    entryUrl: row.entry_url,
    galleryUrl: row.gallery_url,
    activationUrl: row.activation_url,
    requireSecondFactor: row.require_second_factor,
    passwordPolicy: row.password_policy,
    accountEmail: row.account_email,
    language: row.language,
  };
}

export function workspaceSettings(ctx: MemberContext): Promise<WorkspaceSettings> {
  return settingsOf(ctx, ctx.workspace.id);
}

/** Changes the settings; the second-factor policy is the owner's alone, and binds them too. */
export async function updateWorkspace(ctx: MemberContext, input: z.output<typeof UpdateWorkspaceInput>): Promise<WorkspaceSettings> {
  const changes: Record<string, unknown> = {};
  if (input.requireSecondFactor !== undefined) {
    if (ctx.kind !== 'owner') throw forbidden('OWNER_ONLY');
    // The policy binds the owner too: turning it on without having passed it would lock them out.
    if (input.requireSecondFactor && !ctx.session?.secondFactorAt) throw forbidden('SECOND_FACTOR_NEEDED_FIRST');
    changes.require_second_factor = input.requireSecondFactor;
  }
  if (input.passwordPolicy !== undefined || input.accountEmail !== undefined) {
    if (ctx.kind !== 'owner') throw forbidden('OWNER_ONLY');
    if (input.passwordPolicy !== undefined) changes.password_policy = input.passwordPolicy;
    if (input.accountEmail !== undefined) changes.account_email = input.accountEmail;
  }
  if (input.name !== undefined) changes.name = input.name;
  if (input.entryUrl !== undefined) changes.entry_url = input.entryUrl;
  if (input.galleryUrl !== undefined) changes.gallery_url = input.galleryUrl;
  if (input.activationUrl !== undefined) changes.activation_url = input.activationUrl;
  if (input.language !== undefined) changes.language = input.language;
  if (Object.keys(changes).length > 0) await updateWorkspaceRow(ctx.db, ctx.workspace.id, changes);
  return settingsOf(ctx, ctx.workspace.id);
}

/** What a visitor of the workspace's public pages may know: its name. */
export function publicInfo(ctx: PublicWorkspaceContext): WorkspacePublic {
  return { handle: ctx.workspace.handle, name: ctx.workspace.name };
}

/** The plan's features, which the operator sets and the owner sees. */
export function features(ctx: MemberContext): Promise<WorkspaceFeatures> {
  return featuresOf(ctx, ctx.workspace.id);
}
