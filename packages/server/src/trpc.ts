import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { errorMessageIn, InWorkspace, WithoutNulCharacters, type Language, type Permission } from '@foyer/schema';
import { ChangeNotes, whereChangeBelongs } from './audit/change-notes.js';
import { clientCall } from './callers/client-call.js';
import type { MemberCall } from './callers/contexts.js';
import { memberCall } from './callers/member-call.js';
import { publicWorkspaceCall } from './callers/public-workspace-call.js';
import { signedInCall } from './callers/signed-in-call.js';
import type { Context } from './context.js';
import { FoyerError, forbidden } from './errors.js';
import { allows } from './security/principals.js';
import { databaseUnavailable, isDatabaseUnreachable } from './db/unreachable.js';
import { issueSentence, localizedFieldErrors } from './localization/field-errors.js';

/**
 * What a procedure needs of its caller. Every procedure carries this, set by the base
 * procedure it is built on; a test fails for any procedure without it.
 */
export interface ProcedureMeta {
  access: 'public' | 'signed-in' | 'client' | 'member' | 'owner' | 'permitted';
  permission?: Permission;
  /** Several permissions of which any one will do, in place of `permission` (permittedAnyProcedure). */
  anyOf?: readonly Permission[];
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      // The caller's language (its Accept-Language); the code stays the same in every language.
      const language: Language = ctx?.language ?? 'en';
      const cause = error.cause;
      const flat = cause instanceof z.ZodError ? localizedFieldErrors(cause, language) : undefined;
      const internal = shape.data.code === 'INTERNAL_SERVER_ERROR';
      const appCode = error instanceof FoyerError ? error.appCode : flat ? 'INVALID_INPUT' : internal ? 'INTERNAL' : undefined;
      return {
        ...shape,
        // Never the text of an unexpected error: it may hold SQL or internals.
        message:
          cause instanceof z.ZodError
            ? describeInvalidInput(cause, language)
            : error instanceof FoyerError
              ? error.sentenceIn(language)
              : internal
                ? errorMessageIn(language, 'INTERNAL')
                : shape.message,
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

/**
 * "name must not be empty; code must be at least 6 characters" — each field with its first
 * problem, in the caller's language, named by its whole path where it lies deeper ("transactions.3.tax must not be more
 * than the amount"), so a list's item is named too.
 */
function describeInvalidInput(error: z.ZodError, language: Language): string {
  const fields = new Map<PropertyKey, string>();
  const form: string[] = [];
  for (const issue of error.issues) {
    const [field] = issue.path;
    const sentence = issueSentence(issue, language);
    if (field === undefined) form.push(`input: ${sentence}`);
    else if (!fields.has(field)) fields.set(field, `${issue.path.map(String).join('.')} ${sentence}`);
  }
  return [...fields.values(), ...form].join('; ') || errorMessageIn(language, 'INVALID_INPUT');
}

/**
 * Records every change: a mutation that succeeds writes who made it (through which agency
 * grant or API key), what and when, to the workspace it changed (ChangeNotes). Calls that fail
 * change nothing and are not recorded.
 */
const audited = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  const audit = new ChangeNotes();
  const result = await next({ ctx: { audit } });
  if (type !== 'mutation' || !result.ok) return result;
  await audit.write(ctx, path, await getRawInput(), whereChangeBelongs(ctx as Partial<MemberCall>));
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

export const publicProcedure = procedure.meta({ access: 'public' }).use(audited);

/** A signed-in person acting on their own account (signedInCall). */
export const signedInProcedure = procedure
  .meta({ access: 'signed-in' })
  .use(async ({ ctx, next }) => next({ ctx: await signedInCall(ctx) }))
  .use(audited);

/** Names a workspace without signing in: the public side of a workspace (code sign-in, direct links). */
export const publicWorkspaceProcedure = procedure
  .meta({ access: 'public' })
  .input(InWorkspace)
  .use(async ({ ctx, input, next }) => next({ ctx: await publicWorkspaceCall(ctx, input.workspace) }))
  .use(audited);

/**
 * A signed-in member of the workspace the call names, with the permissions its role grants;
 * or an API key of that workspace (memberCall).
 */
export const memberProcedure = procedure
  .meta({ access: 'member' })
  .input(InWorkspace)
  .use(async ({ ctx, input, type, next }) => next({ ctx: await memberCall(ctx, input.workspace, type) }))
  .use(audited);

/** The workspace's owner only: the areas no permission opens (the dashboard, the linked accounts). */
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
 * Deny by default, where any one of several permissions opens the procedure and its service
 * decides what each shows: a master account's transactions are all there for Search orders,
 * only those of tickets for Orders/Tickets.
 */
export const permittedAnyProcedure = (permissions: readonly [Permission, ...Permission[]]) =>
  memberProcedure.meta({ access: 'permitted', anyOf: permissions }).use(({ ctx, next }) => {
    if (!permissions.some((permission) => allows(ctx, permission))) throw forbidden('FORBIDDEN');
    return next();
  });

/**
 * A workspace's settings: its owner always, and any member holding the permission. Every
 * owner keeps their settings, also where the catalog names no permission for them (the
 * marketplace's, whose settings no third-party user may change).
 */
export const settingsProcedure = (permission: Permission) =>
  memberProcedure.meta({ access: 'permitted', permission }).use(({ ctx, next }) => {
    if (ctx.kind !== 'owner' && !allows(ctx, permission)) throw forbidden('FORBIDDEN');
    return next();
  });

/**
 * A client signed in with an access code, acting in the workspace the call names. The
 * session, the workspace and the access are read together (clientCall).
 */
export const clientProcedure = procedure
  .meta({ access: 'client' })
  .input(InWorkspace)
  .use(async ({ ctx, input, next }) => {
    // The access may since have been disabled, may have expired or be gone: each procedure decides.
    return next({ ctx: await clientCall(ctx, ctx.token, input.workspace) });
  });
