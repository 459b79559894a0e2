import { DAY, HOUR, MINUTE } from './security/clock.js';
import type { GuessKind, GuessRule, RequestKind } from './security/guessing/rules.js';

export interface SessionLifetime {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after it began, however much it is used. */
  absoluteMs: number;
}

export interface ServerConfig {
  sessions: {
    identity: SessionLifetime;
    access: SessionLifetime;
    gallery: SessionLifetime;
    /** The challenge between a sign-in's password and its second factor. */
    'second-factor': SessionLifetime;
  };
  /** How guessing at each kind of secret is slowed: security/guessing, and the decision on guessing limits. */
  guessing: Record<GuessKind, GuessRule>;
  /** How often one source may ask for mail that starts an account or a reset (no secret is checked). */
  requestLimits: Record<RequestKind, GuessRule>;
  /** How long a signed file address stays valid. */
  itemLinkTtlMs: number;
  maxUploadBytes: number;
  /**
   * The slowest an upload may send: each window of `uploadPaceWindowMs`, the first starting
   * with the request, must bring `minUploadBytesPerSecond` a second. A slower one is ended
   * with 408 UPLOAD_TOO_SLOW, so no client holds a connection and a partial file by trickling.
   */
  minUploadBytesPerSecond: number;
  uploadPaceWindowMs: number;
  /** How long a contact's activation link works. */
  activationLinkTtlMs: number;
  /** How long an invitation to a workspace's team stays valid; a resend starts it again. */
  invitationTtlMs: number;
  /** How long a password reset link stays valid. */
  passwordResetTtlMs: number;
  /** How long a link confirming a sign-up or a new email address stays valid. */
  accountLinkTtlMs: number;
  /**
   * The operator's own page for account-wide links (FOYER_PUBLIC_URL): password resets, sign-up
   * and email confirmations go there, never to an address a workspace chose. Its fragment gets
   * `#password-reset=…`, `#sign-up=…` or `#email-change=…`.
   */
  publicUrl: string | null;
  /** Whether anyone may create an account (FOYER_SIGNUP), or only invitations and the operator do. */
  signUp: 'open' | 'invite-only';
}

export const defaultConfig: ServerConfig = {
  sessions: {
    identity: { idleMs: 12 * HOUR, absoluteMs: 14 * DAY },
    access: { idleMs: 7 * DAY, absoluteMs: 30 * DAY },
    gallery: { idleMs: 1 * DAY, absoluteMs: 7 * DAY },
    'second-factor': { idleMs: 5 * MINUTE, absoluteMs: 5 * MINUTE },
  },
  guessing: {
    // Passwords: five free tries per place, then doubling waits; past 100 wrong ones in a day
    // (NIST SP 800-63B's ceiling) the account slows to one try a minute from new places, and
    // places it was signed in from before go on as usual.
    password: {
      refusal: 'SIGN_IN_THROTTLED',
      pair: { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * MINUTE, windowMs: 1 * HOUR },
      perSource: { limit: 30, windowMs: 15 * MINUTE },
      ceiling: { failures: 100, windowMs: 1 * DAY, paceMs: 1 * MINUTE },
    },
    // A workspace's codes are shared by all its clients: past the ceiling only the places that
    // have been failing are held back, so a new client with the right code always gets in.
    'access-code': {
      refusal: 'CODE_THROTTLED',
      pair: { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * MINUTE, windowMs: 15 * MINUTE },
      perSource: { limit: 100, windowMs: 15 * MINUTE },
      ceiling: { failures: 300, windowMs: 15 * MINUTE, paceMs: null },
    },
    'gallery-password': {
      refusal: 'RATE_LIMITED',
      pair: { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * MINUTE, windowMs: 15 * MINUTE },
      perSource: { limit: 100, windowMs: 15 * MINUTE },
      ceiling: { failures: 300, windowMs: 1 * DAY, paceMs: null },
    },
    // A six-digit code has a million values and three are valid at once; whoever guesses at it
    // already holds the password. Ten wrong codes an hour slow the identity to one try every
    // five minutes from new places.
    'second-factor': {
      refusal: 'SECOND_FACTOR_THROTTLED',
      pair: { free: 3, firstDelayMs: 2_000, maxDelayMs: 15 * MINUTE, windowMs: 1 * HOUR },
      perSource: { limit: 20, windowMs: 15 * MINUTE },
      ceiling: { failures: 10, windowMs: 1 * HOUR, paceMs: 5 * MINUTE },
    },
    // 256-bit tokens cannot be guessed; the limit stops a source from trying.
    'one-time-link': {
      refusal: 'RATE_LIMITED',
      pair: { free: 10, firstDelayMs: 1_000, maxDelayMs: 15 * MINUTE, windowMs: 1 * HOUR },
      perSource: { limit: 50, windowMs: 15 * MINUTE },
    },
    'access-code-check': {
      refusal: 'RATE_LIMITED',
      pair: { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * MINUTE, windowMs: 1 * HOUR },
      ceiling: { failures: 50, windowMs: 1 * DAY, paceMs: 1 * MINUTE },
    },
  },
  requestLimits: {
    'sign-up': {
      refusal: 'RATE_LIMITED',
      pair: { free: 3, firstDelayMs: 1 * MINUTE, maxDelayMs: 1 * HOUR, windowMs: 1 * DAY },
      perSource: { limit: 20, windowMs: 1 * HOUR },
    },
    'password-reset': {
      refusal: 'RATE_LIMITED',
      pair: { free: 3, firstDelayMs: 1 * MINUTE, maxDelayMs: 1 * HOUR, windowMs: 1 * DAY },
      perSource: { limit: 20, windowMs: 1 * HOUR },
    },
    'email-change': {
      refusal: 'RATE_LIMITED',
      pair: { free: 3, firstDelayMs: 1 * MINUTE, maxDelayMs: 1 * HOUR, windowMs: 1 * DAY },
      perSource: { limit: 20, windowMs: 1 * HOUR },
    },
  },
  itemLinkTtlMs: 2 * HOUR,
  maxUploadBytes: 200 * 1024 * 1024,
  minUploadBytesPerSecond: 10 * 1024,
  uploadPaceWindowMs: 10_000,
  activationLinkTtlMs: 7 * DAY,
  invitationTtlMs: 7 * DAY,
  passwordResetTtlMs: 1 * DAY,
  accountLinkTtlMs: 1 * DAY,
  publicUrl: null,
  signUp: 'invite-only',
};
