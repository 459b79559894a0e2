import type { IdentitySummary, Me, SignedIn, SignInInput, SignInResult, SignInSecondFactorInput } from '@foyer/schema';
import type { Context } from '../../context.js';
import { unauthorized } from '../../errors.js';
import { verifySecondFactor } from '../second-factor/service.js';
import { decoyPasswordHash, verifyPassword } from '../../security/passwords.js';
import { endSession, findSession, startIdentitySession, startSession } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { findOneTimeLink } from '../../security/one-time-links.js';

async function signedIn(ctx: Context, identity: IdentitySummary, secondFactorAt?: Date): Promise<SignedIn> {
  // A new token at every sign-in: a token seen before signing in is worth nothing after.
  const { token, expiresAt } = await startIdentitySession(ctx, identity.id, secondFactorAt);
  return { token, expiresAt: expiresAt.toISOString(), identity };
}

/**
 * Step one of signing in. Without a second factor, the session. With one, no session yet:
 * a short-lived, single-use challenge for identity.signInSecondFactor.
 */
export async function signIn(ctx: Context, input: SignInInput): Promise<SignInResult> {
  // Guesses are counted by email, for accounts that exist and for those that do not alike.
  const row = await verifyGuess(ctx, { kind: 'password', target: input.email }, async () => {
    const found = await ctx.db('identities').select('id', 'email', 'name', 'password_hash', 'totp_enabled_at').whereRaw('lower(email) = ?', [input.email]).first();
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
export async function signInSecondFactor(ctx: Context, input: SignInSecondFactorInput): Promise<SignedIn> {
  // The challenge is a one-time token: its look-up is counted like any guess at one.
  const challenge = await findOneTimeLink(ctx, 'sign-in-challenge', input.challenge, async () =>
    (await findSession(ctx.db, ctx.clock, ctx.config.sessions, input.challenge)) ?? undefined,
  );
  if (!challenge || challenge.kind !== 'second-factor' || !challenge.identityId) throw unauthorized('CHALLENGE_EXPIRED');
  await verifySecondFactor(ctx, challenge.identityId, input);
  // Single use, also when two requests race with two good codes: only one deletes the challenge.
  const ended = await ctx.db('sessions').where({ id: challenge.id, kind: 'second-factor' }).delete(['id']);
  if (ended.length !== 1) throw unauthorized('CHALLENGE_EXPIRED');
  const identity = await ctx.db('identities').select('id', 'email', 'name').where({ id: challenge.identityId }).first();
  return signedIn(ctx, identity, ctx.clock.now());
}

export async function signOut(ctx: Context, sessionId: string): Promise<void> {
  await endSession(ctx.db, sessionId);
}

export async function me(ctx: Context, identityId: string): Promise<Me> {
  const identity = await ctx.db('identities').select('id', 'email', 'name').where({ id: identityId }).first();
  const memberships = await ctx
    .db('memberships as m')
    .join('workspaces as w', 'w.id', 'm.workspace_id')
    .select('w.handle as workspace', 'w.name', 'm.kind as role')
    .where({ 'm.identity_id': identityId })
    .orderBy('w.name');
  return { identity, memberships };
}
