import { randomBytes } from 'node:crypto';
import type {
  BeginSecondFactorInput,
  ConfirmSecondFactorInput,
  DisableSecondFactorInput,
  Ok,
  RecoveryCodes,
  RegenerateRecoveryCodesInput,
  SecondFactorEnrolment,
  SecondFactorStatus,
} from '@foyer/schema';
import type { z } from 'zod';
import type { SignedInContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { forbidden, badRequest } from '../../errors.js';
import { verifyPassword } from '../../security/passwords.js';
import { seal, unseal } from '../../security/sealed.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { base32Encode, matchingStep, newTotpSecret, otpauthUrl } from '../../security/totp.js';
import { keyedDigest } from '../../security/tokens.js';
import {
  acceptStep,
  enablePendingSecret,
  markSessionPassed,
  passwordOf,
  recoveryCodesLeft,
  removeSecondFactor,
  replaceRecoveryCodes,
  storedSecondFactor,
  storePendingSecret,
  useRecoveryCode,
} from './queries.js';

/** The purpose TOTP secrets are sealed for; the demo seed seals its known secret the same way. */
export const sealPurpose = 'totp-secret';
const issuer = 'Foyer';
const recoveryCodeCount = 10;
/** A setup begun and not confirmed within this time must be begun again. */
const pendingLifetimeMs = 30 * 60_000;

/** One proof of the second factor, as the shared schemas parse it. */
export interface Proof {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

/**
 * Recovery codes: 50 random bits each, shown as `abcde-fghij`. They are stored as keyed
 * hashes (the instance secret and the identity are in the key), so a copied table cannot be
 * searched offline.
 */
function newRecoveryCode(): string {
  const text = base32Encode(randomBytes(7)).toLowerCase().slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export function recoveryCodeHash(ctx: Pick<Context, 'secret'>, identityId: string, normalized: string): Buffer {
  return keyedDigest(ctx.secret, 'recovery-code', identityId, normalized);
}

async function freshRecoveryCodes(ctx: Context, db: Context['db'], identityId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await replaceRecoveryCodes(
    db,
    identityId,
    codes.map((code) => recoveryCodeHash(ctx, identityId, code.replace('-', ''))),
    now,
  );
  return codes;
}

/** The current password, asked again before the second factor changes; wrong guesses are throttled. */
export async function confirmPassword(ctx: Context, identityId: string, password: string): Promise<void> {
  const row = await passwordOf(ctx.db, identityId);
  // Counted with sign-in's guesses at the same email: a stolen session is no second way to guess.
  const confirmed = await verifyGuess(ctx, { kind: 'password', target: String(row?.email ?? identityId).toLowerCase() }, async () =>
    row?.password_hash && (await verifyPassword(row.password_hash, password)) ? true : null,
  );
  if (!confirmed) throw forbidden('WRONG_PASSWORD');
}

/** The secret, or null when it was sealed under another instance secret (FOYER_SECRET changed). */
function unsealed(ctx: Context, sealed: Buffer): Buffer | null {
  try {
    return unseal(ctx.secret, sealPurpose, Buffer.from(sealed));
  } catch {
    return null;
  }
}

/**
 * Checks a proof against the identity's second factor in force, and uses it up: the code's
 * time step becomes the last accepted one, the recovery code is marked used. Wrong proofs are
 * counted per identity and per source, like wrong passwords.
 */
export async function verifySecondFactor(ctx: Context, identityId: string, proof: Proof): Promise<void> {
  const now = ctx.clock.now();
  const accepted = await verifyGuess(ctx, { kind: 'second-factor', target: identityId }, async () => {
    const stored = await storedSecondFactor(ctx.db, identityId);
    if (!stored?.totp_secret || !stored.totp_enabled_at) throw badRequest('SECOND_FACTOR_NOT_ON');
    if (proof.code !== undefined) {
      const secret = unsealed(ctx, stored.totp_secret);
      const lastStep = stored.totp_last_step === null ? null : BigInt(stored.totp_last_step);
      const step = secret ? matchingStep(secret, proof.code, now, lastStep) : null;
      return step !== null && (await acceptStep(ctx.db, identityId, step)) ? true : null;
    }
    if (proof.recoveryCode !== undefined) {
      return (await useRecoveryCode(ctx.db, identityId, recoveryCodeHash(ctx, identityId, proof.recoveryCode), now)) ? true : null;
    }
    return null;
  });
  if (!accepted) throw forbidden('WRONG_SECOND_FACTOR_CODE');
}

/**
 * Step one of setting up (or changing) the second factor: a new secret, held pending until a
 * code from it is confirmed. A second factor already in force stays in force until then.
 */
export async function begin(ctx: SignedInContext, input: z.output<typeof BeginSecondFactorInput>): Promise<SecondFactorEnrolment> {
  await confirmPassword(ctx, ctx.identityId, input.password);
  // Whoever chose this login's password for its holder must not lock the holder out with a factor of theirs.
  const holder = await ctx.db('identities').select('password_set_for_them').where({ id: ctx.identityId }).first();
  if (holder?.password_set_for_them) throw forbidden('OWN_PASSWORD_FIRST');
  const secret = newTotpSecret();
  const email = await storePendingSecret(ctx.db, ctx.identityId, seal(ctx.secret, sealPurpose, secret), ctx.clock.now());
  return { secret: base32Encode(secret), otpauthUrl: otpauthUrl(secret, email, issuer) };
}

/**
 * Step two: a code from the pending secret puts it in force, with new recovery codes (shown
 * once). The session that confirms has just proved the factor, so it counts as passed.
 */
export async function confirm(ctx: SignedInContext, input: z.output<typeof ConfirmSecondFactorInput>): Promise<RecoveryCodes> {
  const { identityId, session } = ctx;
  const { code } = input;
  const now = ctx.clock.now();
  const stored = await storedSecondFactor(ctx.db, identityId);
  const pendingAt = stored?.totp_pending_at ? new Date(stored.totp_pending_at).getTime() : null;
  if (!stored?.totp_pending_secret || pendingAt === null || now.getTime() - pendingAt > pendingLifetimeMs) throw badRequest('SECOND_FACTOR_NOT_BEGUN');
  const pending = unseal(ctx.secret, sealPurpose, Buffer.from(stored.totp_pending_secret));
  const step = await verifyGuess(ctx, { kind: 'second-factor', target: identityId }, async () => matchingStep(pending, code, now, null));
  if (step === null) throw forbidden('WRONG_SECOND_FACTOR_CODE');
  const pendingSecret = stored.totp_pending_secret;
  return ctx.db.transaction(async (trx) => {
    // The pending secret read above must still be the one pending: a second `begin` in between wins.
    if (!(await enablePendingSecret(trx, identityId, pendingSecret, step, now))) throw badRequest('SECOND_FACTOR_NOT_BEGUN');
    const recoveryCodes = await freshRecoveryCodes(ctx, trx, identityId, now);
    await markSessionPassed(trx, session.id, now);
    return { recoveryCodes };
  });
}

/**
 * Turns the second factor off: the password and a proof. Every session of the identity stops
 * counting as having passed it, so a workspace that requires it asks again.
 */
export async function disable(ctx: SignedInContext, input: z.output<typeof DisableSecondFactorInput>): Promise<Ok> {
  await confirmPassword(ctx, ctx.identityId, input.password);
  await verifySecondFactor(ctx, ctx.identityId, input);
  await turnOff(ctx, ctx.identityId);
  return { ok: true };
}

/**
 * Removes an identity's second factor and its recovery codes; none of its sessions counts as
 * having passed one any more. Also the operator's remedy (`foyer second-factor-off`) for
 * someone who lost both the authenticator and the recovery codes.
 */
export async function turnOff(ctx: Pick<Context, 'db'>, identityId: string): Promise<void> {
  await ctx.db.transaction((trx) => removeSecondFactor(trx, identityId));
}

/** New recovery codes in place of every old one, used or not. */
export async function regenerateRecoveryCodes(ctx: SignedInContext, input: z.output<typeof RegenerateRecoveryCodesInput>): Promise<RecoveryCodes> {
  const { identityId } = ctx;
  await confirmPassword(ctx, identityId, input.password);
  await verifySecondFactor(ctx, identityId, input);
  return ctx.db.transaction(async (trx) => ({ recoveryCodes: await freshRecoveryCodes(ctx, trx, identityId, ctx.clock.now()) }));
}

export async function status(ctx: SignedInContext): Promise<SecondFactorStatus> {
  const { identityId, session } = ctx;
  const stored = await storedSecondFactor(ctx.db, identityId);
  const now = ctx.clock.now().getTime();
  const pendingAt = stored?.totp_pending_at ? new Date(stored.totp_pending_at).getTime() : null;
  return {
    enabled: Boolean(stored?.totp_enabled_at),
    enabledAt: stored?.totp_enabled_at ? new Date(stored.totp_enabled_at).toISOString() : null,
    pending: pendingAt !== null && now - pendingAt <= pendingLifetimeMs,
    recoveryCodesLeft: stored?.totp_enabled_at ? await recoveryCodesLeft(ctx.db, identityId) : 0,
    sessionPassed: session.secondFactorAt !== null,
  };
}
