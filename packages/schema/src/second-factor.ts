import { z } from 'zod';
import { Instant } from './common.js';
import { SignedIn } from './identities.js';

/** The current password, asked again before the second factor is set up, changed or turned off. */
export const CurrentPassword = z.string().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });

/** A six-digit code from an authenticator app; spaces people type between the digits are ignored. */
export const TotpCode = z
  .string()
  .max(20, { error: 'must be the 6 digits your authenticator app shows' })
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'must be the 6 digits your authenticator app shows' }));

/**
 * A recovery code as it was shown (`abcde-fghij`); case, spaces and the hyphen do not matter.
 * Each works once, in place of an authenticator code.
 */
export const RecoveryCode = z
  .string()
  .max(40, { error: 'must be one of your recovery codes, like abcde-fghij' })
  .transform((s) => s.toLowerCase().replace(/[\s-]+/g, ''))
  .pipe(z.string().regex(/^[a-z2-7]{10}$/, { error: 'must be one of your recovery codes, like abcde-fghij' }));

/** Proof of the second factor: an authenticator code, or one recovery code — exactly one. */
const OneProof = { error: 'give either code or recoveryCode, not both and not neither', path: ['code'] };
const proofFields = { code: TotpCode.optional(), recoveryCode: RecoveryCode.optional() };
const exactlyOne = (v: { code?: string | undefined; recoveryCode?: string | undefined }) => (v.code === undefined) !== (v.recoveryCode === undefined);

/** identity.secondFactor.begin: a new secret, not yet in force until a code from it is confirmed. */
export const BeginSecondFactorInput = z.object({ password: CurrentPassword });
export type BeginSecondFactorInput = z.infer<typeof BeginSecondFactorInput>;

/** Shown once, while setting up; the secret is never returned again. */
export const SecondFactorEnrolment = z.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  /** `otpauth://totp/…`, for a QR code. */
  otpauthUrl: z.string(),
});
export type SecondFactorEnrolment = z.infer<typeof SecondFactorEnrolment>;

/** identity.secondFactor.confirm: a code from the new secret puts it in force. */
export const ConfirmSecondFactorInput = z.object({ code: TotpCode });
export type ConfirmSecondFactorInput = z.infer<typeof ConfirmSecondFactorInput>;

/** Shown once; stored only as hashes. Each works once. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/** identity.secondFactor.disable: the password and a current code (or a recovery code). */
export const DisableSecondFactorInput = z.object({ password: CurrentPassword, ...proofFields }).refine(exactlyOne, OneProof);
export type DisableSecondFactorInput = z.infer<typeof DisableSecondFactorInput>;

/** identity.secondFactor.regenerateRecoveryCodes: new codes replace every old one. */
export const RegenerateRecoveryCodesInput = z.object({ password: CurrentPassword, ...proofFields }).refine(exactlyOne, OneProof);
export type RegenerateRecoveryCodesInput = z.infer<typeof RegenerateRecoveryCodesInput>;

/** identity.secondFactor.status: never the secret. */
export const SecondFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: Instant.nullable(),
  /** A setup begun and not yet confirmed. */
  pending: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  /** Whether the session asking passed the second factor when it signed in. */
  sessionPassed: z.boolean(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

/** The first step of signing in, for an identity with a second factor: no session yet. */
export const SecondFactorChallenge = z.object({
  secondFactorRequired: z.literal(true),
  /** Short-lived and single-use: give it to identity.signInSecondFactor with a code. */
  challenge: z.string(),
  expiresAt: Instant,
});
export type SecondFactorChallenge = z.infer<typeof SecondFactorChallenge>;

/** identity.signIn: signed in, or a challenge for the second factor. */
export const SignInResult = z.discriminatedUnion('secondFactorRequired', [SignedIn.extend({ secondFactorRequired: z.literal(false) }), SecondFactorChallenge]);
export type SignInResult = z.infer<typeof SignInResult>;

/** identity.signInSecondFactor: the challenge and one proof. */
export const SignInSecondFactorInput = z
  .object({ challenge: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'must be the challenge signIn answered with' }), ...proofFields })
  .refine(exactlyOne, OneProof);
export type SignInSecondFactorInput = z.infer<typeof SignInSecondFactorInput>;
