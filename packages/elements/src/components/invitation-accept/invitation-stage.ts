import type { FoyerErrorInfo } from '@foyer/client';
import type { InvitationDescription } from '@foyer/schema';

/**
 * Why an invitation link leads nowhere: the invitation's own state, a link that never was one
 * (`invalid`: replaced by a resend, or not copied whole), or a person it cannot make a member
 * (`member` already; `agency`, an agency account).
 */
export type DeadInvitation = 'expired' | 'used' | 'revoked' | 'invalid' | 'member' | 'agency';

/** What the element shows: nothing without a link, the invitation while it can be accepted, and what came of it. */
export type Stage =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'open'; link: InvitationDescription }
  | { kind: 'dead'; why: DeadInvitation; link: InvitationDescription | null }
  | { kind: 'joined'; link: InvitationDescription; email: string };

/** The refusal's meaning when the link leads nowhere; null for a refusal that trying again may get past. */
export function deadInvitationOf(info: FoyerErrorInfo): DeadInvitation | null {
  switch (info.code) {
    case 'INVITATION_EXPIRED':
      return 'expired';
    case 'INVITATION_USED':
      return 'used';
    case 'INVITATION_REVOKED':
      return 'revoked';
    case 'INVITATION_NOT_FOUND':
      return 'invalid';
    case 'ALREADY_MEMBER':
      return 'member';
    case 'AGENCY_ACCOUNT_ONLY_FOR_GRANTS':
      return 'agency';
    default:
      // A token the schema refuses (too short, wrong characters) is not a link that ever worked.
      return info.code === 'INVALID_INPUT' && info.fieldErrors.token ? 'invalid' : null;
  }
}

/** The page's `next` for this invitation: `{workspace}` is the invited workspace's handle. */
export function nextFor(next: string, link: InvitationDescription): string {
  return next.replaceAll('{workspace}', encodeURIComponent(link.workspace.handle));
}
