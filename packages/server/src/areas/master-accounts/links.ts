import type { AccountLinkConfirmed, LinkAccountInput, LinkAccountRequested, LinkedAccounts, MasterLinkToken, Ok, UnlinkAccountInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext, PublicContext } from '../../callers/contexts.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { createLinkRequest, findLinkRequest } from './link-requests.js';
import { accountLinkMail } from './mail.js';
import { requireMasterAccount } from './master.js';
import { claimLinkRequest, deleteLink, insertLink, linkedAccounts, linkOf, pendingLinks, workspaceSummary } from './queries.js';
import { proveSellerAccount } from './seller-proof.js';
import { mailLanguage } from '../../localization/mail-language.js';

/**
 * "Add account": the sign-in of another seller account, then a confirmation mailed to that
 * account's own address. Nothing is linked until its link is followed. Wrong nicknames and
 * wrong passwords are answered alike and counted as sign-ins are (proveSellerAccount).
 */
export async function linkAccount(ctx: MemberContext, input: z.output<typeof LinkAccountInput>): Promise<LinkAccountRequested> {
  requireMasterAccount(ctx);
  const account = await proveSellerAccount(ctx, input);
  const linked = await linkOf(ctx.db, account.id);
  if (linked) throw conflict(linked.workspace_id === ctx.workspace.id ? 'ACCOUNT_LINKED_HERE' : 'ACCOUNT_ALREADY_LINKED');
  const { link, expiresAt } = await createLinkRequest(ctx, {
    purpose: 'link',
    workspace_id: account.id,
    master_id: ctx.workspace.id,
    email: account.email,
    name: null,
    requested_by: ctx.identityId,
  });
  const language = await mailLanguage(ctx, { email: account.email, workspaceId: account.id });
  await ctx.mailer.send(accountLinkMail({ to: account.email, account: account.handle, accountId: account.id, master: ctx.workspace.name, link, expiresAt, language }));
  ctx.audit.note({ account: account.handle });
  return { requested: true };
}

/** Following the mailed link links the account; the one who follows it needs no sign-in: the link is the proof. */
export async function confirmLink(ctx: PublicContext, input: z.output<typeof MasterLinkToken>): Promise<AccountLinkConfirmed> {
  const request = await findLinkRequest(ctx, 'link', input.token);
  const masterId = request.master_id!;
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (trx) => {
      if (!(await claimLinkRequest(trx, request.id, now))) throw badRequest('MASTER_LINK_INVALID');
      await insertLink(trx, { account_id: request.workspace_id, workspace_id: masterId, linked_at: now });
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') throw conflict('ACCOUNT_ALREADY_LINKED');
      throw error;
    });
  const [master, account] = await Promise.all([workspaceSummary(ctx.db, masterId), workspaceSummary(ctx.db, request.workspace_id)]);
  ctx.audit.changeIn(masterId, { identityId: request.requested_by ?? '', kind: 'owner' });
  ctx.audit.note({ account: account.handle });
  return { master: master.handle, account: account.handle };
}

/** Removes a link at once: the master account and its users reach nothing of the account any more. */
export async function unlinkAccount(ctx: MemberContext, input: z.output<typeof UnlinkAccountInput>): Promise<Ok> {
  requireMasterAccount(ctx);
  const account = await ctx.db('workspaces').select('id').where({ handle: input.account }).first();
  if (!account || !(await deleteLink(ctx.db, ctx.workspace.id, account.id))) throw notFound('ACCOUNT_NOT_LINKED');
  ctx.audit.note({ account: input.account });
  return { ok: true };
}

export async function accounts(ctx: MemberContext): Promise<LinkedAccounts> {
  requireMasterAccount(ctx);
  const [linked, pending] = await Promise.all([linkedAccounts(ctx.db, ctx.workspace.id), pendingLinks(ctx.db, ctx.workspace.id, ctx.clock.now())]);
  return {
    accounts: linked.map((row) => ({ handle: row.handle, name: row.name, linkedAt: new Date(row.linked_at).toISOString() })),
    pending: pending.map((row) => ({ handle: row.handle, requestedAt: new Date(row.created_at).toISOString(), expiresAt: new Date(row.expires_at).toISOString() })),
  };
}
