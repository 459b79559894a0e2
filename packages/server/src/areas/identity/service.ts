import { randomUUID } from 'node:crypto';
import type { Me, SignedIn, SignInInput, SignUpInput } from '@foyer/schema';
import type { Context } from '../../context.js';
import { conflict, isUniqueViolation, tooManyRequests, unauthorized } from '../../errors.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../security/passwords.js';
import { endSession, startSession } from '../../security/sessions.js';
import { isThrottled, recordFailure } from '../../security/throttle.js';

async function signedIn(ctx: Context, identity: { id: string; email: string; name: string | null }): Promise<SignedIn> {
  // A new token at every sign-in: a token seen before signing in is worth nothing after.
  const { token, expiresAt } = await startSession(ctx.db, ctx.clock, ctx.config.sessions.identity, {
    kind: 'identity',
    identityId: identity.id,
  });
  return { token, expiresAt: expiresAt.toISOString(), identity };
}

export async function signUp(ctx: Context, input: SignUpInput): Promise<SignedIn> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  try {
    await ctx.db('identities').insert({
      id,
      email: input.email,
      name: input.name ?? null,
      password_hash: passwordHash,
      created_at: ctx.clock.now(),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('EMAIL_TAKEN');
    throw error;
  }
  return signedIn(ctx, { id, email: input.email, name: input.name ?? null });
}

export async function signIn(ctx: Context, input: SignInInput): Promise<SignedIn> {
  const now = ctx.clock.now();
  const { signInPerSource, signInPerEmail } = ctx.config.throttles;
  const sourceKey = `sign-in:source:${ctx.source}`;
  const emailKey = `sign-in:email:${input.email}`;
  if (
    (await isThrottled(ctx.db, sourceKey, signInPerSource, now)) ||
    (await isThrottled(ctx.db, emailKey, signInPerEmail, now))
  ) {
    throw tooManyRequests('SIGN_IN_THROTTLED');
  }
  const row = await ctx.db('identities').select('id', 'email', 'name', 'password_hash').whereRaw('lower(email) = ?', [input.email]).first();
  // Verify against a decoy when there is no account, so the answer takes as long either way.
  const ok = await verifyPassword(row?.password_hash ?? (await decoyPasswordHash()), input.password);
  if (!row || !ok) {
    await recordFailure(ctx.db, sourceKey, signInPerSource, now);
    await recordFailure(ctx.db, emailKey, signInPerEmail, now);
    throw unauthorized('WRONG_CREDENTIALS');
  }
  return signedIn(ctx, { id: row.id, email: row.email, name: row.name });
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
