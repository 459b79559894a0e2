import type { GuessContext } from './guessing/verifier.js';
import { verifyGuess } from './guessing/verifier.js';
import { hashToken } from './tokens.js';

/** What a one-time link is for; each purpose is a target of its own for the guessing counters. */
export type LinkPurpose = 'activation' | 'invitation' | 'password-reset' | 'sign-in-challenge' | 'sign-up' | 'email-change' | 'master-registration' | 'master-link';

/**
 * Finds what a one-time link's token opens, through the verifier: the look-up is a guess at a
 * token, counted before it runs. `lookUp` receives the token's digest (only digests are
 * stored) and answers the row, or undefined when no link has this token. A link that exists
 * but is used or expired is found — it was not guessed — and the caller says what it means.
 */
export async function findOneTimeLink<T>(ctx: GuessContext, purpose: LinkPurpose, token: string, lookUp: (digest: Buffer) => Promise<T | undefined>): Promise<T | null> {
  return verifyGuess(ctx, { kind: 'one-time-link', target: purpose }, async () => (await lookUp(hashToken(token))) ?? null);
}
