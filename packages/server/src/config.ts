import { DAY, HOUR, MINUTE } from './security/clock.js';
import type { ThrottleRule } from './security/throttle.js';

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
  throttles: {
    /** Wrong access codes from one source in one workspace. */
    accessCodePerSource: ThrottleRule;
    /** Wrong access codes in one workspace from anywhere: slows a distributed guesser. */
    accessCodePerWorkspace: ThrottleRule;
    /** Wrong passwords from one source, and for one email. */
    signInPerSource: ThrottleRule;
    signInPerEmail: ThrottleRule;
    /** Wrong gallery passwords from one source for one gallery. */
    galleryPasswordPerSource: ThrottleRule;
    /** Wrong second-factor codes for one identity, and from one source. */
    secondFactorPerIdentity: ThrottleRule;
    secondFactorPerSource: ThrottleRule;
  };
  /** How long a signed file address stays valid. */
  itemLinkTtlMs: number;
  maxUploadBytes: number;
  /** How long a contact's activation link works. */
  activationLinkTtlMs: number;
  /** How long an invitation to a workspace's team stays valid; a resend starts it again. */
  invitationTtlMs: number;
  /** How long a password reset link stays valid. */
  passwordResetTtlMs: number;
}

export const defaultConfig: ServerConfig = {
  sessions: {
    identity: { idleMs: 12 * HOUR, absoluteMs: 14 * DAY },
    access: { idleMs: 7 * DAY, absoluteMs: 30 * DAY },
    gallery: { idleMs: 1 * DAY, absoluteMs: 7 * DAY },
    'second-factor': { idleMs: 5 * MINUTE, absoluteMs: 5 * MINUTE },
  },
  throttles: {
    accessCodePerSource: { limit: 10, windowMs: 15 * MINUTE },
    accessCodePerWorkspace: { limit: 300, windowMs: 15 * MINUTE },
    signInPerSource: { limit: 20, windowMs: 15 * MINUTE },
    signInPerEmail: { limit: 10, windowMs: 15 * MINUTE },
    galleryPasswordPerSource: { limit: 10, windowMs: 15 * MINUTE },
    // A six-digit code has a million values and three are valid at once: five tries per
    // identity in a quarter of an hour keeps guessing hopeless.
    secondFactorPerIdentity: { limit: 5, windowMs: 15 * MINUTE },
    secondFactorPerSource: { limit: 20, windowMs: 15 * MINUTE },
  },
  itemLinkTtlMs: 2 * HOUR,
  maxUploadBytes: 200 * 1024 * 1024,
  activationLinkTtlMs: 7 * DAY,
  invitationTtlMs: 7 * DAY,
  passwordResetTtlMs: 1 * DAY,
};
