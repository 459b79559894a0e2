import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { badRequest } from '../../errors.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { accountLinkUrl } from '../identity/account-links.js';
import { deleteOpenLinkRequests, insertLinkRequest, linkRequestByDigest, type LinkRequestRow } from './queries.js';

const purposes = { register: 'master-registration', link: 'master-link' } as const;

/**
 * Stores a registration or an "add account" waiting for its mailed link (only the token's
 * hash), voiding the earlier one for the same link, and answers the link to mail. The link
 * lands on the operator's page: a registration sets a password.
 */
export async function createLinkRequest(
  ctx: Pick<Context, 'db' | 'clock' | 'config'>,
  request: Pick<LinkRequestRow, 'purpose' | 'workspace_id' | 'master_id' | 'email' | 'name' | 'requested_by'>,
): Promise<{ link: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.accountLinkTtlMs);
  await ctx.db.transaction(async (trx) => {
    await deleteOpenLinkRequests(
      trx,
      request.purpose === 'link'
        ? { purpose: 'link', workspace_id: request.workspace_id, master_id: request.master_id }
        : { purpose: 'register', workspace_id: request.workspace_id, email: request.email },
    );
    await insertLinkRequest(trx, { id: randomUUID(), ...request, token_hash: hashToken(token), created_at: now, expires_at: expiresAt });
  });
  return { link: accountLinkUrl(ctx, purposes[request.purpose], token), expiresAt };
}

/** The request a mailed link's token opens, through the verifier; refused when unknown, used or expired. */
export async function findLinkRequest(ctx: Context, purpose: 'register' | 'link', token: string): Promise<LinkRequestRow> {
  const request = await findOneTimeLink(ctx, purposes[purpose], token, (digest) => linkRequestByDigest(ctx.db, purpose, digest));
  if (!request || request.used_at) throw badRequest('MASTER_LINK_INVALID');
  if (new Date(request.expires_at).getTime() <= ctx.clock.now().getTime()) throw badRequest('MASTER_LINK_EXPIRED');
  return request;
}
