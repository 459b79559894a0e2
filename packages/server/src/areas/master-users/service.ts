import { randomUUID } from 'node:crypto';
import type { CreateMasterUserInput, MailSent, MasterUser, MasterUserCreated, MasterUserRef, MasterUsers, UpdateMasterUserInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, forbidden, isUniqueViolation } from '../../errors.js';
import { issueApiKey } from '../../security/api-keys.js';
import { accountLinkUrl } from '../identity/account-links.js';
import { storePasswordReset } from '../identity/own-password.js';
import { requireMasterAccount } from '../master-accounts/master.js';
import { refuseAgencyAccount } from '../members/invitations.js';
import { apiKeySummaryOf, insertIdentity, insertMembership, loginByEmail, selectMembers, updateMembership, type MemberRow } from '../members/queries.js';
import { requireManageable, sendPasswordReset } from '../members/service.js';
import { requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { addedUserMail, newUserMail } from './mail.js';
import { accountsOfCaller, scopesOf } from '../master-accounts/scope.js';
import { linkedByHandle, replaceScope } from './queries.js';
import { mailLanguage } from '../../localization/mail-language.js';

function toUser(ctx: MemberContext, row: MemberRow, accounts: string[]): MasterUser {
  return {
    identityId: row.identity_id,
    email: row.email,
    name: row.name,
    description: row.description,
    apiOnly: row.kind === 'api',
    enabled: row.disabled_at === null,
    passwordSet: row.has_password,
    role: summarizeRole(ctx.catalog, row),
    accounts,
    apiKey: apiKeySummaryOf(row),
  };
}

/** The account ids for these handles: each linked to this master account, and each one the caller may hand out. */
async function requireGrantableAccounts(ctx: MemberContext, handles: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(handles)];
  const linked = await linkedByHandle(ctx.db, ctx.workspace.id, wanted);
  const notLinked = wanted.filter((handle) => !linked.has(handle));
  if (notLinked.length > 0) throw badRequest('ACCOUNTS_NOT_LINKED', { accounts: notLinked });
  const grantable = await accountsOfCaller(ctx);
  const beyond = grantable === 'all' ? [] : wanted.filter((handle) => !grantable.has(handle));
  if (beyond.length > 0) throw forbidden('BEYOND_OWN_PERMISSIONS');
  return wanted.map((handle) => linked.get(handle)!);
}

async function userOf(ctx: MemberContext, identityId: string): Promise<MasterUser> {
  const [row] = await selectMembers(ctx.db, ctx.workspace.id, identityId);
  return toUser(ctx, row!, (await scopesOf(ctx.db, ctx.workspace.id, identityId)).get(identityId) ?? []);
}

/** The master account's users (never its owner), each with the accounts it works in. */
export async function listUsers(ctx: MemberContext): Promise<MasterUsers> {
  requireMasterAccount(ctx);
  const [rows, scopes] = await Promise.all([selectMembers(ctx.db, ctx.workspace.id), scopesOf(ctx.db, ctx.workspace.id)]);
  return { users: rows.filter((row) => row.kind !== 'owner').map((row) => toUser(ctx, row, scopes.get(row.identity_id) ?? [])) };
}

/**
 * A new third-party user with its unique API key (shown once). An API-only user gets no
 * password and no mail and cannot sign in to the interface; any other user gets a link that
 * confirms their address and lets them choose their password — or, if the address already has
 * a login, a note that it now opens this master account too.
 */
export async function createUser(ctx: MemberContext, input: z.output<typeof CreateMasterUserInput>): Promise<MasterUserCreated> {
  requireMasterAccount(ctx);
  const { stored, granted } = await resolveChoice(ctx, input.role);
  requireWithin(ctx.catalog, ctx.permissions, granted);
  const accountIds = await requireGrantableAccounts(ctx, input.accounts);
  await refuseAgencyAccount(ctx, input.email);
  const now = ctx.clock.now();
  const existing = await loginByEmail(ctx.db, input.email);
  const identityId: string = existing?.id ?? randomUUID();
  const key = await ctx.db
    .transaction(async (trx) => {
      if (!existing) await insertIdentity(trx, { id: identityId, email: input.email, name: `${input.firstName} ${input.lastName}`, password_hash: null, created_at: now });
      await insertMembership(trx, {
        workspace_id: ctx.workspace.id,
        identity_id: identityId,
        kind: input.apiOnly ? 'api' : 'member',
        ...stored,
        permissions: stored.permissions ? JSON.stringify(stored.permissions) : null,
        description: input.description || null,
        created_at: now,
      });
      await replaceScope(trx, ctx.workspace.id, identityId, accountIds);
      return issueApiKey(trx, now, ctx.workspace.id, identityId);
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'memberships_pkey')) throw conflict('ALREADY_MEMBER');
      if (isUniqueViolation(error, 'identities_email_unique')) throw conflict('EMAIL_TAKEN');
      throw error;
    });
  if (!input.apiOnly) {
    const language = await mailLanguage(ctx, { identityId, workspaceId: ctx.workspace.id });
    if (existing?.password_hash) {
      await ctx.mailer.send(addedUserMail({ to: input.email, master: ctx.workspace.name, signInUrl: ctx.config.publicUrl ?? '', language }));
    } else {
      const { token, expiresAt } = await storePasswordReset(ctx, { identityId, workspaceId: ctx.workspace.id, requestedBy: ctx.identityId });
      await ctx.mailer.send(newUserMail({ to: input.email, name: input.firstName, master: ctx.workspace.name, link: accountLinkUrl(ctx, 'password-reset', token), expiresAt, language }));
    }
  }
  const user = await userOf(ctx, identityId);
  ctx.audit.note({ identityId, email: input.email, apiOnly: input.apiOnly, role: user.role.name, accounts: user.accounts, apiKeyId: key.id });
  return { user, apiKey: key.key };
}

/** "Manage permissions" and "User enabled", saved together. */
export async function updateUser(ctx: MemberContext, input: z.output<typeof UpdateMasterUserInput>): Promise<MasterUser> {
  requireMasterAccount(ctx);
  const target = await requireManageable(ctx, input.identityId);
  const changes: Record<string, unknown> = {};
  if (input.role) {
    const { stored, granted } = await resolveChoice(ctx, input.role);
    requireWithin(ctx.catalog, ctx.permissions, granted);
    Object.assign(changes, stored, { permissions: stored.permissions ? JSON.stringify(stored.permissions) : null });
  }
  if (input.enabled !== undefined) changes.disabled_at = input.enabled ? null : (target.disabled_at ?? ctx.clock.now());
  if (input.description !== undefined) changes.description = input.description || null;
  const accountIds = input.accounts ? await requireGrantableAccounts(ctx, input.accounts) : null;
  await ctx.db.transaction(async (trx) => {
    if (Object.keys(changes).length > 0) await updateMembership(trx, ctx.workspace.id, input.identityId, changes);
    if (accountIds) await replaceScope(trx, ctx.workspace.id, input.identityId, accountIds);
  });
  const user = await userOf(ctx, input.identityId);
  ctx.audit.note({ email: target.email, role: user.role.name, accounts: user.accounts, enabled: user.enabled });
  return user;
}

/**
 * "Reset password": the link goes to the user. A user who never chose a password gets a new
 * confirmation link instead (the first may have expired).
 */
export async function sendPasswordLink(ctx: MemberContext, input: z.output<typeof MasterUserRef>): Promise<MailSent> {
  requireMasterAccount(ctx);
  const target = await requireManageable(ctx, input.identityId);
  if (target.kind === 'api') throw forbidden('API_USER_NO_PASSWORD');
  if (target.has_password) return sendPasswordReset(ctx, input);
  const { token, expiresAt } = await storePasswordReset(ctx, { identityId: input.identityId, workspaceId: ctx.workspace.id, requestedBy: ctx.identityId });
  const language = await mailLanguage(ctx, { identityId: input.identityId, workspaceId: ctx.workspace.id });
  await ctx.mailer.send(newUserMail({ to: target.email, name: target.name ?? '', master: ctx.workspace.name, link: accountLinkUrl(ctx, 'password-reset', token), expiresAt, language }));
  ctx.audit.note({ email: target.email });
  return { sentTo: target.email, transport: ctx.mailer.transport };
}
