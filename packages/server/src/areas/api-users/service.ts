import { randomUUID } from 'node:crypto';
import type { ApiUser, ApiUserWithKey, CreateApiUserInput, IssuedApiKey } from '@foyer/schema';
import type { z } from 'zod';
import type { CreateApiUserInput as CreateApiUserSchema } from '@foyer/schema';
import type { Context } from '../../context.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import { issueApiKey, revokeApiKeys } from '../../security/api-keys.js';
import { requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { selectMembers, type MemberRow } from '../members/queries.js';
import { refuseAgencyAccount } from '../members/invitations.js';
import { requireManageable, type Actor, type AuditedContext } from '../members/service.js';

type CreateInput = z.output<typeof CreateApiUserSchema>;

function toApiUser(actor: Actor, row: MemberRow): ApiUser {
  return {
    identityId: row.identity_id,
    email: row.email,
    name: row.name,
    description: row.description,
    role: summarizeRole(actor.catalog, row),
    disabled: row.disabled_at !== null,
    apiKey: row.key_hint
      ? {
          hint: row.key_hint,
          createdAt: new Date(row.key_created_at!).toISOString(),
          lastUsedAt: row.key_last_used_at ? new Date(row.key_last_used_at).toISOString() : null,
        }
      : null,
  };
}

/**
 * A user who works through the API only (seeds/003 "API only"): a membership of kind `api`
 * with its key, no password and no email. A person who already has an account keeps it: the
 * API membership is one more membership of that identity, usable with the key only.
 */
export async function createApiUser(ctx: AuditedContext, actor: Actor, input: CreateInput): Promise<ApiUserWithKey> {
  const { stored, granted } = await resolveChoice(ctx.db, actor.workspace.id, actor.catalog, input.role);
  requireWithin(actor.catalog, actor.permissions, granted);
  await refuseAgencyAccount(ctx.db, input.email);
  const now = ctx.clock.now();
  const created = ctx.db.transaction(async (trx) => {
    const existing = await trx('identities').select('id').whereRaw('lower(email) = ?', [input.email]).first();
    const identityId: string = existing?.id ?? randomUUID();
    if (!existing) {
      await trx('identities').insert({
        id: identityId,
        email: input.email,
        name: `${input.firstName} ${input.lastName}`,
        password_hash: null,
        created_at: now,
      });
    }
    try {
      await trx('memberships').insert({
        workspace_id: actor.workspace.id,
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
    return { identityId, key: await issueApiKey(trx, now, actor.workspace.id, identityId) };
  });
  const { identityId, key } = await created.catch((error: unknown) => {
    // Someone took the email in the meantime: asking again finds that account.
    if (isUniqueViolation(error, 'identities_email_unique')) throw conflict('EMAIL_TAKEN');
    throw error;
  });
  const [row] = await selectMembers(ctx.db, actor.workspace.id, identityId);
  const user = toApiUser(actor, row!);
  ctx.audit.note({ identityId, email: input.email, role: user.role.name, apiKeyId: key.id });
  return { user, apiKey: key.key };
}

/**
 * A new key for a member (an API user, or any member: seeds/003 gives every user one); the
 * old key stops working at once. A member may rotate its own key.
 */
export async function rotateKey(ctx: AuditedContext, actor: Actor, identityId: string): Promise<IssuedApiKey> {
  const target = await requireManageable(ctx, actor, identityId, 'allow');
  const key = await ctx.db.transaction((trx) => issueApiKey(trx, ctx.clock.now(), actor.workspace.id, identityId));
  ctx.audit.note({ email: target.email, apiKeyId: key.id, hint: key.hint });
  return { apiKey: key.key, hint: key.hint };
}

export async function revokeKey(ctx: AuditedContext, actor: Actor, identityId: string): Promise<void> {
  const target = await requireManageable(ctx, actor, identityId, 'allow');
  const revoked = await ctx.db.transaction((trx) => revokeApiKeys(trx, ctx.clock.now(), actor.workspace.id, identityId));
  if (revoked === 0) throw notFound('NO_API_KEY');
  ctx.audit.note({ email: target.email });
}
