import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { errorMessages, InWorkspace, WithoutNulCharacters, type Permission } from '@foyer/schema';
import type { Context } from './context.js';
import { FoyerError, forbidden, notFound, unauthorized } from './errors.js';
import { findSession, type Session } from './security/sessions.js';
import { apiPermissionFor, findApiKey, isApiKey, type ApiKeyPrincipal } from './security/api-keys.js';
import { clientCall } from './areas/client/session.js';
import { findMemberSession } from './security/member-session.js';
import { allows, membershipFrom, resolveMembership, type Membership, type MembershipKind, type WorkspaceRef } from './security/principals.js';
import { recordChange, subjectIdsOf } from './audit/record.js';
import { databaseUnavailable, isDatabaseUnreachable } from './db/unreachable.js';

export type { Membership, WorkspaceRef } from './security/principals.js';

/**
 * What a procedure needs of its caller. Every procedure carries this, set by the base
 * procedure it is built on; a test fails for any procedure without it.
 */
export interface ProcedureMeta {
  access: 'public' | 'signed-in' | 'client' | 'member' | 'owner' | 'permitted';
  permission?: Permission;
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const flat = cause instanceof z.ZodError ? z.flattenError(cause) : undefined;
    const internal = shape.data.code === 'INTERNAL_SERVER_ERROR';
    const appCode = error instanceof FoyerError ? error.appCode : flat ? 'INVALID_INPUT' : internal ? 'INTERNAL' : undefined;
    return {
      ...shape,
      // Never the text of an unexpected error: it may hold SQL or internals.
      message: flat ? describeInvalidInput(flat) : internal ? errorMessages.INTERNAL : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        appCode,
        fieldErrors: flat?.fieldErrors,
        details: error instanceof FoyerError ? error.details : undefined,
      },
    };
  },
});

/** "name must not be empty; code must be at least 6 characters" — each field with its first problem. */
function describeInvalidInput(flat: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> }): string {
  const fields = Object.entries(flat.fieldErrors).map(([field, messages]) => `${field} ${messages?.[0] ?? 'is not valid'}`);
  const form = flat.formErrors.map((m) => `input: ${m}`);
  return [...fields, ...form].join('; ') || errorMessages.INVALID_INPUT;
}

/** What a procedure may add to the activity entry of the change it makes. Never secrets. */
export interface AuditNotes {
  note(details: Record<string, unknown>): void;
}

interface Actor {
  workspace: WorkspaceRef;
  identityId?: string;
  kind?: MembershipKind;
  apiKeyId?: string | null;
}

/**
 * Records every change: a mutation that succeeds in a workspace writes who made it (through
 * which agency grant or API key), what and when. Calls that fail change nothing and are not
 * recorded.
 */
const audited = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  const details: Record<string, unknown> = {};
  const audit: AuditNotes = { note: (more) => void Object.assign(details, more) };
  const result = await next({ ctx: { audit } });
  if (type !== 'mutation' || !result.ok) return result;
  // Runs after the workspace and the caller are resolved, so the context holds them.
  const actor = ctx as Context & Partial<Actor>;
  if (!actor.workspace) return result;
  await recordChange(ctx.db, {
    workspaceId: actor.workspace.id,
    at: ctx.clock.now(),
    actorIdentityId: actor.identityId ?? null,
    actorKind: actor.kind ?? 'public',
    viaApiKeyId: actor.apiKeyId ?? null,
    action: path,
    subjectIds: subjectIdsOf(await getRawInput()),
    details: Object.keys(details).length > 0 ? details : null,
  });
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Every procedure starts here. While the database is out of reach, whatever failed answers
 * 503 with Retry-After: the caller should come back, and nothing is wrong with its call. A
 * NUL character anywhere in the input is refused before the procedure's own schema and any
 * query: PostgreSQL cannot store one, and would answer a 500.
 */
const procedure = t.procedure
  .use(async ({ next }) => {
    const result = await next();
    if (!result.ok && isDatabaseUnreachable(result.error)) throw databaseUnavailable();
    return result;
  })
  .use(async ({ getRawInput, next }) => {
    const checked = WithoutNulCharacters.safeParse(await getRawInput());
    if (!checked.success) throw new TRPCError({ code: 'BAD_REQUEST', cause: checked.error });
    return next();
  });

export const publicProcedure = procedure.meta({ access: 'public' });

/**
 * Who the bearer is: a signed-in identity's session, or an API key, which acts as one member
 * in one workspace. Keys and session tokens differ in shape, so a key is never looked up as a
 * session nor a session as a key.
 */
async function authenticate(ctx: Context): Promise<{ session: Session; identityId: string; apiKey: null } | { session: null; identityId: string; apiKey: ApiKeyPrincipal }> {
  if (ctx.token && isApiKey(ctx.token)) {
    const apiKey = await findApiKey(ctx.db, ctx.clock, ctx.token);
    if (!apiKey) throw unauthorized('API_KEY_INVALID');
    return { session: null, identityId: apiKey.identityId, apiKey };
  }
  const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
  if (!session || session.kind !== 'identity' || !session.identityId) throw unauthorized('NOT_SIGNED_IN');
  return { session, identityId: session.identityId, apiKey: null };
}

/** Any signed-in identity. An API key works only in calls that name its workspace. */
export const signedInProcedure = procedure.meta({ access: 'signed-in' }).use(async ({ ctx, next }) => {
  const bearer = await authenticate(ctx);
  if (bearer.apiKey) throw forbidden('API_KEY_NEEDS_WORKSPACE');
  return next({ ctx: { session: bearer.session, identityId: bearer.identityId } });
});

async function findWorkspace(ctx: Context, handle: string): Promise<WorkspaceRef> {
  const row = await ctx.db('workspaces').select('id', 'handle', 'name').where({ handle }).first();
  if (!row) throw notFound('WORKSPACE_NOT_FOUND');
  return row;
}

/** Names a workspace without signing in: the public side of a workspace (code sign-in, direct links). */
export const publicWorkspaceProcedure = publicProcedure.input(InWorkspace).use(async ({ ctx, input, next }) => {
  return next({ ctx: { workspace: await findWorkspace(ctx, input.workspace) } });
}).use(audited);

/** The membership a member call acts with, and the credential it came with. */
interface MemberCall {
  membership: Membership;
  session: Session | null;
  identityId: string;
  apiKeyId: string | null;
}

/**
 * A call made with an API key acts as the key's member in the key's workspace. Every call made
 * with a key also needs the catalog's API permission (apiPermissionFor: reads api.read,
 * changes api.write), decided here for every procedure at once.
 */
async function apiKeyCall(ctx: Context, key: string, handle: string, type: 'query' | 'mutation' | 'subscription'): Promise<MemberCall> {
  const apiKey = await findApiKey(ctx.db, ctx.clock, key);
  if (!apiKey) throw unauthorized('API_KEY_INVALID');
  // An API key is exempt from the second-factor policy: it is a credential of its own, issued by a manager.
  const membership = await resolveMembership(ctx.db, apiKey.identityId, handle, 'exempt');
  // The same answer as for a workspace the key's member does not belong to.
  if (apiKey.workspaceId !== membership.workspace.id) throw forbidden('NOT_A_MEMBER');
  const needed = apiPermissionFor(membership.catalog, type);
  if (needed && !membership.permissions.has(needed)) throw forbidden(needed === 'api.read' ? 'API_READ_REQUIRED' : needed === 'api.write' ? 'API_WRITE_REQUIRED' : 'API_ACCESS_REQUIRED');
  return { membership, session: null, identityId: apiKey.identityId, apiKeyId: apiKey.id };
}

/** A signed-in identity's call: its session and its membership, read together. An API user's membership is usable with its key only. */
async function sessionCall(ctx: Context, token: string | null, handle: string): Promise<MemberCall> {
  const found = token ? await findMemberSession(ctx, token, handle) : null;
  const session = found?.session;
  if (!found || !session || session.kind !== 'identity' || !session.identityId) throw unauthorized('NOT_SIGNED_IN');
  const membership = membershipFrom(found.membership, session.secondFactorAt ? 'passed' : 'not-passed');
  if (membership.kind === 'api') throw forbidden('API_USER_NO_INTERFACE');
  return { membership, session, identityId: session.identityId, apiKeyId: null };
}

/**
 * A signed-in member of the workspace the call names, with the permissions its role grants;
 * or an API key of that workspace.
 */
export const memberProcedure = procedure.meta({ access: 'member' }).input(InWorkspace).use(async ({ ctx, input, type, next }) => {
  const call = ctx.token && isApiKey(ctx.token) ? await apiKeyCall(ctx, ctx.token, input.workspace, type) : await sessionCall(ctx, ctx.token, input.workspace);
  return next({ ctx: { ...call.membership, session: call.session, identityId: call.identityId, apiKeyId: call.apiKeyId } });
}).use(audited);

/** The workspace's owner only: the areas no permission opens (seeds/003: Dashboard, Accounts). */
export const ownerProcedure = memberProcedure.meta({ access: 'owner' }).use(({ ctx, next }) => {
  if (ctx.kind !== 'owner') throw forbidden('OWNER_ONLY');
  return next();
});

/** Deny by default: a procedure built on this names the one permission it needs. */
export const permittedProcedure = (permission: Permission) =>
  memberProcedure.meta({ access: 'permitted', permission }).use(({ ctx, next }) => {
    if (!allows(ctx, permission)) throw forbidden('FORBIDDEN');
    return next();
  });

/**
 * A client signed in with an access code, acting in the workspace the call names. The
 * session, the workspace and the access are read together (clientCall).
 */
export const clientProcedure = procedure.meta({ access: 'client' }).input(InWorkspace).use(async ({ ctx, input, next }) => {
  // The access may since have been disabled, may have expired or be gone: each procedure decides.
  return next({ ctx: await clientCall(ctx, ctx.token, input.workspace) });
});
