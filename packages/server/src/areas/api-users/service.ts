import { randomUUID } from 'node:crypto';
import type { ApiUser, ApiUserWithKey, CreateApiUserInput, IssuedApiKey, MemberRef, Ok } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import { issueApiKey, revokeApiKeys } from '../../security/api-keys.js';
import type { Membership } from '../../security/principals.js';
import { requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { apiKeySummaryOf, insertIdentity, insertMembership, loginByEmail, selectMembers, type MemberRow } from '../members/queries.js';
import { refuseAgencyAccount } from '../members/invitations.js';
import { requireManageable } from '../members/service.js';

type MemberRefInput = z.output<typeof MemberRef>;

function toApiUser(actor: Pick<Membership, 'catalog'>, row: MemberRow): ApiUser {
  return {
    identityId: row.identity_id,
    email: row.email,
    name: row.name,
    description: row.description,
    role: summarizeRole(actor.catalog, row),
    disabled: row.disabled_at !== null,
    apiKey: apiKeySummaryOf(row),
  };
}

/**
 * A user who works through the API only: a membership of kind `api`
 * with its key, no password and no email. A person who already has an account keeps it: the
 * API membership is one more membership of that identity, usable with the key only.
 */
export async function createApiUser(ctx: MemberContext, input: z.output<typeof CreateApiUserInput>): Promise<ApiUserWithKey> {
  const workspaceId = ctx.workspace.id;
  const { stored, granted } = await resolveChoice(ctx, input.role);
  requireWithin(ctx.catalog, ctx.permissions, granted);
  await refuseAgencyAccount(ctx, input.email);
  const now = ctx.clock.now();
  const created = ctx.db.transaction(async (trx) => {
    const existing = await loginByEmail(trx, input.email);
    const identityId: string = existing?.id ?? randomUUID();
    if (!existing) {
      await insertIdentity(trx, {
        id: identityId,
        email: input.email,
        name: `${input.firstName} ${input.lastName}`,
        password_hash: null,
        created_at: now,
      });
    }
    try {
      await insertMembership(trx, {
        workspace_id: workspaceId,
        identity_id: identityId,
        kind: 'api',
        ...stored,
        permissions: stored.permissions ? JSON.stringify(stored.permissions) : null,
        description: input.description || null,
        created_at: now,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'memberships_pkey')) throw conflict('ALREADY_MEMBER');
      throw error;
    }
    return { identityId, key: await issueApiKey(trx, now, workspaceId, identityId) };
  });
  const { identityId, key } = await created.catch((error: unknown) => {
    // Someone took the email in the meantime: asking again finds that account.
    if (isUniqueViolation(error, 'identities_email_unique')) throw conflict('EMAIL_TAKEN');
    throw error;
  });
  const [row] = await selectMembers(ctx.db, workspaceId, identityId);
  const user = toApiUser(ctx, row!);
  ctx.audit.note({ identityId, email: input.email, role: user.role.name, apiKeyId: key.id });
  return { user, apiKey: key.key };
}

/**
 * A new key for a member (an API user, or any member: every user may have one); the
 * old key stops working at once. A member may rotate its own key.
 */
export async function rotateKey(ctx: MemberContext, input: MemberRefInput): Promise<IssuedApiKey> {
  const target = await requireManageable(ctx, input.identityId, 'allow');
  const key = await ctx.db.transaction((trx) => issueApiKey(trx, ctx.clock.now(), ctx.workspace.id, input.identityId));
  ctx.audit.note({ email: target.email, apiKeyId: key.id, hint: key.hint });
  return { apiKey: key.key, hint: key.hint };
}

export async function revokeKey(ctx: MemberContext, input: MemberRefInput): Promise<Ok> {
  const target = await requireManageable(ctx, input.identityId, 'allow');
  const revoked = await ctx.db.transaction((trx) => revokeApiKeys(trx, ctx.clock.now(), ctx.workspace.id, input.identityId));
  if (revoked === 0) throw notFound('NO_API_KEY');
  ctx.audit.note({ email: target.email });
  return { ok: true };
}
