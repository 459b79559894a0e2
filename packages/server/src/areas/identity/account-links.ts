import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Context } from '../../context.js';
import { badRequest } from '../../errors.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { accountLinkByDigest, claimAccountLinkRow, deleteUnusedAccountLinks, insertAccountLink, type AccountLinkRow } from './queries.js';

/** What an account-wide link changes; each purpose lands on the operator's page with its own fragment. */
export type AccountLinkPurpose = 'sign-up' | 'email-change' | 'password-reset' | 'master-registration' | 'master-link';

/**
 * The address of a link that changes an account-wide credential. Only the operator's own page
 * (FOYER_PUBLIC_URL) receives it: a workspace's pages are chosen by that workspace's owner, who
 * must never hold a link to an account that is also someone else's. The token rides in the
 * fragment, which never reaches a server log.
 */
export function accountLinkUrl(ctx: Pick<Context, 'config'>, purpose: AccountLinkPurpose, token: string): string {
  return `${ctx.config.publicUrl ?? ''}#${purpose}=${token}`;
}

/** Stores a new link (only its token's hash) and answers the token to mail. */
export async function createAccountLink(
  ctx: Pick<Context, 'db' | 'clock' | 'config'>,
  link: Pick<AccountLinkRow, 'purpose' | 'email'> & Partial<Pick<AccountLinkRow, 'name' | 'password_hash' | 'agency' | 'identity_id'>>,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.accountLinkTtlMs);
  await ctx.db.transaction(async (trx) => {
    // A new request voids the earlier one for the same change: only the latest link works.
    await deleteUnusedAccountLinks(trx, link.purpose, link.identity_id ? { identityId: link.identity_id } : { email: link.email });
    await insertAccountLink(trx, {
      id: randomUUID(),
      purpose: link.purpose,
      token_hash: hashToken(token),
      email: link.email,
      name: link.name ?? null,
      password_hash: link.password_hash ?? null,
      agency: link.agency ?? false,
      identity_id: link.identity_id ?? null,
      created_at: now,
      expires_at: expiresAt,
    });
  });
  return { token, expiresAt };
}

/**
 * Finds a link's row through the verifier (a guess at a token is counted before it is looked
 * up): refused when unknown, used or expired. Outside any transaction: the verifier counts on
 * its own connection, and the embedded database has only one.
 */
export async function findAccountLink(ctx: Context, purpose: AccountLinkRow['purpose'], token: string): Promise<AccountLinkRow> {
  const link = await findOneTimeLink(ctx, purpose, token, (digest) => accountLinkByDigest(ctx.db, purpose, digest));
  if (!link || link.used_at) throw badRequest('ACCOUNT_LINK_INVALID');
  if (new Date(link.expires_at).getTime() <= ctx.clock.now().getTime()) throw badRequest('ACCOUNT_LINK_EXPIRED');
  return link;
}

/** Uses the link up inside `trx`: it works once, also when two requests race with it. */
export async function claimAccountLink(trx: Knex.Transaction, link: AccountLinkRow, now: Date): Promise<void> {
  if (!(await claimAccountLinkRow(trx, link.id, now))) throw badRequest('ACCOUNT_LINK_INVALID');
}
