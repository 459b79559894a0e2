import type { ErrorCode } from '@foyer/schema';
import type { MembershipKind } from './membership-kind.js';

/**
 * How a call proved the second factor: a session that passed it at sign-in, one that did
 * not, or an API key — a key is a credential of its own that no person types a code for,
 * so the second-factor rules do not apply to it (API users never sign in interactively).
 */
export type SecondFactorProof = 'passed' | 'not-passed' | 'exempt';

/** What decides whether a membership may be used now. */
export interface MembershipFacts {
  kind: MembershipKind;
  disabled: boolean;
  /** The workspace's owner requires a second factor of everyone who signs in to it. */
  requireSecondFactor: boolean;
  /** The identity has a second factor turned on. */
  secondFactorOn: boolean;
  /** The workspace's plan has agency access. */
  agencyFeature: boolean;
}

/**
 * Whether a membership needs a second factor: an agency grant always (an agency account acts
 * in its clients' workspaces and must have set up its second factor), everyone else who signs in to the workspace — the owner
 * too — when the owner requires it. Contacts are the business's clients, not its team: the
 * policy, "every member and agency grant", leaves them out.
 */
export function needsSecondFactor(facts: Pick<MembershipFacts, 'kind' | 'requireSecondFactor'>): boolean {
  if (facts.kind === 'agency') return true;
  return facts.requireSecondFactor && facts.kind !== 'contact';
}

/** Why this membership cannot be used by this call, or null when it can. */
export function membershipRefusal(facts: MembershipFacts, proof: SecondFactorProof): ErrorCode | null {
  if (facts.disabled) return 'MEMBERSHIP_DISABLED';
  if (facts.kind === 'agency' && !facts.agencyFeature) return 'AGENCY_FEATURE_OFF';
  if (proof === 'exempt' || !needsSecondFactor(facts)) return null;
  if (!facts.secondFactorOn) return 'SECOND_FACTOR_NOT_SET_UP';
  if (proof !== 'passed') return 'SECOND_FACTOR_REQUIRED';
  return null;
}
