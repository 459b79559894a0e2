import type { AgencyGrant, CatalogTemplate, ChangeAgencyRoleInput, GrantAgencyInput, LinkRequested, RegisterAgencyInput } from '@foyer/schema';
import type { Context } from '../../context.js';
import { conflict, forbidden, isUniqueViolation, notFound } from '../../errors.js';
import { requestSignUp } from '../identity/sign-up.js';
import type { WorkspaceRef } from '../../security/principals.js';
import { agencyGrantRows, hasFeature } from './queries.js';
import { describeRole, roleColumns } from './roles.js';

/**
 * An agency account: its own identity, with an email used for nothing else. It is asked for
 * like any account — confirmed by a mailed link, with one answer whatever the address — and
 * must turn on its second factor before any grant opens.
 */
export function register(ctx: Context, input: RegisterAgencyInput): Promise<LinkRequested> {
  return requestSignUp(ctx, { ...input, agency: true });
}

/** Agency access is a plan feature (Enterprise only in the seed), set by the operator. */
async function requireAgencyFeature(ctx: Context, workspace: WorkspaceRef): Promise<void> {
  if (!(await hasFeature(ctx.db, workspace.id, 'agency'))) throw forbidden('AGENCY_FEATURE_OFF');
}

async function grantOf(ctx: Context, workspace: WorkspaceRef, template: CatalogTemplate, agencyId: string): Promise<AgencyGrant> {
  const row = await agencyGrantRows(ctx.db, workspace.id).andWhere('m.identity_id', agencyId).first();
  if (!row) throw notFound('AGENCY_GRANT_NOT_FOUND');
  return toGrant(template, row);
}

function toGrant(template: CatalogTemplate, row: Awaited<ReturnType<typeof agencyGrantRows>>[number]): AgencyGrant {
  return {
    agencyId: row.identity_id,
    email: row.email,
    name: row.name,
    role: describeRole(template, row),
    secondFactorOn: Boolean(row.second_factor_on),
    grantedAt: new Date(row.created_at).toISOString(),
  };
}

export async function listGrants(ctx: Context, workspace: WorkspaceRef, template: CatalogTemplate): Promise<AgencyGrant[]> {
  await requireAgencyFeature(ctx, workspace);
  const rows = await agencyGrantRows(ctx.db, workspace.id).orderBy('i.email');
  return rows.map((row) => toGrant(template, row));
}

/** Grants an agency account access by its email, with a role of the workspace. */
export async function grant(ctx: Context, workspace: WorkspaceRef, template: CatalogTemplate, input: GrantAgencyInput): Promise<AgencyGrant> {
  await requireAgencyFeature(ctx, workspace);
  const agency = await ctx.db('identities').select('id', 'is_agency').whereRaw('lower(email) = ?', [input.agencyEmail]).first();
  if (!agency?.is_agency) throw notFound('NOT_AN_AGENCY_ACCOUNT');
  const columns = await roleColumns(ctx.db, workspace.id, template, input.role);
  try {
    await ctx.db('memberships').insert({ workspace_id: workspace.id, identity_id: agency.id, kind: 'agency', ...columns, created_at: ctx.clock.now() });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('ALREADY_IN_WORKSPACE');
    throw error;
  }
  return grantOf(ctx, workspace, template, agency.id);
}

/** A new role, in force from the agency's next request. */
export async function changeRole(ctx: Context, workspace: WorkspaceRef, template: CatalogTemplate, input: ChangeAgencyRoleInput): Promise<AgencyGrant> {
  await requireAgencyFeature(ctx, workspace);
  const columns = await roleColumns(ctx.db, workspace.id, template, input.role);
  const changed = await ctx.db('memberships').where({ workspace_id: workspace.id, identity_id: input.agencyId, kind: 'agency' }).update(columns, ['identity_id']);
  if (changed.length !== 1) throw notFound('AGENCY_GRANT_NOT_FOUND');
  return grantOf(ctx, workspace, template, input.agencyId);
}

/**
 * Ends a grant. Every request resolves the membership afresh, so the agency's next request is
 * refused. Revoking stays possible when the plan has lost the feature.
 */
export async function revoke(ctx: Context, workspace: WorkspaceRef, agencyId: string): Promise<void> {
  const removed = await ctx.db('memberships').where({ workspace_id: workspace.id, identity_id: agencyId, kind: 'agency' }).delete(['identity_id']);
  if (removed.length !== 1) throw notFound('AGENCY_GRANT_NOT_FOUND');
}
