import type { Context } from '../../context.js';
import { tooManyRequests } from '../../errors.js';
import { keyedDigest } from '../tokens.js';
import { claimAttempt, refundAttempt, secondsToWait, type GuessKeys } from './counters.js';
import type { GuessKind } from './rules.js';
import { guessSource } from './source.js';

export type GuessContext = Pick<Context, 'db' | 'clock' | 'config' | 'secret' | 'source'>;

export interface Guess {
  kind: GuessKind;
  /** What is guessed at: an email, a workspace, a gallery, an identity, a link's purpose. */
  target: string;
}

/** Counter keys are keyed digests: a copy of the database names no email, workspace or address. */
export function counterKeys(ctx: Pick<GuessContext, 'secret' | 'source'>, kind: string, target: string): GuessKeys {
  const source = guessSource(ctx.source);
  const key = (...parts: string[]) =>
    `${kind}:${keyedDigest(ctx.secret, 'guess', kind, ...parts)
      .subarray(0, 18)
      .toString('base64url')}`;
  return { pair: key('pair', target, source), source: key('source', source), target: key('target', target) };
}

/**
 * The one way Foyer checks a secret someone presents: a password, an access code, a gallery
 * password, a second-factor or recovery code, a one-time link's token. The attempt is counted
 * in the database before `check` runs — atomically, so N parallel guesses evaluate at most what
 * the kind's rule allows, across every server instance — and refused with 429 and the seconds
 * to wait when the rule says so. `check` answers the right secret's value, or null when the
 * guess is wrong. A right guess gives its attempt back; a wrong one stays counted.
 */
export async function verifyGuess<T>(ctx: GuessContext, guess: Guess, check: () => Promise<T | null>): Promise<T | null> {
  const rule = ctx.config.guessing[guess.kind];
  const keys = counterKeys(ctx, guess.kind, guess.target);
  const now = ctx.clock.now();
  if (!(await claimAttempt(ctx.db, rule, keys, now))) {
    throw tooManyRequests(rule.refusal, { retryAfterSeconds: await secondsToWait(ctx.db, rule, keys, now) });
  }
  let result: T | null;
  try {
    result = await check();
  } catch (error) {
    // Not an evaluation (the secret is not set up, the database failed): nothing was guessed.
    await refundAttempt(ctx.db, keys, now);
    throw error;
  }
  if (result !== null) await refundAttempt(ctx.db, keys, now);
  return result;
}
