import type { ErrorCode } from '@foyer/schema';

/**
 * The secrets people guess at, each with its own rule. A guess names a target — what is
 * guessed at: an account's email, a workspace's access codes, a gallery, an identity's second
 * factor — and comes from a source, the client's address.
 */
export type GuessKind =
  /** An account's password: at sign-in, and when a signed-in person confirms it. */
  | 'password'
  /** A client's access code, at one workspace's code entry. */
  | 'access-code'
  /** A gallery's password, on its direct link. */
  | 'gallery-password'
  /** An authenticator code or a recovery code of one identity. */
  | 'second-factor'
  /** A one-time link's token (reset, activation, invitation, confirmations, sign-in challenge). */
  | 'one-time-link'
  /** A member proving they hold an access's current code before it is sent out. */
  | 'access-code-check';

/**
 * Requests that send mail to an address someone types — a sign-up, a forgotten password, a new
 * email — check no secret, but each one mails a stranger: they are limited per address and per
 * source with the same counters as guesses, and never given back.
 */
export type RequestKind = 'sign-up' | 'password-reset' | 'email-change';

export interface GuessRule {
  /** What a refused guess answers (429), with the seconds to wait. */
  refusal: ErrorCode;
  /**
   * Between one target and one source: `free` wrong guesses, then each next one waits twice as
   * long as the one before — `firstDelayMs`, doubling, at most `maxDelayMs`. Wrong guesses are
   * forgotten `windowMs` after the first of them.
   */
  pair: { free: number; firstDelayMs: number; maxDelayMs: number; windowMs: number };
  /** From one source at any target of this kind: a limit per window, against spraying many targets. */
  perSource?: { limit: number; windowMs: number };
  /**
   * At one target from every source. Past `failures` wrong guesses in a window the target slows
   * rather than locks: a source that has been failing at it waits the window out; a source that
   * got in to it before goes on as usual; any other source is evaluated at most once per
   * `paceMs` (null: always, for secrets many people share, such as access codes).
   */
  ceiling?: { failures: number; windowMs: number; paceMs: number | null };
}

/** A source that got in to a target within this time counts as one the target knows. */
export const knownSourceMs = 90 * 24 * 60 * 60_000;
