import type { AgencyGrant, AgencyGrantRef, ChangeAgencyRoleInput, GrantAgencyInput, LinkRequested, Ok, RegisterAgencyInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext, PublicContext } from '../../callers/contexts.js';
import { conflict, forbidden, isUniqueViolation, notFound } from '../../errors.js';
import { requestSignUp } from '../identity/sign-up.js';
import { agencyGrantRows, deleteAgencyGrant, hasFeature, identityByEmail, insertAgencyGrant, updateAgencyGrant } from './queries.js';
import { describeRole, roleColumns } from './roles.js';

/**
 * An agency account: its own identity, with an email used for nothing else. It is asked for
 * like any account — confirmed by a mailed link, with one answer whatever the address — and
 * must turn on its second factor before any grant opens.
 */
export function register(ctx: PublicContext, input: z.output<typeof RegisterAgencyInput>): Promise<LinkRequested> {
  return requestSignUp(ctx, { ...input, agency: true });
}

/** Agency access is a plan feature, set by the operator. */
async function requireAgencyFeature(ctx: MemberContext): Promise<void> {
  if (!(await hasFeature(ctx.db, ctx.workspace.id, 'agency'))) throw forbidden('AGENCY_FEATURE_OFF');
}

async function grantOf(ctx: MemberContext, agencyId: string): Promise<AgencyGrant> {
  const row = await agencyGrantRows(ctx.db, ctx.workspace.id).andWhere('m.identity_id', agencyId).first();
  if (!row) throw notFound('AGENCY_GRANT_NOT_FOUND');
  return toGrant(ctx, row);
}

function toGrant(ctx: MemberContext, row: Awaited<ReturnType<typeof agencyGrantRows>>[number]): AgencyGrant {
  return {
    agencyId: row.identity_id,
    email: row.email,
    name: row.name,
    role: describeRole(ctx.catalog, row),
    secondFactorOn: Boolean(row.second_factor_on),
    grantedAt: new Date(row.created_at).toISOString(),
  };
}

export async function listGrants(ctx: MemberContext): Promise<AgencyGrant[]> {
  await requireAgencyFeature(ctx);
  const rows = await agencyGrantRows(ctx.db, ctx.workspace.id).orderBy('i.email');
  return rows.map((row) => toGrant(ctx, row));
}

/** Grants an agency account access by its email, with a role of the workspace. */
export async function grant(ctx: MemberContext, input: z.output<typeof GrantAgencyInput>): Promise<AgencyGrant> {
  await requireAgencyFeature(ctx);
  const agency = await identityByEmail(ctx.db, input.agencyEmail);
  if (!agency?.is_agency) throw notFound('NOT_AN_AGENCY_ACCOUNT');
  const columns = await roleColumns(ctx, input.role);
  try {
    await insertAgencyGrant(ctx.db, { workspace_id: ctx.workspace.id, identity_id: agency.id, ...columns, created_at: ctx.clock.now() });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('ALREADY_IN_WORKSPACE');
    throw error;
  }
  const granted = await grantOf(ctx, agency.id);
  ctx.audit.note({ agency: granted.email, agencyId: granted.agencyId, role: granted.role.name });
  return granted;
}

/** A new role, in force from the agency's next request. */
export async function changeRole(ctx: MemberContext, input: z.output<typeof ChangeAgencyRoleInput>): Promise<AgencyGrant> {
  await requireAgencyFeature(ctx);
  const columns = await roleColumns(ctx, input.role);
  if (!(await updateAgencyGrant(ctx.db, ctx.workspace.id, input.agencyId, { ...columns }))) throw notFound('AGENCY_GRANT_NOT_FOUND');
  const changed = await grantOf(ctx, input.agencyId);
  ctx.audit.note({ agency: changed.email, role: changed.role.name });
  return changed;
}

/**
 * Ends a grant. Every request resolves the membership afresh, so the agency's next request is
 * refused. Revoking stays possible when the plan has lost the feature.
 */
export async function revoke(ctx: MemberContext, input: z.output<typeof AgencyGrantRef>): Promise<Ok> {
  if (!(await deleteAgencyGrant(ctx.db, ctx.workspace.id, input.agencyId))) throw notFound('AGENCY_GRANT_NOT_FOUND');
  return { ok: true };
}
