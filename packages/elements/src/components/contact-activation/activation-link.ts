import type { FoyerErrorInfo } from '@foyer/client';
import type { ActivationDescription } from '@foyer/schema';

/** What the server said of the link, or `invalid` for a link that never was one. */
export type LinkState = ActivationDescription['state'] | 'invalid';

/** A link the server describes in full: one that works, or one that expired. */
export type LiveLink = Extract<ActivationDescription, { state: 'valid' | 'expired' }>;

/** What a refusal says of the link; null for a refusal that is not about the link. */
export function linkStateOf(info: FoyerErrorInfo): LinkState | null {
  switch (info.code) {
    case 'ACTIVATION_LINK_EXPIRED':
      return 'expired';
    case 'ACTIVATION_LINK_USED':
      return 'used';
    case 'ACTIVATION_LINK_INVALID':
      return 'invalid';
    default:
      // A token the schema refuses (too short, wrong characters) is not a link that ever worked.
      return info.code === 'INVALID_INPUT' && info.fieldErrors.token ? 'invalid' : null;
  }
}
