import type { MasterRegistrationDescription } from '@foyer/schema';
import type { DeadMasterLink } from '../../internal/dead-master-link.js';
import type { SellerProofField } from '../../internal/seller-proof.js';

/** The new master account, once its password is set. */
export interface Opened {
  master: string;
  account: string;
  email: string;
}

/** What the element shows: the two steps of asking, the mail sent, and the pages of the mailed link. */
export type Stage =
  | { kind: 'who' }
  | { kind: 'account' }
  | { kind: 'sent'; to: string }
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'password'; link: MasterRegistrationDescription }
  | { kind: 'dead'; code: DeadMasterLink }
  | { kind: 'challenge'; challenge: string; opened: Opened }
  | { kind: 'done'; opened: Opened; signedIn: boolean };

/** The fields a refusal can be about, across the stages' forms. */
export type RegistrationField = SellerProofField | 'email' | 'name';
