import { randomBytes, randomUUID } from 'node:crypto';
import type { CatalogShape } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Clock } from './clock.js';
import { hashToken } from './tokens.js';

const prefix = 'fy_';

/**
 * A new API key: `fy_` and 256 random bits. Session tokens are 43 characters without a
 * prefix, so a key is told from a token by its shape alone, before any query.
 */
export function newApiKey(): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function isApiKey(bearer: string): boolean {
  return bearer.length === prefix.length + 43 && bearer.startsWith(prefix);
}

/** The key's last four characters: enough to tell keys apart, far too few to guess one. */
export function apiKeyHint(key: string): string {
  return key.slice(-4);
}

/** Who an API key acts as: one member, in one workspace. */
export interface ApiKeyPrincipal {
  id: string;
  workspaceId: string;
  identityId: string;
}

// As with sessions: a minute of slack on "last used" spares a write on every call.
const touchEveryMs = 60_000;

/** The live key a bearer is, or null; notes when it was last used. */
export async function findApiKey(db: Knex, clock: Clock, key: string): Promise<ApiKeyPrincipal | null> {
  const row = await db('api_keys')
    .select('id', 'workspace_id', 'identity_id', 'last_used_at')
    .where({ key_hash: hashToken(key) })
    .whereNull('revoked_at')
    .first();
  if (!row) return null;
  const now = clock.now();
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= touchEveryMs) {
    await db('api_keys').where({ id: row.id }).update({ last_used_at: now });
  }
  return { id: row.id, workspaceId: row.workspace_id, identityId: row.identity_id };
}

/**
 * Gives a member a new key, revoking the one it had: the old key stops working at once.
 * Returns the key, which is never readable again.
 */
export async function issueApiKey(trx: Knex, now: Date, workspaceId: string, identityId: string): Promise<{ id: string; key: string; hint: string }> {
  await revokeApiKeys(trx, now, workspaceId, identityId);
  const key = newApiKey();
  const id = randomUUID();
  await trx('api_keys').insert({
    id,
    workspace_id: workspaceId,
    identity_id: identityId,
    key_hash: hashToken(key),
    hint: apiKeyHint(key),
    created_at: now,
  });
  return { id, key, hint: apiKeyHint(key) };
}

/** Revokes a member's live key; returns how many were revoked (0 or 1). */
export async function revokeApiKeys(trx: Knex, now: Date, workspaceId: string, identityId: string): Promise<number> {
  return trx('api_keys').where({ workspace_id: workspaceId, identity_id: identityId }).whereNull('revoked_at').update({ revoked_at: now });
}

/**
 * The permission a call made with an API key needs beside the procedure's own:
 * - catalogs with `api.read` and `api.write` (marketplace): reads need `api.read`, changes
 *   need `api.write` (which implies `api.read`);
 * - catalogs with one API permission, `api.use` (email marketing): every call needs it;
 * - catalogs without an API permission (photography, hosting, print shop): none beyond the
 *   procedure's own — their keys act with exactly their member's permissions.
 */
export function apiPermissionFor(catalog: CatalogShape, type: 'query' | 'mutation' | 'subscription'): string | null {
  if (Object.hasOwn(catalog.permissions, 'api.read') && Object.hasOwn(catalog.permissions, 'api.write')) {
    return type === 'query' ? 'api.read' : 'api.write';
  }
  if (Object.hasOwn(catalog.permissions, 'api.use')) return 'api.use';
  return null;
}
