import type { ErrorCode } from '@foyer/schema';
import type { Context } from '../context.js';
import { forbidden, unauthorized } from '../errors.js';
import { apiPermissionFor, findApiKey, isApiKey } from '../security/api-keys.js';
import { findMemberSession } from '../security/member-session.js';
import { membershipFrom, resolveMembership } from '../security/principals.js';
import type { MemberCall } from './contexts.js';

/** Whether a call reads or changes: an API key needs the catalog's read or write permission for it. */
export type Operation = 'query' | 'mutation' | 'subscription';

const apiRefusal: Record<string, ErrorCode> = { 'api.read': 'API_READ_REQUIRED', 'api.write': 'API_WRITE_REQUIRED', 'api.use': 'API_ACCESS_REQUIRED' };

/**
 * Who a member's call is, whichever door it came through (a procedure, an upload, a
 * download): a signed-in member of the workspace it names, or an API key of that workspace.
 * Keys and session tokens differ in shape, so a key is never looked up as a session nor a
 * session as a key. The API-key and second-factor policy live here and nowhere else.
 */
export async function memberCall(ctx: Context, handle: string, operation: Operation): Promise<MemberCall> {
  return ctx.token && isApiKey(ctx.token) ? apiKeyCall(ctx, ctx.token, handle, operation) : sessionCall(ctx, ctx.token, handle);
}

/**
 * A call made with an API key acts as the key's member in the key's workspace, and also needs
 * the catalog's API permission (apiPermissionFor: reads api.read, changes api.write).
 */
async function apiKeyCall(ctx: Context, key: string, handle: string, operation: Operation): Promise<MemberCall> {
  const apiKey = await findApiKey(ctx.db, ctx.clock, key);
  if (!apiKey) throw unauthorized('API_KEY_INVALID');
  // An API key is exempt from the second-factor policy: it is a credential of its own, issued by a manager.
  const membership = await resolveMembership(ctx.db, apiKey.identityId, handle, 'exempt');
  // A key works in its own workspace, and a master account user's key in the linked accounts the
  // user may work in; elsewhere, the same answer as for a workspace the key's member does not belong to.
  if (apiKey.workspaceId !== membership.workspace.id && apiKey.workspaceId !== membership.through?.masterId) throw forbidden('NOT_A_MEMBER');
  const needed = apiPermissionFor(membership.catalog, operation);
  if (needed && !membership.permissions.has(needed)) throw forbidden(apiRefusal[needed] ?? 'API_ACCESS_REQUIRED');
  return { ...membership, session: null, identityId: apiKey.identityId, apiKeyId: apiKey.id };
}

/** A signed-in identity's call: its session and its membership, read together. An API user's membership is usable with its key only. */
async function sessionCall(ctx: Context, token: string | null, handle: string): Promise<MemberCall> {
  const found = token ? await findMemberSession(ctx, token, handle) : null;
  const session = found?.session;
  if (!found || !session || session.kind !== 'identity' || !session.identityId) throw unauthorized('NOT_SIGNED_IN');
  const membership = membershipFrom(found.membership, session.secondFactorAt ? 'passed' : 'not-passed');
  if (membership.kind === 'api' || membership.through?.kind === 'api') throw forbidden('API_USER_NO_INTERFACE');
  return { ...membership, session, identityId: session.identityId, apiKeyId: null };
}
