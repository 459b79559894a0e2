import { msg } from '@lit/localize';
import type { AccountEntry, AccountKind } from '@foyer/schema';
import type { FoyerApi } from '@foyer/client';

/** One account as the switcher shows it. */
export type Account = Pick<AccountEntry, 'workspace' | 'name' | 'kind' | 'roleName' | 'usable' | 'reason'>;

/** The order the groups appear in. */
export const accountKinds: readonly AccountKind[] = ['owner', 'master', 'member', 'agency', 'contact', 'api'];

/** Every account of the signed-in identity, from the server. */
export async function fetchAccounts(api: FoyerApi): Promise<Account[]> {
  return api.identity.accounts.query();
}

/** The heading of a group of accounts. */
export function groupLabel(kind: AccountKind): string {
  switch (kind) {
    case 'owner':
      return msg('Your workspaces');
    case 'member':
      return msg('Teams you belong to');
    case 'agency':
      return msg('Client accounts');
    case 'contact':
      return msg('Accounts you are a contact of');
    case 'master':
      return msg('Seller accounts of your master accounts');
    case 'api':
      return msg('API access');
  }
}

/**
 * Why an account cannot be used now, from the server's reason code. A code this list does not
 * word yet gets the general sentence, in the page's language.
 */
export function unusableReason(reason: string | undefined): string {
  switch (reason) {
    case 'SECOND_FACTOR_REQUIRED':
      return msg('Needs your second factor: sign in again with the code from your authenticator app.');
    case 'SECOND_FACTOR_NOT_SET_UP':
      return msg('Turn on a second factor (an authenticator app) for your account to use this one.');
    case 'MEMBERSHIP_DISABLED':
      return msg('The owner has disabled your access.');
    case 'AGENCY_FEATURE_OFF':
      return msg('Agency access is not part of this workspace’s plan.');
    default:
      return msg('This account cannot be used now.');
  }
}
