import { tooManyRequests } from '../../errors.js';
import { claimAttempt, secondsToWait } from './counters.js';
import type { RequestKind } from './rules.js';
import { counterKeys, type GuessContext } from './verifier.js';

/** Counts a request that mails an address someone typed, or refuses it once the address or the source has had its share. */
export async function limitRequest(ctx: GuessContext, kind: RequestKind, target: string): Promise<void> {
  const rule = ctx.config.requestLimits[kind];
  const keys = counterKeys(ctx, kind, target);
  const now = ctx.clock.now();
  if (!(await claimAttempt(ctx.db, rule, keys, now))) {
    throw tooManyRequests(rule.refusal, { retryAfterSeconds: await secondsToWait(ctx.db, rule, keys, now) });
  }
}
