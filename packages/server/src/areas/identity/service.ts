import type { IdentitySummary, Me, Ok, SignedIn, SignInInput, SignInResult, SignInSecondFactorInput } from '@foyer/schema';
import type { z } from 'zod';
import type { PublicContext, SignedInContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { unauthorized } from '../../errors.js';
import { verifySecondFactor } from '../second-factor/service.js';
import { decoyPasswordHash, verifyPassword } from '../../security/passwords.js';
import { endSession, findSession, startIdentitySession, startSession } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { deleteChallenge, identitySummary, loginByEmail, membershipsOf } from './queries.js';

async function signedIn(ctx: Context, identity: IdentitySummary, secondFactorAt?: Date): Promise<SignedIn> {
  // A new token at every sign-in: a token seen before signing in is worth nothing after.
  const { token, expiresAt } = await startIdentitySession(ctx, identity.id, secondFactorAt);
  return { token, expiresAt: expiresAt.toISOString(), identity };
}

/**
 * Step one of signing in. Without a second factor, the session. With one, no session yet:
 * a short-lived, single-use challenge for identity.signInSecondFactor.
 */
export async function signIn(ctx: PublicContext, input: z.output<typeof SignInInput>): Promise<SignInResult> {
  // Guesses are counted by email, for accounts that exist and for those that do not alike.
  const row = await verifyGuess(ctx, { kind: 'password', target: input.email }, async () => {
    const found = await loginByEmail(ctx.db, input.email);
    // Verify against a decoy when there is no account, so the answer takes as long either way.
    const ok = await verifyPassword(found?.password_hash ?? (await decoyPasswordHash()), input.password);
    return found && ok ? found : null;
  });
  if (!row) throw unauthorized('WRONG_CREDENTIALS');
  if (row.totp_enabled_at) {
    const { token, expiresAt } = await startSession(ctx.db, ctx.clock, ctx.config.sessions['second-factor'], { kind: 'second-factor', identityId: row.id });
    return { secondFactorRequired: true, challenge: token, expiresAt: expiresAt.toISOString() };
  }
  return { secondFactorRequired: false, ...(await signedIn(ctx, { id: row.id, email: row.email, name: row.name })) };
}

/**
 * Step two: the challenge and a code (or a recovery code). The challenge works once; the
 * session it opens records that it passed the second factor. Wrong codes are throttled per
 * identity and per source.
 */
export async function signInSecondFactor(ctx: PublicContext, input: z.output<typeof SignInSecondFactorInput>): Promise<SignedIn> {
  // The challenge is a one-time token: its look-up is counted like any guess at one.
  const challenge = await findOneTimeLink(ctx, 'sign-in-challenge', input.challenge, async () => (await findSession(ctx.db, ctx.clock, ctx.config.sessions, input.challenge)) ?? undefined);
  if (!challenge || challenge.kind !== 'second-factor' || !challenge.identityId) throw unauthorized('CHALLENGE_EXPIRED');
  await verifySecondFactor(ctx, challenge.identityId, input);
  // Single use, also when two requests race with two good codes: only one deletes the challenge.
  if (!(await deleteChallenge(ctx.db, challenge.id))) throw unauthorized('CHALLENGE_EXPIRED');
  const identity = (await identitySummary(ctx.db, challenge.identityId))!;
  return signedIn(ctx, identity, ctx.clock.now());
}

export async function signOut(ctx: SignedInContext): Promise<Ok> {
  // Ending one's own session changes nothing a workspace keeps a record of.
  ctx.audit.unrecorded();
  await endSession(ctx.db, ctx.session.id);
  return { ok: true };
}

export async function me(ctx: SignedInContext): Promise<Me> {
  const identity = (await identitySummary(ctx.db, ctx.identityId))!;
  return { identity, memberships: await membershipsOf(ctx.db, ctx.identityId) };
}
