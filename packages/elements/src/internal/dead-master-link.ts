import type { FoyerErrorInfo } from '@foyer/client';

/** Why a mailed master-account link (a registration, a link confirmation) no longer does what it was sent for. */
export type DeadMasterLink = 'MASTER_LINK_INVALID' | 'MASTER_LINK_EXPIRED' | 'ACCOUNT_ALREADY_LINKED';

/** The refusal's reason when it means the link is spent; null for refusals that trying again may get past. */
export function deadMasterLinkOf(info: FoyerErrorInfo): DeadMasterLink | null {
  switch (info.code) {
    case 'MASTER_LINK_INVALID':
    case 'MASTER_LINK_EXPIRED':
    case 'ACCOUNT_ALREADY_LINKED':
      return info.code;
    default:
      // A token the schema refuses (too short, wrong characters) is not a link that ever worked.
      return info.code === 'INVALID_INPUT' && info.fieldErrors.token ? 'MASTER_LINK_INVALID' : null;
  }
}
