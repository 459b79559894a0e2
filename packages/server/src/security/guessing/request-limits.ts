import { tooManyRequests } from '../../errors.js';
import { claimAttempt, secondsToWait } from './counters.js';
import { counterKeys, type GuessContext } from './verifier.js';

/**
 * Requests that send mail to an address someone types — a sign-up, a forgotten password, a new
 * email — check no secret, but each one mails a stranger: they are limited per address and per
 * source with the same counters as guesses, and never given back.
 */
export type RequestKind = 'sign-up' | 'password-reset' | 'email-change';

export async function limitRequest(ctx: GuessContext, kind: RequestKind, target: string): Promise<void> {
  const rule = ctx.config.requestLimits[kind];
  const keys = counterKeys(ctx, kind, target);
  const now = ctx.clock.now();
  if (!(await claimAttempt(ctx.db, rule, keys, now))) {
    throw tooManyRequests(rule.refusal, { retryAfterSeconds: await secondsToWait(ctx.db, rule, keys, now) });
  }
}
