import type { SellerAccountProof } from '@foyer/schema';
import type { z } from 'zod';
import type { Context } from '../../context.js';
import { badRequest, unauthorized } from '../../errors.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { decoyPasswordHash, verifyPassword } from '../../security/passwords.js';
import { verifySecondFactor } from '../second-factor/service.js';
import { sellerAccountByNickname, type SellerAccountRow } from './queries.js';

/**
 * Proves control of a seller account with its sign-in, as registering a master account and
 * adding an account ask. The guess is counted by the same rule and on the same target as a
 * sign-in with the owner's email, so guessing through here buys nothing that signing in does
 * not; a nickname without an account is guessed at under its own name, against a decoy hash,
 * and answered exactly as a wrong password. An owner with a second factor proves that too.
 */
export async function proveSellerAccount(ctx: Context, proof: z.output<typeof SellerAccountProof>): Promise<SellerAccountRow> {
  const account = await sellerAccountByNickname(ctx.db, proof.nickname);
  const target = account ? account.owner_email.toLowerCase() : `nickname:${proof.nickname}`;
  const proven = await verifyGuess(ctx, { kind: 'password', target }, async () => {
    const ok = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), proof.password);
    return account?.password_hash && ok ? account : null;
  });
  if (!proven) throw unauthorized('SELLER_SIGN_IN_WRONG');
  if (proven.totp_enabled_at) {
    if (!proof.code) throw badRequest('SELLER_SECOND_FACTOR_REQUIRED');
    await verifySecondFactor(ctx, proven.owner_id, { code: proof.code });
  }
  return proven;
}
